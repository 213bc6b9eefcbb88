package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.ApiClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enforcement officer opens a case's task in Tasklist, attaches a scanned inspection record from the
 * "Dokumen" tab and sees it listed; a text file renamed to .pdf is refused with the reason in Bahasa
 * Indonesia and nothing is stored.
 *
 * <p>Runs only with {@code mvn -B verify -Pbrowser}.
 */
class TaskDocumentsBrowserIT extends AbstractTasklistBrowserIT {

    private static final By DOCUMENTS_TAB = By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Dokumen']");
    private static final By UPLOAD_FORM = By.cssSelector("form.sinergi-upload");

    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void officerAttachesAnInspectionRecordFromTheDocumentsTabAndARenamedTextFileIsRefused() throws IOException {
        String caseId = reportedCase();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseId).singleResult().getId();
        Path folder = Files.createTempDirectory("dokumen-");
        Path scan = pdf(folder.resolve("BAP-" + caseId + ".pdf"), caseId);
        Path renamed = Files.writeString(folder.resolve("catatan-pemeriksaan.pdf"), "Ini hanya catatan teks, bukan PDF.\n",
                StandardCharsets.UTF_8);
        // Tasklist loads the tab because the application serves its own config.js in place of Camunda's.
        assertThat(new ApiClient(port).send("GET", "/camunda/app/tasklist/scripts/config.js", Map.of(), null).body())
                .contains("scripts/task-documents/plugin");

        login("officer");
        selectFilter(GROUP_TASKS_FILTER);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        new WebDriverWait(browser, UI_TIMEOUT).until(ExpectedConditions.elementToBeClickable(DOCUMENTS_TAB)).click();
        WebElement heading = waitFor(By.cssSelector(".sinergi-documents h4.sinergi-record"));
        new WebDriverWait(browser, UI_TIMEOUT).until(driver -> heading.getText().contains(caseId));
        waitFor(By.cssSelector(".sinergi-documents .sinergi-document-list"));

        upload(scan, "Berita acara/pindaian pemeriksaan", "Pindaian berita acara pemeriksaan lapangan");
        WebElement listed = new WebDriverWait(browser, UI_TIMEOUT).until(driver -> driver
                .findElements(By.cssSelector("table.sinergi-document-list tr.sinergi-document")).stream()
                .filter(row -> row.getText().contains(scan.getFileName().toString())).findFirst().orElse(null));
        assertThat(listed.getText()).contains("Berita acara/pindaian pemeriksaan", "Staf: officer", "WIB",
                "Pindaian berita acara pemeriksaan lapangan");
        assertThat(waitFor(By.cssSelector(".sinergi-message .alert-success")).getText()).contains("tersimpan");
        assertThat(listed.findElement(By.cssSelector("a")).getAttribute("href"))
                .contains("/api/staff/enforcement-cases/" + caseId + "/documents/");

        upload(renamed, "Bukti pembayaran", null);
        WebElement refusal = waitFor(By.cssSelector(".sinergi-message .alert-danger"));
        assertThat(refusal.getText()).contains("Berkas ditolak", "bukan PDF, JPEG atau PNG");
        assertThat(jdbc.sql("SELECT file_name FROM case_document WHERE record_type = 'ENFORCEMENT_CASE' AND record_id = ?")
                .param(caseId).query(String.class).list()).containsExactly(scan.getFileName().toString());

        // docs/tasklist-documents.png in the README is a copy of it made by hand.
        screenshot("tasklist-documents");
        Files.deleteIfExists(scan);
        Files.deleteIfExists(renamed);
        Files.deleteIfExists(folder);
    }

    private void upload(Path file, String kind, String description) {
        WebElement form = waitFor(UPLOAD_FORM);
        form.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toAbsolutePath().toString());
        new Select(form.findElement(By.cssSelector("select[name='kind']"))).selectByVisibleText(kind);
        WebElement text = form.findElement(By.cssSelector("textarea[name='description']"));
        text.clear();
        if (description != null) {
            text.sendKeys(description);
        }
        clickCentered(form.findElement(By.cssSelector("button[type='submit']")));
        new WebDriverWait(browser, UI_TIMEOUT).until(driver -> !driver
                .findElements(By.cssSelector(".sinergi-message .alert-success, .sinergi-message .alert-danger")).isEmpty());
    }

    /** A real one-page PDF, as a scanner's software writes one. */
    private static Path pdf(Path file, String caseId) throws IOException {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText("Berita acara pemeriksaan " + caseId);
                content.endText();
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** A case the labour office reported, waiting at triage for the enforcement officers. */
    private String reportedCase() {
        return reportUnregisteredEmployer("91909" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L),
                "CV Batik Tulis Lasem", "Jl. Dr. Sutomo 5, Batang", "DN-BTG/2026/PERAMBAN", 5, 1_800_000);
    }

}
