package cn.procuratorate.wages.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Another service played by WireMock, and the shared contract examples its stubs answer with. */
public final class Downstream {

    private Downstream() {
    }

    /** A started WireMock server on a free port; tests point {@code clients.<service>.url} at it. */
    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    /** An example from {@code contracts/<service>/<name>}, the same file the provider's tests check. */
    public static String contract(String service, String name) {
        try {
            return Files.readString(Path.of("..", "contracts", service, name));
        } catch (IOException e) {
            throw new UncheckedIOException("No contract example " + service + "/" + name, e);
        }
    }
}
