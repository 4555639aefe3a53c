import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Container health check: exits 0 when the URL answers 2xx, 1 otherwise.
 *
 * <p>The JRE base image has neither curl nor wget, and its JVM cannot run a .java file directly (no compiler),
 * so the image carries this class, compiled in the build stage. No dependencies: it runs before the app is up.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: HealthProbe URL");
            System.exit(2);
        }
        int status;
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(args[0]).toURL().openConnection();
            // Below the compose health check timeout, so a hung app counts as unhealthy rather than timing out.
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(3_000);
            connection.setRequestProperty("Accept", "application/json");
            status = connection.getResponseCode();
            connection.disconnect();
        } catch (Exception e) {
            System.err.println("unhealthy: " + e);
            System.exit(1);
            return;
        }
        if (status < 200 || status >= 300) {
            // Readiness answers 503 while MongoDB or another required component is down.
            System.err.println("unhealthy: HTTP " + status + " from " + args[0]);
            System.exit(1);
        }
    }
}
