package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.ApiClient;
import java.io.IOException;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A branch manager logs in to Cockpit, sees Sinergi's figures on the dashboard (one of them checked against
 * what the staff API answers the same user), opens a case's file from the dashboard and sees the case number
 * and its timeline, and then the same file in the "Berkas kasus" tab of the case's process instance.
 *
 * <p>Runs only with {@code mvn -B verify -Pbrowser}.
 */
class CockpitDashboardBrowserIT extends AbstractTasklistBrowserIT {

    private static final String FIGURE = "enforcementCases.openedThisYear";
    private static final By CASE_FILE_TITLE = By.cssSelector(".sinergi-case-file h3.sinergi-file-title");

    @Autowired
    RuntimeService runtime;

    @Test
    void managerSeesTheFiguresOnTheDashboardAndOpensACaseFileFromIt() throws IOException {
        String caseId = reportedCase();
        // Cockpit loads the plugins because the application serves its own config.js in place of Camunda's.
        assertThat(new ApiClient(port).send("GET", "/camunda/app/cockpit/scripts/config.js", Map.of(), null).body())
                .contains("scripts/sinergi/dashboard", "scripts/sinergi/case-file", "scripts/sinergi/lists");

        loginToCockpit("manager");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        WebElement figure = waitFor(By.cssSelector(".sinergi-dashboard [data-figure='" + FIGURE + "']"));
        String shown = figure.getText();
        var dashboard = new ApiClient(port).send("GET", "/api/staff/dashboard", ApiClient.basic("manager", demoPassword), null);
        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        long openedThisYear = dashboard.json().path("enforcementCases").path("openedThisYear").asLong();
        assertThat(openedThisYear).isPositive();
        assertThat(shown).isEqualTo(NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID")).format(openedThisYear));
        // The figure links to the list behind it: a Sinergi list page in Cockpit.
        assertThat(figure.findElement(By.xpath("ancestor::a")).getAttribute("href"))
                .endsWith(dashboard.json().path("enforcementCases").path("links").path("openedThisYear").asText())
                .endsWith("#/sinergi/daftar-kasus?openedIn=year");
        WebElement money = waitFor(By.cssSelector(".sinergi-dashboard table.sinergi-money-table"));
        assertThat(money.getText()).contains("Tunggakan ditetapkan", "Dipulihkan", "Rp");
        assertThat(waitFor(By.cssSelector(".sinergi-dashboard")).getText())
                .contains("Kasus penegakan", "Tugas terlambat", "Perjanjian", "Kasus per instansi");
        scrollTo(waitFor(By.cssSelector(".sinergi-dashboard")));
        screenshot("cockpit-dashboard");

        WebElement open = waitFor(By.cssSelector(".sinergi-dashboard form.sinergi-open-file"));
        open.findElement(By.cssSelector("input[name='recordNumber']")).sendKeys(caseId);
        clickCentered(open.findElement(By.cssSelector("button[type='submit']")));
        WebElement title = waitFor(CASE_FILE_TITLE);
        assertThat(title.getText()).contains(caseId);
        WebElement event = waitFor(By.cssSelector(".sinergi-case-file table.sinergi-timeline tr.sinergi-event"));
        assertThat(event.getText()).contains("WIB", "Masuk tahap Verifikasi laporan");
        WebElement file = waitFor(By.cssSelector(".sinergi-case-file"));
        assertThat(file.findElement(By.cssSelector("dl.sinergi-summary")).getText()).contains("Tahap", "Verifikasi laporan", "Berjalan");
        // Identifiers stay as written and counts are not money.
        assertThat(file.findElement(By.cssSelector("dl.sinergi-employer")).getText()).contains(nibOf(caseId), "Kecil");
        assertThat(file.findElement(By.cssSelector("dl.sinergi-violation")).getText())
                .contains("Belum mendaftarkan diri dan pekerjanya").doesNotContain("Rp3");
        assertThat(file.getText()).contains("Pemberi kerja", "Pelanggaran", "Rp2.160.000", "Surat dan dokumen")
                .doesNotContain("[object", "null", "undefined");
        assertThat(waitFor(By.cssSelector(".sinergi-case-file .sinergi-subtitle")).getText()).isEqualTo("CV Kopi Dieng Batang");
        screenshot("cockpit-case-file");

        // The stage figure leads to the cases behind it, and each case to its file.
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/dashboard");
        WebElement triage = waitFor(By.cssSelector(".sinergi-dashboard table.sinergi-cases-by-stage tr[data-key='TRIAGE'] a"));
        scrollTo(triage);
        clickCentered(triage);
        WebElement heading = waitFor(By.cssSelector(".sinergi-list h3.sinergi-list-heading"));
        new WebDriverWait(browser, UI_TIMEOUT).until(driver -> browser.getCurrentUrl().contains("#/sinergi/daftar-kasus"));
        WebElement row = waitFor(By.cssSelector(".sinergi-list table.sinergi-case-list tr[data-case='" + caseId + "']"));
        assertThat(heading.getText()).isEqualTo("Kasus berjalan pada tahap Verifikasi laporan");
        assertThat(row.getText()).contains(caseId, "CV Kopi Dieng Batang", "Verifikasi laporan", "WIB", "Berjalan",
                "Berkas", "Instans proses");
        assertThat(waitFor(By.cssSelector(".sinergi-list")).getText()).contains("No. kasus", "Badan usaha", "Tahap", "Dibuka",
                "Status").doesNotContain("[object", "undefined", "null");
        screenshot("cockpit-case-list");
        clickCentered(row.findElement(By.cssSelector("a.sinergi-case-link")));
        WebElement listedFile = waitFor(CASE_FILE_TITLE);
        new WebDriverWait(browser, UI_TIMEOUT).until(driver -> listedFile.getText().contains(caseId));

        String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId)
                .processDefinitionKey("enforcement-case").singleResult().getId();
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
        By tab = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Berkas kasus']");
        clickCentered(new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(tab)));
        WebElement tabTitle = waitFor(CASE_FILE_TITLE);
        new WebDriverWait(browser, UI_TIMEOUT).until(driver -> tabTitle.getText().contains(caseId));
        waitFor(By.cssSelector(".sinergi-case-file table.sinergi-timeline tr.sinergi-event"));
        assertThat(waitFor(By.cssSelector(".sinergi-case-file")).getText()).doesNotContain("[object", "null");
        screenshot("cockpit-process-instance-tab");
    }

    private final Map<String, String> nibs = new LinkedHashMap<>();

    private String nibOf(String caseId) {
        return nibs.get(caseId);
    }

    /** A case the labour office reported, waiting at triage. */
    private String reportedCase() {
        String nib = "91919" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        String caseId = reportUnregisteredEmployer(nib, "CV Kopi Dieng Batang", "Jl. Gajah Mada 12, Batang",
                "DN-BTG/2026/COCKPIT", 6, 2_160_000);
        nibs.put(caseId, nib);
        return caseId;
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

}
