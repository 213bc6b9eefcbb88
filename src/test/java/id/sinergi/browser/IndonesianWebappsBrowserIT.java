package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff see Camunda's webapps in Indonesian even though the test browser asks for English ({@code --lang=en-US}),
 * and never the vendor's English end-of-life banner.
 *
 * Camunda Forms' validation messages, which form-js hard-codes in English, are rewritten by Tasklist's
 * {@code scripts/form-messages/indonesian.js}.
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

    @Test
    void managerSeesCockpitInIndonesian() throws IOException {
        loginToCockpit("manager");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        WebElement body = waitFor(By.tagName("body"));
        // Header navigation and the dashboard's own sections.
        waitForText(body, "Instans Proses Berjalan");
        assertThat(browser.findElement(By.cssSelector("[cam-widget-header]")).getText())
                .contains("Proses", "Keputusan", "Tugas Manusia");
        assertThat(body.getText()).contains("Saat Ini", "Insiden Terbuka", "Definisi Proses")
                .doesNotContain("Running Process Instances", "Open Incidents", "Human Tasks", "Camunda 8");
        assertNoVisibleEndOfLifeBanner();
        screenshot("cockpit-indonesian");
    }

    @Test
    void officerSeesCamundaFormsValidationMessagesInIndonesian() throws IOException {
        login("officer");
        openStartForm("Buka kasus penegakan kepatuhan");
        fillTextfield("Email surat", "bukan-email");
        // A required field typed into and emptied again: form-js marks it (Tasklist keeps "Mulai" disabled
        // while the form is invalid, so a click on it would not show the messages).
        WebElement name = browser.findElement(By.id(waitFor(By.xpath(
                "//div[contains(@class,'fjs-form')]//label[normalize-space(translate(., '*', ''))='Nama badan usaha']"))
                .getAttribute("for")));
        name.sendKeys("x");
        name.sendKeys(Keys.BACK_SPACE);
        ((JavascriptExecutor) browser).executeScript("arguments[0].blur();", name);
        WebElement form = waitFor(By.cssSelector(".modal-body .fjs-form"));
        new WebDriverWait(browser, UI_TIMEOUT)
                .withMessage(() -> "form errors: " + errorsIn(form))
                .until(driver -> errorsIn(form).contains("Wajib diisi.") && errorsIn(form).contains("Alamat email tidak valid."));
        assertThat(errorsIn(form)).noneMatch(error -> error.startsWith("Field "));
        // form-js's dropdown words too: an empty select reads "Pilih", never "Select".
        new WebDriverWait(browser, UI_TIMEOUT)
                .withMessage(() -> "select placeholders: " + placeholdersIn(form))
                .until(driver -> !placeholdersIn(form).isEmpty() && placeholdersIn(form).stream().allMatch("Pilih"::equals));
        screenshot("tasklist-form-validation-indonesian");
    }

    private static java.util.List<String> placeholdersIn(WebElement form) {
        return form.findElements(By.cssSelector(".fjs-select-placeholder")).stream().map(WebElement::getText).map(String::trim).toList();
    }

    private static java.util.List<String> errorsIn(WebElement form) {
        return form.findElements(By.cssSelector(".fjs-form-field-error")).stream()
                .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).toList();
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

}
