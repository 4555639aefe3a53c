package cn.procuratorate.wages.gateway.problem;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * The language of a problem's title and detail: English when {@code Accept-Language} prefers it over Chinese,
 * Chinese (zh-CN) otherwise, including for a missing or malformed header.
 */
public final class ProblemLanguage {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    /** Matched on the language alone: "en-GB" is English, "zh-TW" is Chinese. */
    private static final List<Locale> SUPPORTED = List.of(Locale.CHINESE, Locale.ENGLISH);

    private ProblemLanguage() {
    }

    public static Locale of(ServerHttpRequest request) {
        String header = request.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best != null && ENGLISH.getLanguage().equals(best.getLanguage()) ? ENGLISH : CHINESE;
        }
        catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
    }
}
