package cn.procuratorate.wages.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * A WireMock server standing in for one service, on a port that survives {@link #stop()} and {@link #start()},
 * so the gateway's static service instance keeps pointing at it.
 */
public final class Backend {

    private final String serviceId;
    private final int port;
    private WireMockServer server;

    Backend(String serviceId) {
        this.serviceId = serviceId;
        this.server = newServer(0);
        this.server.start();
        this.port = server.port();
    }

    public String serviceId() {
        return serviceId;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public WireMockServer wireMock() {
        return server;
    }

    /** The service goes down: connections are refused. */
    public void stop() {
        server.stop();
    }

    /** Up again, with no stubs and an empty request journal. */
    public void start() {
        if (!server.isRunning()) {
            server = newServer(port);
            server.start();
        }
        server.resetAll();
    }

    private static WireMockServer newServer(int port) {
        return new WireMockServer(options().port(port).containerThreads(8).jettyAcceptors(1));
    }
}
