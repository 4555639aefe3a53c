package cn.procuratorate.wages.outreach.clients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import cn.procuratorate.wages.outreach.StatisticsSourcesIT;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.CaseStatistics;
import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.GroupBy;
import cn.procuratorate.wages.testing.Downstream;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real client, timeouts and breaker against case-service played by WireMock with the contract examples. */
class CaseStatisticsClientIT extends StatisticsSourcesIT {

    private static final LocalDate FROM = LocalDate.parse("2025-11-27");
    private static final LocalDate TO = LocalDate.parse("2026-11-26");

    @Autowired
    CaseStatisticsClient client;

    @Autowired
    CaseServiceClient figures;

    @Test
    void readsTheStatisticsOfAUnitWithEveryFieldOfTheContract() {
        CASE_SERVICE.stubFor(get(urlEqualTo(
                "/api/cases/statistics?groupBy=EMPLOYER&from=2025-11-27&to=2026-11-26&unit=110105"))
                .willReturn(okJson(Downstream.contract("case-service", "case-statistics.json"))));

        CaseStatistics statistics = client.statistics(GroupBy.EMPLOYER, FROM, TO, "110105");

        assertThat(statistics.groupBy()).isEqualTo(GroupBy.EMPLOYER);
        assertThat(statistics.period().from()).isEqualTo(LocalDate.parse("2025-11-26"));
        assertThat(statistics.rows()).hasSize(2).last().satisfies(row -> {
            assertThat(row.key()).isEqualTo("91110108551385082Q");
            assertThat(row.label()).isEqualTo("某建筑劳务有限公司");
            assertThat(row.industryCode()).isEqualTo("E4710");
            assertThat(row.cases()).isEqualTo(3);
            assertThat(row.owed()).isEqualTo(new BigDecimal("86400.50"));
        });
    }

    @Test
    void readsTheStatisticsPerGeneralContractorAndEveryUnitsWithoutAUnit() {
        CASE_SERVICE.stubFor(get(urlEqualTo(
                "/api/cases/statistics?groupBy=GENERAL_CONTRACTOR&from=2025-11-27&to=2026-11-26"))
                .willReturn(okJson(Downstream.contract("case-service", "case-statistics-general-contractor.json"))));

        assertThat(client.statistics(GroupBy.GENERAL_CONTRACTOR, FROM, TO, null).rows()).singleElement()
                .satisfies(row -> assertThat(row.label()).isEqualTo("北京鑫泰建工集团有限公司"));
    }

    @Test
    void aServerErrorIsCaseServiceUnavailable() {
        CASE_SERVICE.stubFor(get(urlPathEqualTo("/api/cases/statistics")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, unavailable -> {
                    assertThat(unavailable.getBody().getProperties()).containsEntry("service", "case-service");
                    assertThat(RemoteCallFailures.reason(unavailable)).isEqualTo("HTTP 500");
                });
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsCaseServiceUnavailable() {
        CASE_SERVICE.stubFor(get(urlPathEqualTo("/api/cases/statistics"))
                .willReturn(okJson(Downstream.contract("case-service", "case-statistics.json")).withFixedDelay(1500)));

        assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        unavailable -> assertThat(RemoteCallFailures.reason(unavailable)).isEqualTo("timeout"));
    }

    @Test
    void aRefusalKeepsItsStatusAndDoesNotTripTheBreaker() {
        CASE_SERVICE.stubFor(get(urlPathEqualTo("/api/cases/statistics")).willReturn(aResponse().withStatus(403)));

        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> client.statistics(GroupBy.REGION, FROM, TO, "320102"))
                    .isInstanceOfSatisfying(ApiException.class, refused -> {
                        assertThat(refused.getStatusCode().value()).isEqualTo(403);
                        assertThat(refused).isNotInstanceOf(DependencyUnavailableException.class);
                    });
        }
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void failuresOpenTheCaseServiceBreakerThatTheOtherClientOfCaseServiceSharesAndNoCallIsMade() {
        CASE_SERVICE.stubFor(get(urlPathEqualTo("/api/cases/statistics")).willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        CASE_SERVICE.resetRequests();

        assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, unavailable -> assertThat(
                        RemoteCallFailures.reason(unavailable)).isEqualTo("circuit breaker open"));
        assertThatThrownBy(figures::figures).isInstanceOf(DependencyUnavailableException.class);
        CASE_SERVICE.verify(0, getRequestedFor(urlPathEqualTo("/api/cases/statistics")));
        CASE_SERVICE.verify(0, getRequestedFor(urlPathEqualTo("/api/cases/figures")));
    }
}
