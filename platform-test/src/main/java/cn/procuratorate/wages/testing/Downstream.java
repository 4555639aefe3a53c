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
        Path file = contractsFolder().resolve(service).resolve(name);
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No contract example " + file, e);
        }
    }

    /** The repository's contracts/ folder, found upwards from the working directory (Maven or an IDE). */
    private static Path contractsFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("contracts"))) {
                return dir.resolve("contracts");
            }
        }
        throw new IllegalStateException("No contracts/ folder above " + Path.of("").toAbsolutePath());
    }
}
