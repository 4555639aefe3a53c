package cn.procuratorate.wages.outreach.figures;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CaseFiguresIT extends CaseServiceCallerIT {

    @Test
    void readsCaseFiguresFromCaseService() {
        CASE_SERVICE.stubFor(get("/api/cases/figures").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(Downstream.contract("case-service", "case-figures.json"))));

        Map<?, ?> figures = http().get().uri("/api/outreach/case-figures").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(figures.get("total")).isEqualTo(3);
        assertThat((List<?>) figures.get("regions")).hasSize(2);
    }

    @Test
    void aBrokenConnectionIsA503NamingCaseServiceNotAnEmptyList() {
        CASE_SERVICE.stubFor(get("/api/cases/figures").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Map<?, ?> problem = http().get().uri("/api/outreach/case-figures").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(problem.get("service")).isEqualTo("case-service");
        assertThat(problem.containsKey("regions")).isFalse();
    }
}
