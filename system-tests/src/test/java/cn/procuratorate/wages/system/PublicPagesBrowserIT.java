package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The public pages in a real headless Chromium on a phone-sized window, through the gateway of the whole system:
 * a worker submits a petition online, gets the query code and looks up the progress with it and the last four digits
 * of the phone; a wrong code reads exactly like a wrong phone suffix; a bad ID number is pointed out while typing.
 * <p>
 * The gateway limits public submissions per address (3 at once, then one every 20 s), and another system test floods
 * the limit of this machine's address on purpose shortly before. A worker told "try again in N seconds" does so with
 * the form as it is (same Idempotency-Key); so does {@link #submit}.
 */
class PublicPagesBrowserIT extends InBrowser {

    /** A resident ID number with a wrong check character (the right one is X). */
    private static final String BAD_ID = "110105194912310021";
    private static final String REPLY = "您反映的欠薪问题我院已受理，将依法督促用人单位支付。";
    private static final String QUERY_CODE = "[0-9A-Z]{4}(-[0-9A-Z]{4}){4}";

    @Test
    void aWorkerSubmitsOnlineOnAPhoneAndLooksUpTheProgressWithTheCodeAndPhoneSuffix() throws Exception {
        browser.clearCookies().resize(Browser.PHONE).open("/public");
        browser.click(By.cssSelector("a[href='/public/petitions/new']"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("在线提交欠薪求助");
        assertFitsThePhone();
        browser.screenshot("public-petition-phone");

        String residentId = uniqueResidentId();
        String code = submit("王小五", "139 1234 7701", residentId);

        assertThat(code).matches(QUERY_CODE);
        assertThat(browser.pageText()).contains("查询码只显示这一次", "手机号码的后四位（7701）");
        assertFitsThePhone();
        browser.screenshot("public-receipt-phone");

        browser.click(By.id("go-lookup"));
        browser.type(By.id("code"), code).type(By.id("phoneLast4"), "7701").click(By.id("lookup-submit"));

        assertThat(browser.waitFor(By.id("progress-stage")).getText()).isEqualTo("已收到，正在办理");
        assertThat(browser.waitFor(By.id("case-number")).getText()).isEqualTo("尚未立案");
        assertThat(browser.waitFor(By.id("procedural-reply")).getText()).contains("尚未答复");

        // The procuratorate acknowledges it and routes it into a case (staff, through the API), and the worker
        // looks again.
        String caseNumber = acknowledgeAndRoute(residentId);
        // From an empty form: the first answer's #case-number ("尚未立案") must not be read before the new one arrives.
        browser.open("/public/petitions/lookup");
        browser.type(By.id("code"), code).type(By.id("phoneLast4"), "7701").click(By.id("lookup-submit"));

        assertThat(browser.waitFor(By.id("case-number")).getText()).isEqualTo(caseNumber);
        assertThat(browser.waitFor(By.id("procedural-reply")).getText()).contains("已答复", REPLY);
        assertThat(browser.findAll(By.cssSelector("main .problem"))).isEmpty();
        assertFitsThePhone();
        browser.script("document.getElementById('progress').scrollIntoView()");
        browser.screenshot("public-lookup-phone");
    }

    @Test
    void aWrongQueryCodeShowsTheSameMessageAsAWrongPhoneSuffix() throws Exception {
        browser.clearCookies().resize(Browser.PHONE).open("/public/petitions/new");
        String code = submit("李四", "13800005678", uniqueResidentId());

        String wrongSuffix = lookUpNotFound(code, "0000");
        String wrongCode = lookUpNotFound(code.substring(0, code.length() - 1) + (code.endsWith("0") ? "1" : "0"),
                "5678");

        assertThat(wrongSuffix).contains("没有找到与该查询码和手机号后四位相符的求助。").isEqualTo(wrongCode);
    }

    @Test
    void aBadResidentIdShowsItsFieldErrorBeforeSubmitting() {
        browser.clearCookies().resize(Browser.PHONE).open("/public/petitions/new");

        browser.type(By.id("residentId"), BAD_ID);
        browser.waitFor(By.id("residentId")).sendKeys(Keys.TAB);

        assertThat(browser.waitFor(By.id("residentId-error")).getText()).isEqualTo("居民身份证号码的校验码不正确，请核对");
        assertThat(browser.waitFor(By.id("residentId")).getAttribute("aria-invalid")).isEqualTo("true");
        // Nothing was sent: still the empty form, no summary of a refused submission.
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/public/petitions/new");
        assertThat(browser.findAll(By.id("error-summary"))).isEmpty();
        browser.screenshot("public-petition-field-error-phone");
    }

    /** Fills the form (on the page already), submits it, and answers the query code shown. */
    private static String submit(String name, String phone, String residentId) throws InterruptedException {
        browser.waitFor(By.id("petition-form"));
        browser.type(By.id("petitionerName"), name).type(By.id("phone"), phone)
                .type(By.id("residentId"), residentId);
        new Select(browser.waitFor(By.id("regionCode"))).selectByValue("110105");
        browser.type(By.id("employerName"), "某建筑劳务有限公司").type(By.id("amountOwed"), "8600")
                .type(By.id("monthsOwed"), "3").type(By.id("summary"), "在朝阳区某工地做钢筋工，工程结束三个月了工资还没发。");
        for (int attempt = 1; ; attempt++) {
            browser.click(By.id("submit-petition"));
            browser.waitFor(By.cssSelector("#query-code, #submit-problem"));
            List<WebElement> limited = browser.findAll(By.cssSelector("#submit-problem [data-problem=RATE_LIMITED]"));
            if (limited.isEmpty() || attempt == 4) {
                return browser.waitFor(By.id("query-code")).getText();
            }
            waitAsTold(limited.get(0).findElement(By.className("problem-retry")).getText());
        }
    }

    /** "请在 14 秒后再试。" or "请在 2 分钟后再试。": the wait the gateway asked for, and a second more. */
    private static void waitAsTold(String retry) throws InterruptedException {
        Matcher told = Pattern.compile("(\\d+) (秒|分钟)").matcher(retry);
        assertThat(told.find()).as(retry).isTrue();
        long seconds = Long.parseLong(told.group(1)) * (told.group(2).equals("秒") ? 1 : 60);
        System.out.printf("Public submissions rate-limited; trying again in %d s as told%n", seconds + 1);
        Thread.sleep((seconds + 1) * 1000);
    }

    /**
     * What a clerk does on the staff side (the staff console's own tests click it): find the petition by the
     * worker's ID number, send the procedural reply, route it into a case; answers the case number.
     */
    private static String acknowledgeAndRoute(String residentId) throws Exception {
        LocalSystem system = LocalSystem.shared();
        Http clerk = new Http(system.gateway().url()).withBearer(system.token(DevClients.CLERK));
        Http.Answer found = clerk.get("/api/petitions?residentId=" + residentId);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        String id = found.json("$.items[0].id");
        String etag = clerk.get("/api/petitions/" + id).header("ETag");
        Http.Answer replied = clerk.post("/api/petitions/" + id + "/replies", """
                {"kind":"PROCEDURAL","text":"%s","channel":"ONLINE"}""".formatted(REPLY), "If-Match", etag);
        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        Http.Answer routed = clerk.post("/api/petitions/" + id + "/routing", """
                {"caseType":"WAGE_CRIME","industryCode":"E4710","employerKind":"COMPANY",
                 "employerCreditCode":"91110108551385082Q"}""", "If-Match", replied.header("ETag"));
        assertThat(routed.status()).as(routed.toString()).isEqualTo(200);
        assertThat((String) routed.json("$.routing.state")).as(routed.toString()).isEqualTo("DELIVERED");
        return routed.json("$.routing.caseNumber");
    }

    /** A valid resident ID number (GB 11643 check character) of this run only, to find the petition by. */
    private static String uniqueResidentId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = "110105" + LocalDate.of(1970, 1, 1).plusDays(random.nextInt(12_000))
                .format(DateTimeFormatter.BASIC_ISO_DATE) + "%03d".formatted(random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private static String lookUpNotFound(String code, String phoneLast4) {
        browser.open("/public/petitions/lookup");
        browser.type(By.id("code"), code).type(By.id("phoneLast4"), phoneLast4).click(By.id("lookup-submit"));
        return browser.waitFor(By.id("lookup-not-found")).getText();
    }

    /** Mobile-first: nothing wider than the phone's screen. */
    private static void assertFitsThePhone() {
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(Browser.PHONE.getWidth());
    }
}
