package cn.procuratorate.wages.gateway.support;

import java.util.List;

/** The services, started once per test JVM and shared by every integration test (one Spring context). */
public final class Backends {

    public static final Backend CASES = new Backend("case-service");
    public static final Backend PETITIONS = new Backend("petition-service");
    public static final Backend OUTREACH = new Backend("outreach-service");
    /** auth-server behind its public routes (/oauth2/**, /login, ...); the JWK set comes from AuthServerStub. */
    public static final Backend AUTH_SERVER = new Backend("auth-server");

    /** The three domain services: one API route, one breaker and one OpenAPI document each. */
    public static final List<Backend> ALL = List.of(CASES, PETITIONS, OUTREACH);

    /** Every backend the gateway routes to. */
    public static final List<Backend> EVERY = List.of(CASES, PETITIONS, OUTREACH, AUTH_SERVER);

    private Backends() {
    }
}
