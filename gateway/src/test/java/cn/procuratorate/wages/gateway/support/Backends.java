package cn.procuratorate.wages.gateway.support;

import java.util.List;

/** The three services, started once per test JVM and shared by every integration test (one Spring context). */
public final class Backends {

    public static final Backend CASES = new Backend("case-service");
    public static final Backend PETITIONS = new Backend("petition-service");
    public static final Backend OUTREACH = new Backend("outreach-service");

    public static final List<Backend> ALL = List.of(CASES, PETITIONS, OUTREACH);

    private Backends() {
    }
}
