package cn.procuratorate.wages.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class: one headless Chromium for the whole class (starting one takes seconds), pointed at the
 * gateway of the shared system, closed after the class's last test.
 */
abstract class InBrowser {

    static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start(LocalSystem.shared().gateway().url());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
