package id.sinergi.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Shared plumbing for tests that drive the real Tasklist in headless Debian chromium: one fresh browser per
 * test, Tasklist steps (login, filters, tasks, Camunda Form fields, the start-process dialog) and a
 * screenshot of what the browser showed when a test failed.
 *
 * <p>Subclasses run only with {@code mvn -o -B verify -Pbrowser}. Without chromium and chromedriver they
 * fail and say what to install; they never skip silently. All subclasses share this configuration, so
 * Spring starts the application once for all of them.
 */
// Declared before @SpringBootTest so that it runs first: without a browser the test fails in a second.
@ExtendWith(AbstractTasklistBrowserIT.BrowserOnPath.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The test profile turns the job executor off; here letters go out asynchronously as in production.
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"test", "demo"})
abstract class AbstractTasklistBrowserIT {

    private static final String INSTALL_HINT =
            "Browser tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver";

    static final String GROUP_TASKS_FILTER = "Tugas kelompok saya";

    /** The machine is slow (2 cores): page loads and background jobs get generous time. */
    static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    static final Duration NEXT_TASK_TIMEOUT = Duration.ofSeconds(60);

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    /** Set by {@link BrowserOnPath} before Spring starts the application. */
    private static Path chromium;
    private static Path chromedriver;

    @LocalServerPort
    int port;
    @Value("${sinergi.demo.password}")
    String demoPassword;

    WebDriver browser;
    private Path browserProfile;

    /** Saves what the browser showed when the test failed, before {@link #stopBrowser()} closes it. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = this::saveScreenshotAndRethrow;

    @BeforeEach
    void startBrowser() throws IOException {
        browserProfile = Files.createTempDirectory("tasklist-browser-it-");
        ChromeOptions options = new ChromeOptions();
        // An explicit binary and driver keep Selenium Manager from trying to download a browser or driver.
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--window-size=1600,1200",
                "--user-data-dir=" + browserProfile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (browserProfile != null) {
            try (var files = Files.walk(browserProfile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    // ---- session and navigation ----------------------------------------------------------------

    void login(String user) {
        loginTo("tasklist", user);
    }

    /** Cockpit (or Admin) has the same login form and account menu as Tasklist. */
    void loginToCockpit(String user) {
        loginTo("cockpit", user);
    }

    private void loginTo(String app, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/" + app + "/");
        WebElement username = waitFor(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
        username.clear();
        username.sendKeys(user);
        WebElement password = browser.findElement(By.cssSelector("form[name='signinForm'] input[ng-model='password']"));
        password.clear();
        password.sendKeys(demoPassword);
        browser.findElement(By.cssSelector("form[name='signinForm'] button[type='submit']")).click();
        // Logged in once the account menu shows the user's name.
        waitFor(By.cssSelector("li.account .dropdown-toggle"));
    }

    void logout() {
        waitFor(By.cssSelector("li.account .dropdown-toggle")).click();
        new WebDriverWait(browser, UI_TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
        waitFor(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
    }

    void selectFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[normalize-space(text())='"
                + name + "']");
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(filter)).click();
    }

    // ---- tasks ---------------------------------------------------------------------------------

    /**
     * Opens the task of that name in the filter whose form shows the marker, and returns its id. The list
     * also holds demo work, and task cards show no business data (staff may not query process instance
     * variables, so the filter's variable columns stay empty), so each candidate is opened until its form's
     * text component containing {@code formAnchor} (text every form of that task shows once rendered) also
     * contains the marker.
     */
    String openTaskShowing(String filterName, String taskName, String formAnchor, String marker, Duration timeout) {
        return new WebDriverWait(browser, timeout).pollingEvery(Duration.ofSeconds(2))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "no '" + taskName + "' task whose form shows " + marker)
                .until(driver -> {
                    for (String taskId : listedTaskIds(taskName)) {
                        if (formOfTaskShows(taskId, formAnchor, marker)) {
                            return taskId;
                        }
                    }
                    // Not there (yet): reload the list, the task may come from a background job.
                    selectFilter(filterName);
                    return null;
                });
    }

