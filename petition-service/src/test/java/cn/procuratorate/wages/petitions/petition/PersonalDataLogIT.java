package cn.procuratorate.wages.petitions.petition;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import com.github.tomakehurst.wiremock.client.WireMock;
import cn.procuratorate.wages.testing.TestTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

/**
 * Neither an ID number nor a phone reaches the log, even with the debug loggers of Spring (request bodies, query
 * strings, rejected values, resolved exceptions), the validator, Jackson and the MongoDB driver switched on. The
 * servlet container's wire loggers (org.apache.coyote, org.apache.tomcat) are left at their level: at debug they dump
 * raw requests by design, and must never be switched on where real requests arrive.
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogIT extends CaseServiceCallerIT {

    private static final List<String> DEBUG_LOGGERS = List.of("org.springframework", "cn.procuratorate",
            "org.hibernate.validator", "tools.jackson", "org.mongodb.driver");

    private static final String ID = PetitionerIds.born("19851120");
    private static final String PHONE = "13912345699";

    @Autowired
    private LoggingSystem logging;

    private final Map<String, LogLevel> levelsBefore = new LinkedHashMap<>();

    @BeforeEach
    void debugEverythingThatMightPrintARequest() {
        for (String logger : DEBUG_LOGGERS) {
            LoggerConfiguration configuration = logging.getLoggerConfiguration(logger);
            levelsBefore.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
            logging.setLogLevel(logger, LogLevel.DEBUG);
        }
    }

    @AfterEach
    void restoreLevels() {
        levelsBefore.forEach(logging::setLogLevel);
    }

    @Test
    void noIdNumberOrPhoneInTheLogOutput(CapturedOutput output) {
        String clerk = TestTokens.staff("CLERK");
        // Registered, read masked, read in full, looked up.
        Map<?, ?> created = post(clerk, PetitionPersonalDataIT.body(ID.toLowerCase(), "+86 139-1234-5699"))
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String petition = (String) created.get("id");
        http(clerk).get().uri("/api/petitions/{id}", petition).exchange().expectStatus().isOk();
        http(clerk).get().uri("/api/petitions/{id}?reveal=personal-data", petition).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.petitionerResidentId").isEqualTo(ID);
        http(clerk).get().uri("/api/petitions?residentId={id}", ID).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.totalItems").isEqualTo(1);
        http(clerk).get().uri("/api/petitions?residentId={id}&phone={phone}&q={phone}", Map.of("id", ID, "phone", PHONE))
                .exchange().expectStatus().isOk();
        // Routed into a case: the ID number and phone go to case-service in full, through Feign's debug lines.
        CASE_SERVICE.stubFor(WireMock.post(urlPathMatching("/api/cases/from-petition/.*")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(Downstream.contract("case-service", "case-from-petition.json"))));
        http(clerk).post().uri("/api/petitions/{id}/routing", petition).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("caseType", "WAGE_CRIME", "industryCode", "E4710",
                        "employerKind", "UNLICENSED_CONTRACTOR"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.routing.state").isEqualTo("DELIVERED");
        CASE_SERVICE.verify(postRequestedFor(urlPathMatching("/api/cases/from-petition/.*"))
                .withRequestBody(matchingJsonPath("$.workers[0].residentId", equalTo(ID))));

        // Validation errors: an ID number with a wrong check character, a phone a digit short, in body and query.
        post(clerk, PetitionPersonalDataIT.body(PetitionerIds.withWrongCheckCharacter(ID), PHONE.substring(0, 10)))
                .expectStatus().isBadRequest();
        http(clerk).get().uri("/api/petitions?residentId={id}", PetitionerIds.withWrongCheckCharacter(ID)).exchange()
                .expectStatus().isBadRequest();
        // Malformed: the numbers as JSON numbers, and as a bare token the parser cannot read.
        Map<String, Object> numeric = PetitionPersonalDataIT.body(null, null);
        numeric.put("petitionerResidentId", Long.parseLong(ID.substring(0, 17) + "0"));
        numeric.put("petitionerPhone", Long.parseLong(PHONE));
        post(clerk, numeric).expectStatus().isBadRequest();
        for (String bareToken : List.of(ID, ID.substring(0, 17) + "X", PHONE + "x", "ID" + ID, "[" + ID.substring(0, 17) + "Y]")) {
            http(clerk).post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON)
                    .body("{\"channel\":\"VISIT\",\"petitionerResidentId\":" + bareToken + "}").exchange()
                    .expectStatus().isBadRequest();
        }
        // Not found, with the numbers in the request: an unknown petition, and an address that does not exist.
        http(clerk).get().uri("/api/petitions/{petition}?residentId={id}&phone={phone}",
                Map.of("petition", "6560a1f2c3d4e5f6012345ff", "id", ID, "phone", PHONE)).exchange()
                .expectStatus().isNotFound();
        post(clerk, "/api/petition", PetitionPersonalDataIT.body(ID, PHONE)).expectStatus().isNotFound();
        // Refused: another unit's clerk asking to reveal.
        http(TestTokens.token().subject("clerk2").roles("CLERK").unit(TestTokens.OTHER_UNIT).sign()).get()
                .uri("/api/petitions/{petition}?reveal=personal-data&residentId={id}", Map.of("petition", petition, "id", ID))
                .exchange()
                .expectStatus().isNotFound();

        String logs = applicationLines(output.getAll(), Thread.currentThread().getName());
        // The debug loggers did write about these requests (so the check below is not vacuous)...
        assertThat(logs).contains("POST \"/api/petitions\"", "Read \"application/json", "rejected value",
                "Writing [NewCase[", "Routing of petition " + petition + ", attempt 1: delivered",
                "residentId=" + ID.substring(0, 6) + "********" + ID.substring(14),
                "Personal data of petition " + petition + " shown in full to clerk1");
        // ...and never with the numbers, whole or without the check character, or the phone without a digit.
        assertThat(logs).doesNotContain(ID.substring(0, 17), PHONE.substring(0, 10), "139-1234-5699",
                ID.substring(0, 14));
    }

    /**
     * Every captured line except those of this test's thread, where the test's own HTTP client logs the bodies it
     * sends (the service handles requests on its server threads). A line in another format (a stack trace, a print)
     * is kept: the filter can only ever keep too much.
     */
    private static String applicationLines(String captured, String testThread) {
        // Boot's console line: time, level, pid, ---, [application], [thread], ...
        Pattern testThreadLine = Pattern.compile(
                "^\\S+\\s+[A-Z]+ \\d+ --- \\[[^\\]]*\\] \\[\\s*" + Pattern.quote(testThread) + "\\] ");
        return captured.lines().filter(line -> !testThreadLine.matcher(line).find())
                .collect(Collectors.joining("\n"));
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec post(String token,
            Map<String, Object> body) {
        return post(token, "/api/petitions", body);
    }

    private org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec post(String token, String path,
            Map<String, Object> body) {
        return http(token).post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body).exchange();
    }
}
