package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enforcement officer uploads a matching run's CSV through Tasklist's embedded start form; the job
 * executor imports it in the background; the officer finds the result in "Tugas saya", sees its counts,
 * and completes the review.
 *
 * <p>Runs only with {@code mvn -B verify -Pbrowser}.
 */
class DataMatchingBrowserIT extends AbstractTasklistBrowserIT {

    private static final String PROCESS_NAME = "Impor hasil pemadanan data";
    private static final String REVIEW_TASK_NAME = "Periksa hasil pemadanan data";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    HistoryService history;

    @Test
    void officerUploadsAMatchingFileAndReviewsItsResult() throws IOException {
        String nib = "91209" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        Path csv = Files.createTempFile("pemadanan-" + nib + "-", ".csv");
        Files.writeString(csv, """
                nib,npwp,name,address,email,size_class,violation,workers,arrears,months,reference
                %1$s,01.234.567.8-901.000,CV Peramban Padan,"Jl. Uji 1, Batang",hrd@peramban.example,KECIL,UNREGISTERED,7,0,0,PMD-UJI/%1$s/1
                %1$s,012345678901234,CV Peramban Padan,Jl. Uji 1,hrd@peramban.example,KECIL,UNREGISTERED,7,0,0,PMD-UJI/%1$s/2
                %1$s,012345678901234,CV Peramban Padan,Jl. Uji 1,bukan-email,KECIL,CONTRIBUTION_ARREARS,7,100.000,1,PMD-UJI/%1$s/3
                """.formatted(nib), StandardCharsets.UTF_8);

        login("officer");
        new WebDriverWait(browser, UI_TIMEOUT)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".start-process-action a"))).click();
        // The dialog renders its list before its click handlers are live on a loaded machine (CI saw a click
        // land on the link and do nothing), so the click is repeated until the embedded form appears.
        By process = By.xpath("//div[contains(@class,'modal-body')]//ul[contains(@class,'processes')]//a[normalize-space(.)='"
                + PROCESS_NAME + "']");
        By fileInput = By.cssSelector(".modal-body input[type='file']");
        WebElement file = new WebDriverWait(browser, UI_TIMEOUT).pollingEvery(java.time.Duration.ofSeconds(5)).until(driver -> {
            var found = driver.findElements(fileInput);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            driver.findElements(process).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
            return null;
        });
        file.sendKeys(csv.toAbsolutePath().toString());
        browser.findElement(By.cssSelector(".modal-body textarea")).sendKeys("Uji peramban " + nib);
        submitStartForm();

        String importId = jdbc.sql("SELECT import_id FROM matching_import WHERE file_name = ?")
                .param(csv.getFileName().toString()).query(String.class).single();
        selectFilter("Tugas saya");
        String reviewId = openTaskShowing("Tugas saya", REVIEW_TASK_NAME, "Hasil pemadanan", importId, NEXT_TASK_TIMEOUT);
        assertThat(waitForFormText(importId).getText())
                .contains("Baris dalam berkas: 3", "Kasus baru dibuka: 1", "Tidak valid: 1")
                .containsPattern("Duplikat .*: 1");

        selectOption("Tindak lanjut baris tidak valid", "Dikembalikan ke penyedia data pemadanan");
        completeTask();
        waitUntilTaskGone(reviewId);
        assertThat(history.createHistoricVariableInstanceQuery().variableName("invalidRowsFollowUp")
                .processInstanceIdIn(jdbc.sql("SELECT process_instance_id FROM matching_import WHERE import_id = ?")
                        .param(importId).query(String.class).single())
                .singleResult().getValue()).isEqualTo("RETURN_TO_SOURCE");
        Files.deleteIfExists(csv);
    }
}
