package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QueryStringRedactionTest {

    private static final Set<String> PERSONAL = Set.of("residentId", "phone");

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", delimiter = '|', value = {
            "residentId=11010519491231002X                 | residentId=110105********002X",
            "residentId=11010519491231002x&page=1          | residentId=110105********002X&page=1",
            "page=0&size=20&residentId=110105194912310021  | page=0&size=20&residentId=110105********0021",
            "phone=13812345678                             | phone=138****5678",
            "phone=%2B86%20138%201234%205678               | phone=138****5678",
            "phone=1381234567                              | phone=***",
            "residentId=%E4%B8%AD                          | residentId=***",
            "residentId=%ZZ                                | residentId=***",
            "%ZZ=13812345678                               | %ZZ=138****5678",
            "q=13812345678&channel=LETTER                  | q=*******5678&channel=LETTER",
            "q=x11010519491231002Xy                        | q=x**************002Xy",
            "13812345678                                   | *******5678",
            "channel=LETTER&page=2&id=6560a1f2c3d4e5f601234567 | channel=LETTER&page=2&id=6560a1f2c3d4e5f601234567",
            "none                                          | none"})
    void masksPersonalParametersAndLongDigitRuns(String query, String redacted) {
        assertThat(QueryStringRedaction.redact(query, PERSONAL)).isEqualTo(redacted);
    }

    @Test
    void theFilterRedactsTheQueryStringButControllersStillBindTheRealValue() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/petitions");
        request.setQueryString("residentId=11010519491231002X&page=0");
        request.setParameter("residentId", "11010519491231002X");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();

        new RedactingQueryStringFilter(PERSONAL).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletRequest) req));

        assertThat(seen.get().getQueryString()).isEqualTo("residentId=110105********002X&page=0");
        assertThat(seen.get().getParameter("residentId")).isEqualTo("11010519491231002X");
        assertThat(seen.get().getRequestURI()).isEqualTo("/api/petitions");
    }

    @Test
    void aQueryWithoutPersonalDataPassesUnwrapped() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/petitions");
        request.setQueryString("page=0&size=20");
        AtomicReference<Object> seen = new AtomicReference<>();
        new RedactingQueryStringFilter(PERSONAL).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(req));
        assertThat(seen.get()).isSameAs(request);
    }
}
