package cn.procuratorate.wages.outreach.clients;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.problem.DependencyUnavailableException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import cn.procuratorate.wages.outreach.StatisticsSourcesIT;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient.GroupBy;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient.PetitionStatistics;
import cn.procuratorate.wages.testing.Downstream;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real client, timeouts and breaker against petition-service played by WireMock with the contract example. */
class PetitionStatisticsClientIT extends StatisticsSourcesIT {

    private static final LocalDate FROM = LocalDate.parse("2025-11-27");
    private static final LocalDate TO = LocalDate.parse("2026-11-26");

    @Autowired
    PetitionStatisticsClient client;

    @Test
    void readsTheStatisticsOfAUnitWithEveryFieldOfTheContract() {
        PETITION_SERVICE.stubFor(get(urlEqualTo(
                "/api/petitions/statistics?groupBy=EMPLOYER&from=2025-11-27&to=2026-11-26&unit=110105"))
                .willReturn(okJson(Downstream.contract("petition-service", "petition-statistics.json"))));

        PetitionStatistics statistics = client.statistics(GroupBy.EMPLOYER, FROM, TO, "110105");

        assertThat(statistics.groupBy()).isEqualTo(GroupBy.EMPLOYER);
        assertThat(statistics.unit()).isEqualTo("110105");
        assertThat(statistics.rows()).hasSize(2).first().satisfies(row -> {
            assertThat(row.key()).isEqualTo("91110105MA01C8QX3P");
            assertThat(row.label()).isEqualTo("北京鑫泰建筑劳务有限公司");
            assertThat(row.petitions()).isEqualTo(4);
            assertThat(row.routedToCases()).isEqualTo(1);
            assertThat(row.amountClaimed()).isEqualTo(new BigDecimal("215600.50"));
        });
    }

    @Test
    void aServerErrorIsPetitionServiceUnavailable() {
        PETITION_SERVICE.stubFor(get(urlPathEqualTo("/api/petitions/statistics"))
                .willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(() -> client.statistics(GroupBy.REGION, FROM, TO, null))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, unavailable -> {
                    assertThat(unavailable.getBody().getProperties()).containsEntry("service", "petition-service");
                    assertThat(RemoteCallFailures.reason(unavailable)).isEqualTo("HTTP 502");
                });
    }

    @Test
    void noAnswerWithinTheReadTimeoutIsPetitionServiceUnavailable() {
        PETITION_SERVICE.stubFor(get(urlPathEqualTo("/api/petitions/statistics"))
                .willReturn(okJson(Downstream.contract("petition-service", "petition-statistics.json"))
                        .withFixedDelay(1500)));

        assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                .isInstanceOfSatisfying(DependencyUnavailableException.class,
                        unavailable -> assertThat(RemoteCallFailures.reason(unavailable)).isEqualTo("timeout"));
    }

    @Test
    void failuresOpenThePetitionServiceBreakerAloneAndThenNoCallIsMade() {
        PETITION_SERVICE.stubFor(get(urlPathEqualTo("/api/petitions/statistics"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                    .isInstanceOf(DependencyUnavailableException.class);
        }
        assertThat(breakers.circuitBreaker(PETITION_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breakers.circuitBreaker(CASE_SERVICE_NAME).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        PETITION_SERVICE.resetRequests();

        assertThatThrownBy(() -> client.statistics(GroupBy.MONTH, FROM, TO, null))
                .isInstanceOfSatisfying(DependencyUnavailableException.class, unavailable -> assertThat(
                        RemoteCallFailures.reason(unavailable)).isEqualTo("circuit breaker open"));
        PETITION_SERVICE.verify(0, getRequestedFor(urlPathEqualTo("/api/petitions/statistics")));
    }
}
