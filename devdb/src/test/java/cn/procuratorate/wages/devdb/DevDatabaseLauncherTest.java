package cn.procuratorate.wages.devdb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import cn.procuratorate.wages.devdb.DevDatabaseLauncher.Outcome;
import cn.procuratorate.wages.devdb.DevDatabaseLauncher.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevDatabaseLauncherTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaults() {
        Settings s = Settings.parse(new String[0], Map.of());

        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(27017);
        assertThat(s.file()).isEqualTo(Path.of("data/devdb.mv"));
    }

    @Test
    void argumentsWinOverEnvironment() {
        Map<String, String> env = Map.of("DEVDB_PORT", "28000", "DEVDB_FILE", "/tmp/env.mv", "DEVDB_HOST", "0.0.0.0");

        Settings fromEnv = Settings.parse(new String[0], env);
        Settings fromArgs = Settings.parse(new String[] {"--port=28001", "--file=x/y.mv", "--host=localhost"}, env);
        Settings inMemory = Settings.parse(new String[] {"--in-memory"}, env);

        assertThat(fromEnv).isEqualTo(new Settings("0.0.0.0", 28000, Path.of("/tmp/env.mv"), false));
        assertThat(fromArgs).isEqualTo(new Settings("localhost", 28001, Path.of("x/y.mv"), false));
        assertThat(inMemory.file()).isNull();
    }

    @Test
    void badArgumentsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port=mongo"}, Map.of()))
                .hasMessageContaining("'mongo'");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--port=70000"}, Map.of()))
                .hasMessageContaining("0 to 65535");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--prot=1"}, Map.of()))
                .hasMessageContaining("unknown argument '--prot=1'");
    }

    @Test
    void aTakenPortGivesOneClearLineAndExitCode2() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Settings settings = Settings.parse(
                    new String[] {"--port=" + port, "--file=" + dir.resolve("devdb.mv")}, Map.of());

            Outcome outcome = DevDatabaseLauncher.start(settings, err);

            assertThat(outcome.database()).isNull();
            assertThat(outcome.exitCode()).isEqualTo(DevDatabaseLauncher.EXIT_IN_USE).isEqualTo(2);
            assertThat(err().lines()).as("stderr of the launcher").singleElement().satisfies(line -> {
                assertThat(line).startsWith("devdb: port " + port + " on 127.0.0.1 is already in use");
                assertThat(line).contains("--port=").contains("DEVDB_PORT");
                assertThat(line).doesNotContain("Exception");
            });
        }
    }

    @Test
    void startsOnAFileWhoseDirectoriesDoNotExistYetAndSaysReady() {
        Path file = dir.resolve("data/sub/devdb.mv");
        Settings settings = Settings.parse(new String[] {"--port=0", "--file=" + file}, Map.of());

        Outcome outcome = DevDatabaseLauncher.start(settings, err);
        try (DevDatabase db = outcome.database()) {
            assertThat(outcome.exitCode()).isZero();
            assertThat(err()).isEmpty();
            assertThat(file.getParent()).isDirectory();
            assertThat(DevDatabaseLauncher.readyLine(db))
                    .isEqualTo("devdb ready mongodb://127.0.0.1:" + db.port() + " file=" + file.toAbsolutePath());
        }
    }

    @Test
    void inMemoryReadyLineSaysSo() {
        Outcome outcome = DevDatabaseLauncher.start(Settings.parse(new String[] {"--port=0", "--in-memory"}, Map.of()), err);
        try (DevDatabase db = outcome.database()) {
            assertThat(DevDatabaseLauncher.readyLine(db)).startsWith("devdb ready mongodb://127.0.0.1:").contains("in-memory");
        }
    }
}
