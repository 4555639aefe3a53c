package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The partner exchange through the gateway: the 人社 agency pushes a clue with its own client-credentials token, it
 * becomes a petition of unit 110105 (outreach-service → petition-service with the service token), the unit's clerk
 * routes it into a case, and the agency then sees the case in its feed and in the employer's arrears.
 */
class ExchangeSystemIT {

    private static final String[] ID_WEIGHTS = "7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2".split(" ");
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static LocalSystem system;
    private static Http agency;
    private static Http clerk;

    @BeforeAll
    static void startSystem() throws Exception {
        system = LocalSystem.shared();
        agency = new Http(system.gateway().url()).withBearer(system.token(DevClients.HRSS_AGENCY));
        clerk = new Http(system.gateway().url()).withBearer(system.token(DevClients.CLERK));
    }

    @Test
    void aClueOfTheAgencyBecomesOnePetitionThenACaseThatTheAgencySees() throws Exception {
        // An employer and a worker of this run only, so that what is counted is what this test did.
        String creditCode = creditCode();
        String residentId = residentId(LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000)));
        String clue = clue("RS-SYS-" + System.nanoTime(), creditCode, residentId);

        Http.Answer pushed = agency.post("/api/outreach/exchange/clues", clue);
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        String clueId = pushed.json("$.id");
        String petitionId = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> agency.get("/api/outreach/exchange/clues/" + clueId).<String>json("$.petitionId"),
                        id -> id != null);

        // The same clue again: the same clue and petition, nothing new.
        Http.Answer again = agency.post("/api/outreach/exchange/clues", clue);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat((String) again.json("$.id")).isEqualTo(clueId);
        Http.Answer ofWorker = clerk.get("/api/petitions?residentId=" + residentId);
        assertThat((Integer) ofWorker.json("$.totalItems")).as(ofWorker.toString()).isEqualTo(1);

        Http.Answer petition = clerk.get("/api/petitions/" + petitionId);
        assertThat(petition.status()).as(petition.toString()).isEqualTo(200);
        assertThat((String) petition.json("$.channel")).isEqualTo("PARTNER_REFERRAL");
        assertThat((String) petition.json("$.unit")).isEqualTo("110105");
        Http.Answer routed = clerk.post("/api/petitions/" + petitionId + "/routing", """
                {"caseType":"WAGE_CRIME","industryCode":"E4710","employerKind":"COMPANY","employerCreditCode":"%s"}"""
                .formatted(creditCode), "If-Match", petition.header("ETag"));
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        String caseId = routed.json("$.routing.caseId");
        String caseNumber = routed.json("$.routing.caseNumber");
        assertThat(clerk.get("/api/cases/" + caseId).status()).isEqualTo(200);

        Http.Answer employer = agency.get("/api/outreach/exchange/employers/" + creditCode);
        assertThat(employer.status()).as(employer.toString()).isEqualTo(200);
        assertThat((Integer) employer.json("$.arrears.cases")).isEqualTo(1);
        assertThat((Integer) employer.json("$.arrears.openCases")).isEqualTo(1);
        assertThat(employer.<Double>json("$.arrears.owed")).isEqualTo(24000.0);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(caseNumbersInFeed(clueId)).containsExactly(caseNumber));
        // The agency reaches the exchange only.
        assertThat(agency.get("/api/cases/" + caseId).status()).isEqualTo(403);
        assertThat(agency.get("/api/petitions/" + petitionId).status()).isEqualTo(403);
    }

    /** The case numbers the agency's feed names for this clue, read page by page from the start. */
    private static List<String> caseNumbersInFeed(String clueId) throws Exception {
        List<String> caseNumbers = new ArrayList<>();
        String cursor = "";
        boolean more = true;
        while (more) {
            Http.Answer page = agency.get("/api/outreach/exchange/feed?size=100&cursor=" + cursor);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            caseNumbers.addAll(page.json("$.items[?(@.id == '" + clueId + "' && @.type == 'CASE_OPENED')].caseNumber"));
            cursor = page.json("$.nextCursor");
            more = page.json("$.hasMore");
        }
        return caseNumbers;
    }

    private static String clue(String clueId, String creditCode, String residentId) {
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
        return """
                {"clueId":"%s","sector":"HRSS","regionCode":"110105","industryCode":"E4710",
                 "worker":{"name":"系统测试工人","residentId":"%s","phone":"13912340000"},
                 "employer":{"name":"系统测试建筑劳务有限公司","creditCode":"%s","address":"北京市朝阳区某路1号"},
                 "projectName":"某小区二期工程","arrearsFrom":"%s","arrearsTo":"%s","amountOwed":"24000.00",
                 "workDescription":"在工地做钢筋工，四个月工资未发"}"""
                .formatted(clueId, residentId, creditCode, lastMonth.minusMonths(3), lastMonth);
    }

    /** A GB 11643 number of region 110105 born on that day, with its check character. */
    private static String residentId(LocalDate born) {
        String digits = "110105" + born.toString().replace("-", "") + "002";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * Integer.parseInt(ID_WEIGHTS[i]);
        }
        return digits + "10X98765432".charAt(sum % 11);
    }

    /** A random GB 32100 code of a company (91) in region 110105, with its check character. */
    private static String creditCode() {
        StringBuilder code = new StringBuilder("91110105");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (code.length() < 17) {
            code.append(CREDIT_CODE_ALPHABET.charAt(random.nextInt(10)));
        }
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CODE_ALPHABET.indexOf(code.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return code.append(CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
    }
}
