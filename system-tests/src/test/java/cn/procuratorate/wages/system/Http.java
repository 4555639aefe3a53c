package cn.procuratorate.wages.system;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the system tests: what a front end sends, and how long the answer took. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final String baseUrl;

    Http(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Answer get(String path, String... headerNamesAndValues) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        return send(headerNamesAndValues.length == 0 ? request : request.headers(headerNamesAndValues));
    }

    Answer post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response, Duration.ofNanos(System.nanoTime() - started));
    }

    record Answer(HttpResponse<String> response, Duration took) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        <T> T json(String path) {
            return JsonPath.read(response.body(), path);
        }

        @Override
        public String toString() {
            return status() + " in " + took.toMillis() + " ms: " + body();
        }
    }
}
