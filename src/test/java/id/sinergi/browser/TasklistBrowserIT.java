package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import id.sinergi.enforcement.CaseReport;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.EnforcementCaseService;
import id.sinergi.enforcement.SizeClass;
import id.sinergi.enforcement.ViolationType;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRepository;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Drives the real Tasklist in headless Debian chromium: an officer triages a freshly reported case
 * through its Camunda Form, the engine's job executor sends the summons in the background, and the
 * inspector then finds the inspection task for that case in their own list.
 *
 * <p>Runs only with {@code mvn -o -B verify -Pbrowser}. Without chromium and chromedriver the test
 * fails and says what to install; it never skips silently.
 */
// Declared before @SpringBootTest so that it runs first: without a browser the test fails in a second.
@ExtendWith(TasklistBrowserIT.BrowserOnPath.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // The test profile turns the job executor off; here letters go out asynchronously as in production.
        properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles({"test", "demo"})
class TasklistBrowserIT {

    private static final String INSTALL_HINT =
            "Browser tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver";

    private static final String GROUP_TASKS_FILTER = "Tugas kelompok saya";
    private static final String TRIAGE_TASK_NAME = "Verifikasi laporan kasus";
    private static final String INSPECTION_TASK_NAME = "Catat berita acara pemeriksaan";
    private static final String ACCEPT_LABEL = "Terima: lanjutkan penanganan";

    /** The machine is slow (2 cores): page loads and the background job get generous time. */
    private static final Duration UI_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration NEXT_TASK_TIMEOUT = Duration.ofSeconds(60);

    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    /** Set by {@link BrowserOnPath} before Spring starts the application. */
    private static Path chromium;
    private static Path chromedriver;

    @LocalServerPort
    int port;
    @Value("${sinergi.demo.password}")
    String demoPassword;
    @Autowired
    EnforcementCaseService caseService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    LetterRepository letters;

    private WebDriver browser;
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

    @Test
    void officerTriagesCaseInTasklistAndInspectorGetsTheInspectionTask() {
        // A large employer: the route table sends it straight to a joint inspection after triage.
        String employerName = "PT Uji Peramban Nusantara " + ThreadLocalRandom.current().nextInt(1000, 10000);
        EnforcementCase opened = caseService.report(largeEmployer(employerName), "Disnaker Kabupaten Batang");
        String caseNumber = opened.caseNumber();

        login("officer");
        selectFilter(GROUP_TASKS_FILTER);
        String triageTaskId = openTaskOfCase(TRIAGE_TASK_NAME, caseNumber, UI_TIMEOUT);

        // The case summary is templated text in the form, not an input the officer could change.
        WebElement summary = waitForFormText(caseNumber);
        assertThat(summary.getText()).contains(caseNumber, employerName, "LARGE", "Disnaker Kabupaten Batang")
                // a FEEL if-expression inside the template, not just plain variables
                .contains("Mendaftarkan sebagian")
                .doesNotContain("{{");
        assertThat(summary.findElements(By.cssSelector("input, textarea, select"))).isEmpty();

        claimTask();
        chooseOption(ACCEPT_LABEL);
        fillTextarea("Catatan verifikasi", "Laporan berdasar; diperiksa lewat uji peramban.");
        completeTask();
        waitUntilTaskGone(triageTaskId);

        // The task the browser completed is this case's triage task, and its decision reached the engine.
        var triage = historyService.createHistoricTaskInstanceQuery().taskId(triageTaskId).singleResult();
        assertThat(triage.getProcessInstanceId()).isEqualTo(opened.processInstanceId());
        assertThat(triage.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.Elements.TRIAGE);
        assertThat(triage.getEndTime()).as("triage task completed").isNotNull();
        var decision = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(opened.processInstanceId())
                .variableName(EnforcementCaseProcess.Vars.TRIAGE_DECISION).singleResult();
        assertThat(decision).as("triageDecision written by the Tasklist form").isNotNull();
        assertThat(decision.getValue()).isEqualTo("ACCEPT");

        logout();
        login("inspector");
        selectFilter(GROUP_TASKS_FILTER);
        // Appears only after the job executor has sent the summons (an asynchronous service task).
        String inspectionTaskId = openTaskOfCase(INSPECTION_TASK_NAME, caseNumber, NEXT_TASK_TIMEOUT);
        assertThat(waitForFormText(caseNumber).getText()).contains(employerName).doesNotContain("{{");
        assertThat(waitForFormText("Pemeriksaan gabungan").getText()).contains("Pengawas Ketenagakerjaan: Ya");

        Task inspection = taskService.createTaskQuery().taskId(inspectionTaskId).singleResult();
        assertThat(inspection).as("inspection task in the engine").isNotNull();
        assertThat(inspection.getProcessInstanceId()).isEqualTo(opened.processInstanceId());
        assertThat(inspection.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.Elements.RECORD_INSPECTION);
        assertThat(taskService.getIdentityLinksForTask(inspection.getId()))
                .anySatisfy(link -> {
                    assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
                    assertThat(link.getGroupId()).isEqualTo("inspectors");
                });
        assertThat(letters.forCase(caseNumber)).filteredOn(Letter::isSent).extracting(Letter::kind)
                .containsExactly(LetterKind.SUMMONS);
    }

    // ---- Tasklist steps ------------------------------------------------------------------------

    private void login(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
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

    private void logout() {
        waitFor(By.cssSelector("li.account .dropdown-toggle")).click();
        new WebDriverWait(browser, UI_TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout a"))).click();
        waitFor(By.cssSelector("form[name='signinForm'] input[ng-model='username']"));
    }

    private void selectFilter(String name) {
        By filter = By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]/a[normalize-space(text())='"
                + name + "']");
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(filter)).click();
    }

    /**
     * Opens the task of that name that belongs to the case and returns its id. The list also holds the
     * demo cases, and the case number is not shown on the task cards (staff may not query process
     * instance variables, so the filter's variable columns stay empty), so each candidate is opened
     * until its form shows the case number.
     */
    private String openTaskOfCase(String taskName, String caseNumber, Duration timeout) {
        return new WebDriverWait(browser, timeout).pollingEvery(Duration.ofSeconds(2))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "no '" + taskName + "' task whose form shows " + caseNumber)
                .until(driver -> {
                    for (String taskId : listedTaskIds(taskName)) {
                        if (formOfTaskShows(taskId, caseNumber)) {
                            return taskId;
                        }
                    }
                    // Not there (yet): reload the list, the task may come from a background job.
                    selectFilter(GROUP_TASKS_FILTER);
                    return null;
                });
    }

    private List<String> listedTaskIds(String taskName) {
        return browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
                .filter(link -> link.getText().trim().equals(taskName))
                .map(link -> link.getAttribute("href").replaceFirst(".*[?&]task=([^&]+).*", "$1"))
                .toList();
    }

    private boolean formOfTaskShows(String taskId, String caseNumber) {
        List<WebElement> previousForm = browser.findElements(By.cssSelector(".fjs-form"));
        browser.findElement(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + taskId + "']")).click();
        if (!previousForm.isEmpty()) {
            // Tasklist renders a new form per task; wait for the old one to go before reading.
            new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.stalenessOf(previousForm.get(0)));
        }
        return waitForFormText("Kasus ").getText().contains(caseNumber);
    }

    private boolean isListed(String taskId) {
        return !browser.findElements(By.cssSelector("ol.tasks-list h4.task a[href*='task=" + taskId + "']")).isEmpty();
    }

    /** Waits until the Camunda Form is rendered and returns its text component that mentions the text. */
    private WebElement waitForFormText(String text) {
        return new WebDriverWait(browser, UI_TIMEOUT).ignoring(WebDriverException.class).until(driver -> {
            for (WebElement component : driver.findElements(By.cssSelector(".fjs-form .fjs-form-field-text"))) {
                if (component.getText().contains(text)) {
                    return component;
                }
            }
            return null;
        });
    }

    /** A candidate-group task stays read-only in Tasklist until the user claims it. */
    private void claimTask() {
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")))
                .click();
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.and(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")),
                ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0)));
    }

    private void chooseOption(String label) {
        // form-js renders each radio option as a label wrapping or next to its input.
        By option = By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='" + label + "']");
        clickCentered(new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(option)));
    }

    private void fillTextarea(String label, String text) {
        By byLabel = By.xpath("//div[contains(@class,'fjs-form')]//label[normalize-space(.)='" + label + "']");
        WebElement labelElement = waitFor(byLabel);
        WebElement textarea = browser.findElement(By.id(labelElement.getAttribute("for")));
        textarea.clear();
        textarea.sendKeys(text);
    }

    private void completeTask() {
        By complete = By.cssSelector(".form-actions button.btn-primary");
        clickCentered(new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(complete)));
    }

    private void waitUntilTaskGone(String taskId) {
        new WebDriverWait(browser, UI_TIMEOUT).pollingEvery(Duration.ofSeconds(1))
                .ignoring(WebDriverException.class)
                .until(driver -> !isListed(taskId));
    }

    /** Tasklist's fixed footer can cover elements at the bottom of the form: scroll them to the middle first. */
    private void clickCentered(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    // ---- setup helpers -------------------------------------------------------------------------

    private static CaseReport largeEmployer(String name) {
        // Unique NIB per run: an open case for the same employer and violation would be refused as a duplicate.
        String nib = "91209" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new CaseReport(
                new CaseReport.Employer(nib, "09876543210" + nib.substring(9), name,
                        "Kawasan Industri Terpadu Batang Blok Z-1, Kab. Batang", "hrd@uji-peramban.example",
                        SizeClass.LARGE),
                new CaseReport.Violation(ViolationType.PARTIALLY_REGISTERED, 150, BigDecimal.valueOf(54_000_000), 4,
                        "Uji peramban: 150 pekerja belum didaftarkan"),
                "UJI-PERAMBAN");
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

    /**
     * Finds Debian's chromium and chromedriver, or fails the test class (never skips it) with what to install.
     * A driver named by the system property {@code webdriver.chrome.driver} wins over the one on PATH.
     */
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