    private List<String> listedTaskIds(String taskName) {
        return browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .filter(link -> link.getText().trim().equals(taskName))
                .map(link -> link.getAttribute("href").replaceFirst(".*[?&]task=([^&]+).*", "$1"))
                .toList();
    }

    private boolean formOfTaskShows(String taskId, String formAnchor, String marker) {
        List<WebElement> previousForm = browser.findElements(By.cssSelector(".fjs-form"));
        browser.findElement(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + taskId + "']")).click();
        if (!previousForm.isEmpty()) {
            // Tasklist renders a new form per task; wait for the old one to go before reading.
            new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.stalenessOf(previousForm.get(0)));
        }
        return waitForFormText(formAnchor).getText().contains(marker);
    }

    boolean isListed(String taskId) {
        return !browser.findElements(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + taskId + "']")).isEmpty();
    }

    /** A candidate-group task stays read-only in Tasklist until the user claims it. */
    void claimTask() {
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                .click();
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.and(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")),
                ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0)));
    }

    void completeTask() {
        By complete = By.cssSelector(".form-actions button.btn-primary");
        clickCentered(new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(complete)));
    }

    void waitUntilTaskGone(String taskId) {
        new WebDriverWait(browser, UI_TIMEOUT).pollingEvery(Duration.ofSeconds(1))
                .ignoring(WebDriverException.class)
                .until(driver -> !isListed(taskId));
    }

    // ---- starting a process --------------------------------------------------------------------

    /** Opens Tasklist's "Start process" dialog and picks the process by its name, which shows its start form. */
    void openStartForm(String processName) {
        new WebDriverWait(browser, UI_TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        By process = By.xpath("//div[contains(@class,'modal-body')]//ul[contains(@class,'processes')]//a[normalize-space(.)='"
                + processName + "']");
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(process)).click();
        waitFor(By.cssSelector(".modal-body .fjs-form"));
    }

    /** Presses "Start" and waits for the dialog to close, which Tasklist does only once the engine accepted it. */
    void submitStartForm() {
        By start = By.cssSelector(".modal-footer button.btn-primary[type='submit']");
        clickCentered(new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(start)));
        new WebDriverWait(browser, UI_TIMEOUT)
                .withMessage(() -> "start dialog still open: " + modalText())
                .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    }

    private String modalText() {
        return browser.findElements(By.cssSelector(".modal-dialog")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    // ---- Camunda Form fields -------------------------------------------------------------------

    /** Waits until the Camunda Form is rendered and returns its text component that mentions the text. */
    WebElement waitForFormText(String text) {
        return new WebDriverWait(browser, UI_TIMEOUT).ignoring(WebDriverException.class).until(driver -> {
            for (WebElement component : driver.findElements(By.cssSelector(".fjs-form .fjs-form-field-text"))) {
                if (component.getText().contains(text)) {
                    return component;
                }
            }
            return null;
        });
    }

    /** A radio option or a checkbox, by the label next to it. */
    void chooseOption(String label) {
        // form-js renders each radio option as a label wrapping or next to its input.
        clickCentered(new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(label(label))));
    }

    /**
     * Types into the field named by the label and makes form-js take the text. form-js applies typing to
     * its data only after a 300 ms pause or on blur, and re-rendering the form resets an input to the data
     * it holds: text typed right after another field changed, before that change re-rendered the form, is
     * lost. A person is never that fast; a test is. So each field starts and ends on a settled form.
     */
    void fillTextarea(String label, String text) {
        WebElement labelElement = waitFor(label(label));
        WebElement field = browser.findElement(By.id(labelElement.getAttribute("for")));
        // A re-render still in flight can win once more on a loaded CI machine: type again, as a person
        // who saw the text vanish would, but never accept a field without the text.
        for (int attempt = 1; attempt < 3; attempt++) {
            if (typeAndSettle(field, text)) {
                return;
            }
        }
        typeAndSettle(field, text);
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .withMessage(() -> "form field '" + label + "' lost the typed text")
                .until(driver -> text.equals(field.getDomProperty("value")));
    }

    private boolean typeAndSettle(WebElement field, String text) {
        settleForm();
        field.clear();
        field.sendKeys(text);
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", field);
        settleForm();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(driver -> text.equals(field.getDomProperty("value")));
            return true;
        } catch (org.openqa.selenium.TimeoutException lost) {
            return false;
        }
    }

    /** Text and number fields are inputs named by their label just like textareas. */
    void fillTextfield(String label, String text) {
        fillTextarea(label, text);
    }

    /** form-js draws its own drop-down rather than a native select: open it and click the option. */
    void selectOption(String label, String optionLabel) {
        WebElement labelElement = waitFor(label(label));
        WebElement field = labelElement.findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        clickCentered(field.findElement(By.cssSelector(".fjs-input-group")));
        WebElement option = new WebDriverWait(browser, UI_TIMEOUT).until(driver -> field
                .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                .filter(item -> item.getText().trim().equals(optionLabel)).findFirst().orElse(null));
        option.click();
        new WebDriverWait(browser, UI_TIMEOUT).until(driver ->
                field.findElement(By.cssSelector(".fjs-select-display")).getText().trim().equals(optionLabel));
    }

    /** A field's or option's label; a required field's label ends in an asterisk that is not part of its name. */
    private static By label(String label) {
        return By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(translate(., '*', ''))='" + label + "']");
    }

    // ---- low level -----------------------------------------------------------------------------

    /** Lets pending renders (form-js, Angular) run: one animation frame and one macrotask. */
    void settleForm() {
        ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => setTimeout(done, 0));");
    }

    /** Tasklist's fixed footer can cover elements at the bottom of the form: scroll them to the middle first. */
    void clickCentered(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** What the user saw, as target/browser-screenshots/{@code name}.png, to look at (README copies are made by hand). */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private void saveScreenshotAndRethrow(ExtensionContext context, Throwable failure) throws Throwable {
        if (browser instanceof TakesScreenshot camera) {
            try {
                Files.createDirectories(SCREENSHOTS);
                String name = context.getRequiredTestMethod().getName() + "-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
                Files.write(SCREENSHOTS.resolve(name + ".png"), camera.getScreenshotAs(OutputType.BYTES));
                Files.writeString(SCREENSHOTS.resolve(name + ".html"), browser.getPageSource(), StandardCharsets.UTF_8);
                failure.addSuppressed(new AssertionError("Browser screenshot: " + SCREENSHOTS.resolve(name + ".png")
                        + " (page at " + browser.getCurrentUrl() + ")"));
            } catch (IOException | WebDriverException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    }

    private static Optional<Path> findOnPath(String program) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("/usr/bin:/bin");
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            Path candidate = Path.of(directory, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds Debian's chromium and chromedriver, or fails the test class (never skips it) with what to install.
     * A driver named by the system property {@code webdriver.chrome.driver} wins over the one on PATH.
     */
    /** A case of an employer that has not registered its workers, reported by the labour office and waiting at triage. */
    String reportUnregisteredEmployer(String nib, String name, String address, String reference, int workers, long arrears) {
        Map<String, Object> employer = new java.util.LinkedHashMap<>();
        employer.put("nib", nib);
        employer.put("npwp", "012345678901234");
        employer.put("name", name);
        employer.put("address", address);
        employer.put("email", "hrd@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example");
        employer.put("sizeClass", "SMALL");
        var report = Map.of("employer", employer, "reference", reference,
                "violation", Map.of("type", "UNREGISTERED", "workersAffected", workers, "arrearsAmount", arrears,
                        "monthsInArrears", 3, "description", workers + " pekerja belum didaftarkan"));
        var created = new id.sinergi.support.ApiClient(port).postJson("/api/v1/enforcement-cases", "demo-token-disnaker-batang",
                id.sinergi.support.ApiClient.json(report));
        org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }

    static class BrowserOnPath implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            chromium = findOnPath("chromium").or(() -> findOnPath("chromium-browser"))
                    .orElseGet(() -> fail(INSTALL_HINT + " (no chromium or chromium-browser on PATH)"));
            chromedriver = Optional.ofNullable(System.getProperty("webdriver.chrome.driver")).map(Path::of)
                    .filter(Files::isExecutable).or(() -> findOnPath("chromedriver"))
                    .orElseGet(() -> fail(INSTALL_HINT + " (no chromedriver on PATH)"));
        }
    }
}
