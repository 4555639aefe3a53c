package cn.procuratorate.wages.outreach;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import cn.procuratorate.wages.testing.Downstream;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.LocalDate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statistics answers of both sources built from the shared contract examples: the example itself, or the example
 * with the period, grouping and rows a test needs, each row a copy of the example's with its key and count changed,
 * so that a stub never has a field or type the provider does not answer with.
 */
public final class StatisticsStubs {

    public static final String CASE_STATISTICS = "/api/cases/statistics";
    public static final String PETITION_STATISTICS = "/api/petitions/statistics";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatisticsStubs() {
    }

    /** Every case statistics query answered with the examples: per general contractor, or per employer otherwise. */
    public static void caseExamples(WireMockServer caseService) {
        caseService.stubFor(get(urlPathEqualTo(CASE_STATISTICS)).atPriority(10)
                .willReturn(okJson(Downstream.contract("case-service", "case-statistics.json"))));
        caseService.stubFor(get(urlPathEqualTo(CASE_STATISTICS)).atPriority(9)
                .withQueryParam("groupBy", equalTo("GENERAL_CONTRACTOR"))
                .willReturn(okJson(Downstream.contract("case-service", "case-statistics-general-contractor.json"))));
    }

    /** Every petition statistics query answered with the example. */
    public static void petitionExamples(WireMockServer petitionService) {
        petitionService.stubFor(get(urlPathEqualTo(PETITION_STATISTICS)).atPriority(10)
                .willReturn(okJson(Downstream.contract("petition-service", "petition-statistics.json"))));
    }

    /** One query answered with rows of the given keys and case counts, before the examples. */
    public static void cases(WireMockServer caseService, String groupBy, LocalDate from, LocalDate to,
            Object... keysAndCounts) {
        caseService.stubFor(get(urlPathEqualTo(CASE_STATISTICS)).atPriority(1)
                .withQueryParam("groupBy", equalTo(groupBy)).withQueryParam("from", equalTo(from.toString()))
                .withQueryParam("to", equalTo(to.toString()))
                .willReturn(okJson(caseAnswer(groupBy, from, to, keysAndCounts))));
    }

    private static String caseAnswer(String groupBy, LocalDate from, LocalDate to, Object... keysAndCounts) {
        ObjectNode answer = (ObjectNode) JSON.readTree(Downstream.contract("case-service", "case-statistics.json"));
        answer.put("groupBy", groupBy);
        ((ObjectNode) answer.get("period")).put("from", from.toString()).put("to", to.toString());
        ObjectNode template = (ObjectNode) answer.get("rows").get(0);
        ArrayNode rows = answer.putArray("rows");
        for (int i = 0; i < keysAndCounts.length; i += 2) {
            ObjectNode row = template.deepCopy();
            row.put("key", (String) keysAndCounts[i]).putNull("label").putNull("industryCode")
                    .put("cases", (Integer) keysAndCounts[i + 1]);
            rows.add(row);
        }
        return JSON.writeValueAsString(answer);
    }
}
