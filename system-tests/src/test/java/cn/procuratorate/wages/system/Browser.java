package cn.procuratorate.wages.system;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} with its {@code chromedriver}) for a test class: start it in
 * {@code @BeforeAll}, {@link #close()} it in {@code @AfterAll}. Pages are opened by path on the gateway; waits are
 * explicit ({@link #waitFor}), never sleeps. Screenshots go to {@code target/screenshots/<name>.png}.
 * <p>
 * Nothing is downloaded: the browser and driver paths are given (override with {@code -Dbrowser.binary},
 * {@code -Dbrowser.driver}), so Selenium Manager never runs.
 */
final class Browser implements AutoCloseable {

    /** A desktop window. */
    static final Dimension DESKTOP = new Dimension(1280, 900);
    /** A phone (iPhone 12–15 size in CSS pixels). */
    static final Dimension PHONE = new Dimension(390, 844);

    private static final String BINARY = System.getProperty("browser.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(Long.getLong("browser.wait.seconds", 20));
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path screenshots = Path.of(System.getProperty("browser.screenshots.dir", "target/screenshots"));

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** Starts Chromium; {@code baseUrl} (the gateway) is what {@link #open} paths are relative to. */
    static Browser start(String baseUrl) {
        for (String file : List.of(BINARY, DRIVER)) {
            if (!new File(file).canExecute()) {
                throw new IllegalStateException(file + " is missing: apt-get install chromium chromium-driver"
                        + " (.ci/run installs them)");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(FLAGS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        Browser browser = new Browser(new ChromeDriver(service, options), baseUrl);
        browser.resize(DESKTOP);
        return browser;
    }

    /** The window's size; use {@link #PHONE} for mobile pages. */
    Browser resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** Opens {@code path} (e.g. {@code /console}) on the gateway. */
    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** The element once it is visible, or a failure naming what was awaited and the page it was awaited on. */
    WebElement waitFor(By locator) {
        try {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("failed-" + System.currentTimeMillis());
            throw new AssertionError("Not visible within " + WAIT.toSeconds() + " s: " + locator + " on "
                    + driver.getCurrentUrl() + "\n" + pageText(), e);
        }
    }

    List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Types into a field found by its label's {@code for} target or name. */
    Browser type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
        return this;
    }

    Browser click(By locator) {
        waitFor(locator).click();
        return this;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Runs a script in the page, e.g. {@code return document.documentElement.scrollWidth}. */
    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves the visible page as {@code target/screenshots/<name>.png} and returns the file. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path target = screenshots.resolve(name + ".png");
            File taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(taken.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets every cookie of the current site (a fresh visitor), without restarting Chromium. */
    Browser clearCookies() {
        driver.manage().deleteAllCookies();
        return this;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
