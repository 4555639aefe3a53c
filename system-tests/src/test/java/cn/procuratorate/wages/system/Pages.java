package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole paged list ({@code items, page, size, totalItems, totalPages}) back through the API. */
final class Pages {

    private Pages() {
    }

    /** Every {@code items[].id} of the list at this path (which already has a query string), page by page. */
    static List<String> allIds(Http http, String path) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            Http.Answer answer = http.get(path + "&size=100&page=" + page);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            ids.addAll(answer.json("$.items[*].id"));
            if (page + 1 >= (Integer) answer.json("$.totalPages")) {
                return ids;
            }
        }
    }

    /** The cases of an employer, by name. */
    static List<String> casesOf(Http http, String employer) throws Exception {
        return allIds(http, "/api/cases?employerName=" + URLEncoder.encode(employer, StandardCharsets.UTF_8));
    }
}
