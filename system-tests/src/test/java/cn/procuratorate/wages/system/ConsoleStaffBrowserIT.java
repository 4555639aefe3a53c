package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The staff pages in a real headless Chromium through the gateway of the whole system (demo data seeded by the dev
 * profile): a clerk registers a letter and routes it into a case; a procurator moves a case on and records a
 * payment. One Chromium for the class; each test signs in its own user.
 */
class ConsoleStaffBrowserIT extends InBrowser {

    /** Routing is delivered at once when case-service answers, else retried: the case number may take a while. */
    private static final Duration ROUTING_WAIT = Duration.ofSeconds(60);

    @Test
    void aClerkRegistersALetterRoutesItAndSeesTheCaseNumber() throws InterruptedException {
        signIn("clerk1");
        browser.open("/console/petitions/new");
        assertThat(browser.waitFor(By.id("channel-LETTER")).isSelected()).isTrue();
        browser.type(By.id("petitionerName"), "赵大勇");

        // A wrong check character is named as the clerk types (platform-common's GB 11643 check, via htmx)...
        browser.type(By.id("petitionerResidentId"), "110105194912310021");
        assertThat(awaitText(By.cssSelector("#resident-id-check.field-error"))).contains("校验码");
        // ...and the right one is accepted.
        browser.type(By.id("petitionerResidentId"), "11010519491231002X");
        assertThat(awaitText(By.cssSelector("#resident-id-check.field-ok"))).contains("校验通过");
        browser.type(By.id("employerCreditCode"), "91110105262320792R");
        assertThat(awaitText(By.cssSelector("#credit-code-check.field-ok"))).contains("校验通过");

        browser.type(By.id("regionCode"), "110105")
                .type(By.id("summary"), "2026年9月至10月在朝阳区某工地做钢筋工，两个月工资12000元未发。")
                .type(By.id("employerName"), "北京信裕电子科技有限公司")
                .type(By.id("industryCode"), "E4710")
                .type(By.id("amountOwed"), "12000")
                .click(By.id("petition-submit"));

        assertThat(browser.waitFor(By.id("registered")).getText()).contains("已登记");
        assertThat(browser.pageText()).contains("110105********002X").doesNotContain("11010519491231002X");
        String petitionPath = java.net.URI.create(browser.currentUrl()).getPath();

        browser.click(By.cssSelector("#route-panel summary"));
        assertThat(browser.waitFor(By.id("route-industry")).getAttribute("value")).isEqualTo("E4710");
        browser.click(By.id("route-submit"));

        // Delivered at once, or pending and then delivered: the page polls; reload too, within a bound.
        Instant deadline = Instant.now().plus(ROUTING_WAIT);
        while (browser.findAll(By.id("case-link")).isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            if (browser.findAll(By.id("case-link")).isEmpty()) {
                browser.open(petitionPath);
                browser.waitFor(By.id("routing"));
            }
        }
        String caseNumber = browser.waitFor(By.id("case-link")).getText();
        assertThat(caseNumber).matches("110105-\\d{4}-\\d{5}");
        browser.screenshot("petition-routed");

        browser.click(By.id("case-link"));
        assertThat(browser.waitFor(By.tagName("h1")).getText()).contains(caseNumber);
    }

    @Test
    void aProcuratorMovesACaseToTheNextStageAndRecordsAPayment() {
        signIn("procurator1");
        browser.open("/console/cases?type=WAGE_CRIME&stage=RECEIVED");
        browser.click(By.cssSelector("#case-table tbody tr a"));
        assertThat(browser.waitFor(By.id("case-stage")).getText()).isEqualTo("已受理");
        // Only the actions the API allows now are buttons.
        assertThat(browser.findAll(By.cssSelector("#actions button")))
                .extracting(button -> button.getAttribute("data-action"))
                .contains("START_ARREST_REVIEW").doesNotContain("DECIDE_ARREST", "CLOSE");

        browser.click(By.cssSelector("#actions button[data-action=START_ARREST_REVIEW]"));
        browser.click(By.id("transition-submit"));
        assertThat(browser.waitFor(By.id("action-done")).getText()).contains("受理提请批准逮捕");
        assertThat(browser.waitFor(By.id("case-stage")).getText()).isEqualTo("审查逮捕");
        assertThat(browser.findAll(By.cssSelector("#actions button")))
                .extracting(button -> button.getAttribute("data-action")).contains("DECIDE_ARREST");

        String rateBefore = browser.waitFor(By.id("recovery-rate")).getText();
        browser.click(By.cssSelector("#payment-panel summary"));
        browser.type(By.id("pay-amount"), "3000.00").click(By.id("payment-submit"));
        assertThat(browser.waitFor(By.id("payment-done")).getText()).contains("支付已登记");
        assertThat(browser.waitFor(By.id("recovery-rate")).getText()).isNotEqualTo(rateBefore);
        assertThat(browser.waitFor(By.id("payments")).getText()).contains("3,000.00");
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("case");
    }

    @Test
    void aSupervisorSeesEveryStaffPageFilledWithTheDemoData() {
        signIn("supervisor1");
        Map<String, By> pages = new LinkedHashMap<>();
        pages.put("/console/cases?overdue=true", By.cssSelector("#case-table tbody tr"));
        pages.put("/console/petitions", By.cssSelector("#petition-table tbody tr"));
        pages.put("/console/outreach/suggestions", By.cssSelector("#suggestion-table tbody tr"));
        pages.put("/console/outreach/campaigns", By.cssSelector("#campaigns li"));
        pages.put("/console/outreach/findings", By.cssSelector("#findings li"));
        pages.forEach((path, content) -> {
            browser.open(path);
            browser.waitFor(content);
            assertThat(browser.findAll(By.cssSelector("main .problem"))).as(path).isEmpty();
        });
        browser.screenshot("findings");

        browser.open("/console/charts");
        browser.waitFor(By.id("wages-by-month"));
        assertThat(browser.findAll(By.cssSelector("main .problem"))).isEmpty();
        // Every chart was drawn by Chart.js (from WebJars) from its table.
        Object drawn = browser.script("return Array.from(document.querySelectorAll('canvas[data-chart-type]'))"
                + ".filter(function (c) { return window.Chart && Chart.getChart(c); }).length");
        assertThat(((Number) drawn).intValue()).isEqualTo(6);
        browser.screenshot("charts");
    }

    private static void signIn(String user) {
        browser.clearCookies().resize(Browser.DESKTOP).open("/console");
        browser.type(By.name("username"), user).type(By.name("password"), "dev-password")
                .click(By.cssSelector("button[type=submit]"));
        assertThat(browser.waitFor(By.id("current-user")).getText()).contains(user);
    }

    private static String awaitText(By locator) {
        return browser.waitFor(locator).getText();
    }
}
