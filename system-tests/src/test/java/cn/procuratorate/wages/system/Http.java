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
    private final String bearer;

    Http(String baseUrl) {
        this(baseUrl, null);
    }

    private Http(String baseUrl, String bearer) {
        this.baseUrl = baseUrl;
        this.bearer = bearer;
    }

    /** The same client, sending this access token with every request. */
    Http withBearer(String accessToken) {
        return new Http(baseUrl, accessToken);
    }

    Answer get(String path, String... headerNamesAndValues) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        return send(headerNamesAndValues.length == 0 ? request : request.headers(headerNamesAndValues));
    }

    Answer post(String path, String json, String... headerNamesAndValues) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(headerNamesAndValues.length == 0 ? request : request.headers(headerNamesAndValues));
    }

    /** A form POST with HTTP Basic client authentication, as an OAuth2 client asks for a token. */
    Answer postForm(String path, String form, String user, String password) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private Answer send(HttpRequest.Builder request) throws Exception {
        if (bearer != null) {
            request.setHeader("Authorization", "Bearer " + bearer);
        }
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
