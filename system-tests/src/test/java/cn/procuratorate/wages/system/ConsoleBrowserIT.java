package cn.procuratorate.wages.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The console in a real headless Chromium, through the gateway of the whole system: staff sign in at auth-server's
 * form and land on their desk, and after signing out must sign in again (auth-server's session ended too); a worker on a phone sees the public home. One Chromium for the class.
 */
class ConsoleBrowserIT extends InBrowser {

    @Test
    void aClerkSignsInAtAuthServerAndSeesTheirDesk() {
        browser.clearCookies().resize(Browser.DESKTOP).open("/console");

        // Sent to auth-server's sign-in form, on the gateway's host.
        browser.type(By.name("username"), "clerk1").type(By.name("password"), "dev-password")
                .click(By.cssSelector("button[type=submit]"));

        assertThat(browser.waitFor(By.id("current-user")).getText()).contains("clerk1");
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/console");
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("我的工作台");
        // What is due came from the APIs with the clerk's token: a list or "none", not an error message.
        assertThat(browser.findAll(By.cssSelector("main .problem"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector("#desk-items, #desk-empty"))).hasSize(1);
        assertThat(browser.pageText()).containsAnyOf("没有超期或 7 日内到期的事项。", "超期");
        browser.screenshot("desk");
    }

    @Test
    void aClerkWhoSignsOutMustSignInAgainAtAuthServer() {
        browser.clearCookies().resize(Browser.DESKTOP).open("/console");
        browser.type(By.name("username"), "clerk1").type(By.name("password"), "dev-password")
                .click(By.cssSelector("button[type=submit]"));
        assertThat(browser.waitFor(By.id("current-user")).getText()).contains("clerk1");

        browser.click(By.cssSelector("form.logout button[type=submit]"));

        // Back at auth-server's sign-in form: the console's session is gone ...
        browser.waitFor(By.name("username"));
        assertThat(browser.findAll(By.id("current-user"))).isEmpty();
        // ... and auth-server's too: opening the console again does not sign in silently.
        browser.open("/console");
        browser.waitFor(By.name("password"));
        assertThat(browser.findAll(By.id("current-user"))).isEmpty();
        assertThat(URI.create(browser.currentUrl()).getPath()).isEqualTo("/login");
    }

    @Test
    void aWorkerOnAPhoneSeesThePublicHomeInChineseAndCanSwitchToEnglish() {
        browser.clearCookies().resize(Browser.PHONE).open("/public");

        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("被拖欠工资？检察机关帮您依法讨薪");
        assertThat(browser.waitFor(By.id("public-actions")).getText())
                .contains("在线提交求助", "查询办理进度", "普法资料");
        assertThat(browser.findAll(By.cssSelector("main .problem"))).isEmpty();
        // Mobile-first: nothing wider than the phone's screen.
        assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(Browser.PHONE.getWidth());
        browser.screenshot("public-home-phone");

        browser.click(By.cssSelector(".language-switch a[lang=en]"));
        assertThat(browser.waitFor(By.tagName("h1")).getText())
                .isEqualTo("Wages not paid? The procuratorate helps you recover them");
    }
}
