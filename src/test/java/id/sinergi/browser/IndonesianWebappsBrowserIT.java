package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff see Camunda's webapps in Indonesian even though the test browser asks for English ({@code --lang=en-US}),
 * and never the vendor's English end-of-life banner.
 *
 * <p>Runs only with {@code mvn -o -B verify -Pbrowser}.
 */
class IndonesianWebappsBrowserIT extends AbstractTasklistBrowserIT {

    @Test
    void officerSeesTasklistInIndonesianWithoutTheEndOfLifeBanner() throws IOException {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement signIn = waitFor(By.cssSelector("form[name='signinForm']"));
        waitForText(signIn, "Masuk");
        assertThat(signIn.findElement(By.cssSelector("button[type='submit']")).getText().trim()).isEqualTo("Masuk");
        assertThat(signIn.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Nama pengguna");
        assertNoVisibleEndOfLifeBanner();

        login("officer");
        WebElement startProcess = waitFor(By.cssSelector(".start-process-action a"));
        waitForText(startProcess, "Mulai proses");
        selectFilter(GROUP_TASKS_FILTER);
        waitForText(browser.findElement(By.tagName("body")), "Pilih tugas dari daftar.");
        // The list says "Memuat…" (loading) until the filter's tasks are in.
        new WebDriverWait(browser, UI_TIMEOUT)
                .until(driver -> !driver.findElement(By.tagName("body")).getText().contains("Memuat"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain("Start process", "Select a task in the list.", "Camunda 8");
        assertNoVisibleEndOfLifeBanner();
        screenshot("tasklist-indonesian");
    }

    @Test
    void adminSeesAdminAndWelcomeInIndonesian() throws IOException {
        browser.get("http://localhost:" + port + "/camunda/app/admin/");
        WebElement signIn = waitFor(By.cssSelector("form[name='signinForm']"));
        waitForText(signIn, "Masuk");
        signIn.findElement(By.cssSelector("input[ng-model='username']")).sendKeys("admin");
        signIn.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(demoPassword);
        signIn.findElement(By.cssSelector("button[type='submit']")).click();
        waitFor(By.cssSelector("li.account .dropdown-toggle"));

        WebElement body = browser.findElement(By.tagName("body"));
        waitForText(body, "Otorisasi");
        assertThat(body.getText()).contains("Pengguna", "Kelompok").doesNotContain("Authorizations", "Camunda 8");
        assertNoVisibleEndOfLifeBanner();
        screenshot("admin-indonesian");

        // The same session opens the Welcome page, with its list of applications.
        browser.get("http://localhost:" + port + "/camunda/app/welcome/");
        WebElement welcome = waitFor(By.tagName("body"));
        waitForText(welcome, "Aplikasi");
        assertThat(welcome.getText()).doesNotContain("Applications", "Camunda 8");
        assertNoVisibleEndOfLifeBanner();
        screenshot("welcome-indonesian");
    }

    private void waitForText(WebElement element, String text) {
        new WebDriverWait(browser, UI_TIMEOUT)
                .withMessage(() -> "'" + text + "' not shown; shown: " + element.getText())
                .until(driver -> element.getText().contains(text));
    }

    private void assertNoVisibleEndOfLifeBanner() {
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
                .as("visible end-of-life banners").noneMatch(WebElement::isDisplayed);
    }

    private void screenshot(String name) throws IOException {
        Path shots = Path.of("target", "browser-screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
