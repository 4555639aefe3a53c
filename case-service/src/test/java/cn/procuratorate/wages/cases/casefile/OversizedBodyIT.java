package cn.procuratorate.wages.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.ServiceIT;
import cn.procuratorate.wages.testing.TestTokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** A body over the limit (2 MB by default) is refused by the service itself too, and nothing is stored. */
class OversizedBodyIT extends ServiceIT {

    private static final int THREE_MB = 3 * 1024 * 1024;

    @Test
    void aDeclaredOversizedBodyIsRefusedBeforeItIsRead() {
        long before = total();
        Map<?, ?> problem = http().post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body(hugeCase()).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("type")).isEqualTo("urn:problem-type:payload-too-large");
        assertThat(problem.get("detail")).isEqualTo("请求体超过了 2 MB 的上限。");
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aChunkedOversizedBodyIsRefusedWhileItIsRead() throws IOException {
        long before = total();
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://localhost:" + port + "/api/cases")
                .toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setChunkedStreamingMode(64 * 1024);
        connection.setRequestProperty("Content-Type", "application/json");
        connection.setRequestProperty("Authorization", "Bearer " + TestTokens.staff("SUPERVISOR"));
        try (OutputStream body = connection.getOutputStream()) {
            body.write(hugeCase().getBytes(StandardCharsets.UTF_8));
        } catch (IOException closedByServer) {
            // The service may answer and close before the whole body is sent; its answer is still readable.
        }
        assertThat(connection.getResponseCode()).isEqualTo(413);
        assertThat(total()).isEqualTo(before);
    }

    private static String hugeCase() {
        return "{\"title\":\"" + "欠".repeat(THREE_MB / 3) + "\",\"regionCode\":\"110105\"}";
    }

    private long total() {
        Map<?, ?> page = http().get().uri("/api/cases").exchange().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) page.get("totalItems")).longValue();
    }
}
