package cn.procuratorate.wages.outreach.exchange.clue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import cn.procuratorate.wages.outreach.exchange.WorkerIds;
import cn.procuratorate.wages.outreach.exchange.clue.ClueSender.Outcome;
import java.time.Duration;
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

/**
 * Neither a worker's ID number nor phone reaches the log while clues are pushed, refused, kept and delivered, even
 * with the debug loggers of Spring (request bodies, rejected values), Feign, the validator, Jackson and the MongoDB
 * driver switched on.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExchangePersonalDataLogIT extends ExchangeIT {

    private static final List<String> DEBUG_LOGGERS = List.of("org.springframework", "cn.procuratorate", "feign",
            "org.hibernate.validator", "tools.jackson", "org.mongodb.driver");
    private static final String ID = WorkerIds.born("19811111");
    private static final String PHONE = "13912345698";

    @Autowired
    private LoggingSystem logging;
    @Autowired
    private ClueSender sender;

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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> clueOf(String residentId, String phone) {
        Map<String, Object> clue = newClue();
        ((Map<String, Object>) clue.get("worker")).putAll(Map.of("residentId", residentId, "phone", phone));
        return clue;
    }

    @Test
    void noIdNumberOrPhoneInTheLogOutput(CapturedOutput output) {
        // Refused: a wrong check character, a phone a digit short.
        push(hrss(), clueOf(WorkerIds.withWrongCheckCharacter(ID), PHONE.substring(0, 10))).expectStatus()
                .isBadRequest();
        // Kept while petition-service fails, then delivered by the sender with the numbers in full.
        PETITION_SERVICE.stubFor(referral().willReturn(aResponse().withStatus(503)));
        Map<String, Object> clue = clueOf(ID.toLowerCase(), "+86 139-1234-5698");
        String id = (String) pushed(hrss(), clue, 201).get("id");
        breakers.circuitBreaker(PETITION_SERVICE_NAME).reset();
        registersAs(clue);
        await().atMost(Duration.ofSeconds(5)).until(() -> sender.deliver(id) == Outcome.DELIVERED);

        String logs = applicationLines(output.getAll(), Thread.currentThread().getName());
        // The debug loggers did write about these requests (so the check below is not vacuous)...
        assertThat(logs).contains("POST \"/api/outreach/exchange/clues\"", "rejected value", "Read \"application/json",
                "Writing [Referral[", "residentId=" + ID.substring(0, 6) + "********" + ID.substring(14),
                "Clue " + id + ", attempt 2: registered as petition");
        // ...and never with the numbers, whole or without the check character, or the phone without a digit.
        assertThat(logs).doesNotContain(ID.substring(0, 17), PHONE.substring(0, 10), "139-1234-5698",
                ID.substring(0, 14));
    }

    /**
     * Every captured line except those of this test's thread, where the test's own HTTP client logs the bodies it
     * sends; the sender driven by the test runs on awaitility's thread, which is kept.
     */
    private static String applicationLines(String captured, String testThread) {
        Pattern testThreadLine = Pattern.compile(
                "^\\S+\\s+[A-Z]+ \\d+ --- \\[[^\\]]*\\] \\[\\s*" + Pattern.quote(testThread) + "\\] ");
        return captured.lines().filter(line -> !testThreadLine.matcher(line).find())
                .collect(Collectors.joining("\n"));
    }
}
