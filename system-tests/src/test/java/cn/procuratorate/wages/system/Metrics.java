package cn.procuratorate.wages.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Per-instance evidence read from a service's own {@code /actuator/prometheus} (an operator's token). */
final class Metrics {

    private static final Pattern REQUESTS = Pattern.compile(
            "^http_server_requests_seconds_count\\{(.*)\\} ([0-9.eE+]+)$", Pattern.MULTILINE);

    private Metrics() {
    }

    /** How many requests of this method and route pattern (e.g. {@code /api/cases/{id}}) the instance has served. */
    static long requests(ServiceProcess instance, String operatorToken, String method, String uri) throws Exception {
        Http.Answer scrape = new Http(instance.url()).withBearer(operatorToken).get("/actuator/prometheus");
        if (scrape.status() != 200) {
            throw new IllegalStateException(instance.name() + " metrics: " + scrape);
        }
        long total = 0;
        Matcher line = REQUESTS.matcher(scrape.body());
        while (line.find()) {
            String tags = line.group(1);
            if (tags.contains("method=\"" + method + "\"") && tags.contains("uri=\"" + uri + "\"")) {
                total += (long) Double.parseDouble(line.group(2));
            }
        }
        return total;
    }
}
