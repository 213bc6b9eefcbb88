package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.enforcement.CaseReport;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.EnforcementCaseService;
import id.sinergi.enforcement.SizeClass;
import id.sinergi.enforcement.ViolationType;
import id.sinergi.notification.LetterRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives the real Tasklist in headless Debian chromium: an officer triages a freshly reported case
 * through its Camunda Form, the engine's job executor sends the summons in the background, and the
 * inspector then finds the inspection task for that case in their own list.
 *
 * <p>Runs only with {@code mvn -o -B verify -Pbrowser}; browser, Spring setup and Tasklist steps come
 * from {@link AbstractTasklistBrowserIT}.
 */
class TasklistBrowserIT extends AbstractTasklistBrowserIT {

    private static final String TRIAGE_TASK_NAME = "Verifikasi laporan kasus";
    private static final String INSPECTION_TASK_NAME = "Jadwalkan pemeriksaan";
    private static final String ACCEPT_LABEL = "Terima: lanjutkan penanganan";
    private static final String REGISTRATION_TASK_NAME = "Verifikasi pendaftaran sebelum pencabutan sanksi";

    @Autowired
    EnforcementCaseService caseService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    LetterRepository letters;

    @Test
    void officerTriagesCaseInTasklistAndInspectorGetsTheInspectionTask() throws java.io.IOException {
        // A large employer: the route table sends it straight to a joint inspection after triage.
        String employerName = "PT Uji Peramban Nusantara " + ThreadLocalRandom.current().nextInt(1000, 10000);
        EnforcementCase opened = caseService.report(largeEmployer(employerName), "Disnaker Kabupaten Batang");
        String caseNumber = opened.caseNumber();

        login("officer");
        selectFilter(GROUP_TASKS_FILTER);
        String triageTaskId = openTaskOfCase(TRIAGE_TASK_NAME, caseNumber, UI_TIMEOUT);

        // The case summary is templated text in the form, not an input the officer could change.
        WebElement summary = waitForFormText(caseNumber);
        // Sizes, violations, amounts and stages by their Indonesian names, never the codes the engine keeps.
        assertThat(summary.getText()).contains(caseNumber, employerName, "usaha besar", "Disnaker Kabupaten Batang",
                        "Mendaftarkan sebagian pekerja", "Rp54.000.000 untuk 4 bulan", "Tahap saat ini: Verifikasi laporan")
                .doesNotContain("{{", "LARGE", "PARTIALLY_REGISTERED", "54000000", "TRIAGE");
        assertThat(summary.findElements(By.cssSelector("input, textarea, select"))).isEmpty();
        // Triage shows the report as it came in and the employer's other cases.
        assertThat(waitForFormText("Uraian laporan").getText()).containsPattern("NPWP: \\d{2}\\.\\d{3}\\.\\d{3}\\.\\d-\\d{3}\\.\\d{3}")
                .contains("Kawasan Industri Terpadu Batang Blok Z-1", "UJI-PERAMBAN", "150 pekerja belum didaftarkan");
        assertThat(waitForFormText("Kasus lain badan usaha ini").getText()).contains("Tidak ada kasus lain");
        screenshot("tasklist-triage-form");

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
        // The inspector first sets the appointment: no summons goes out before it.
        String inspectionTaskId = openTaskOfCase(INSPECTION_TASK_NAME, caseNumber, NEXT_TASK_TIMEOUT);
        assertThat(waitForFormText(caseNumber).getText()).contains(employerName).doesNotContain("{{");
        assertThat(waitForFormText("Pemeriksaan gabungan").getText()).contains("Pengawas Ketenagakerjaan: Ya");

        Task inspection = taskService.createTaskQuery().taskId(inspectionTaskId).singleResult();
        assertThat(inspection).as("inspection task in the engine").isNotNull();
        assertThat(inspection.getProcessInstanceId()).isEqualTo(opened.processInstanceId());
        assertThat(inspection.getTaskDefinitionKey()).isEqualTo(EnforcementCaseProcess.Elements.SCHEDULE_INSPECTION);
        assertThat(taskService.getIdentityLinksForTask(inspection.getId()))
                .anySatisfy(link -> {
                    assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
                    assertThat(link.getGroupId()).isEqualTo("inspectors");
                });
        assertThat(letters.forCase(caseNumber)).as("no summons before the appointment is set").isEmpty();
    }

    @Test
    void officerTellsCasesApartOnTheTaskCards() throws java.io.IOException {
        String employerName = "PT Kartu Tugas Sejahtera " + ThreadLocalRandom.current().nextInt(1000, 10000);
        EnforcementCase opened = caseService.report(largeEmployer(employerName), "Disnaker Kabupaten Batang");
        String caseNumber = opened.caseNumber();
        // Overdue, so it is the first card of the list (sorted by due date) whatever else is waiting.
        Task triage = taskService.createTaskQuery().processInstanceId(opened.processInstanceId()).singleResult();
        triage.setDueDate(java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(400))));
        taskService.saveTask(triage);

        login("officer");
        selectFilter(GROUP_TASKS_FILTER);
        By card = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//h4[contains(@class,'task')]/a[contains(@href,'task="
                + triage.getId() + "')]]");
        WebElement shown = new WebDriverWait(browser, UI_TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> {
                    var cards = driver.findElements(card);
                    return !cards.isEmpty() && cards.get(0).getText().contains(employerName) ? cards.get(0) : null;
                });
        // The first two variables are on the card at once; the rest after "Tampilkan lebih banyak".
        assertThat(shown.getText()).contains(TRIAGE_TASK_NAME, "No. kasus:", caseNumber, "Badan usaha:", employerName)
                .doesNotContain("Mitra", "No. referensi");
        clickCentered(shown.findElement(By.cssSelector(".shutter")));
        new WebDriverWait(browser, UI_TIMEOUT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(driver -> driver.findElement(card).getText().contains("Tahap:"));
        assertThat(browser.findElement(card).getText()).contains("Tahap:", "Verifikasi laporan").doesNotContain("TRIAGE");
        screenshot("tasklist-cases");
    }

    @Test
    void officerRecordsTheRegistrationARecoveredCaseWaitsForBeforeItsLifting() throws java.io.IOException {
        EnforcementCase opened = waitingForRegistration("PT Uji Pendaftaran Peramban ");
        String taskId = openRegistrationCheck(opened);
        assertThat(waitForFormText("Pasal 10 ayat (7)").getText()).contains("Jaksa Pengacara Negara", "rencana cicilan", "data kepesertaan");
        claimTask();
        By workers = By.xpath("//div[contains(@class,'fjs-form')]//label[contains(., 'Jumlah pekerja yang terdaftar')]");
        assertThat(browser.findElements(workers)).as("the number of workers is asked only for a registration").isEmpty();
        chooseOption("Badan usaha dan seluruh pekerjanya telah terdaftar");
        waitFor(workers);
        fillTextfield("Jumlah pekerja yang terdaftar", "150");
        fillTextfield("Tanggal pendaftaran atau penyampaian data", todayAsTheDatePickerWritesIt());
        fillTextfield("Nomor bukti (nomor registrasi badan usaha atau tanda terima data)", "REG-UJI-150");
        screenshot("tasklist-registration-before-lifting");
        completeTask();
        waitUntilTaskGone(taskId);

        // The verification is in the ledger the lifting letter reads (Pasal 10(8)), with what the officer entered.
        var entry = jdbc.sql("SELECT kind, workers_registered, reference, compliance_date, status, source FROM compliance_report"
                        + " WHERE case_number = ?").param(opened.caseNumber())
                .query((rs, row) -> java.util.List.of(rs.getString("kind"), rs.getInt("workers_registered"), rs.getString("reference"),
                        rs.getObject("compliance_date", java.time.LocalDate.class), rs.getString("status"), rs.getString("source")))
                .single();
        assertThat(entry).containsExactly("WORKERS_REGISTERED", 150, "REG-UJI-150", java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE),
                "VERIFIED", "STAFF");
    }

    @Test
    void officerRecordsThatTheEmployerIsNotRegisteredYet() throws java.io.IOException {
        EnforcementCase opened = waitingForRegistration("PT Uji Belum Terdaftar ");
        String taskId = openRegistrationCheck(opened);
        waitForFormText("Pasal 10 ayat (7)");
        claimTask();
        assertThat(waitForFormText("Pasal 10 ayat (7)").getText()).contains("dibuka lagi dalam 20 hari kerja").doesNotContain("{{");
        chooseOption("Belum terdaftar (atau data belum lengkap): kasus tetap menunggu dan pemeriksaan ini dibuka lagi kemudian");
        By notes = By.xpath("//div[contains(@class,'fjs-form')]//label[contains(., 'Hasil pemeriksaan data kepesertaan')]");
        waitFor(notes);
        // Neither a proof nor its date is asked for what is not there.
        By proof = By.xpath("//div[contains(@class,'fjs-form')]//label[contains(., 'Nomor bukti')]");
        assertThat(browser.findElements(proof)).isEmpty();
        fillTextarea("Hasil pemeriksaan data kepesertaan", "Baru 40 dari 150 pekerja terdaftar per hari ini");
        screenshot("tasklist-registration-not-yet");
        completeTask();
        waitUntilTaskGone(taskId);

        // Nothing in the ledger; the check comes back when its timer fires, the sanction in force meanwhile.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM compliance_report WHERE case_number = ?").param(opened.caseNumber())
                .query(Long.class).single()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(opened.processInstanceId()).timers()
                .activityId(EnforcementCaseProcess.Elements.REGISTRATION_RECHECK).count()).isOne();
    }

    @Test
    void officerVerifiesARegistrationAnAgencyReportsWhileTheCaseWaits() throws java.io.IOException {
        String employerName = "PT Uji Laporan Pendaftaran " + ThreadLocalRandom.current().nextInt(1000, 10000);
        EnforcementCase opened = caseService.report(largeEmployer(employerName), "Disnaker Kabupaten Batang");
        waitingForRegistration(opened);
        caseService.reportCompliance(opened.caseNumber(), new id.sinergi.enforcement.ComplianceReport(
                id.sinergi.enforcement.ComplianceKind.WORKERS_REGISTERED, java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE),
                BigDecimal.ZERO, 150, "REG-AGENSI-150"), "disnaker-batang", null);

        login("officer");
        selectFilter(GROUP_TASKS_FILTER);
        String taskId = openTaskOfCase("Verifikasi laporan kepatuhan sebelum pencabutan sanksi", opened.caseNumber(), UI_TIMEOUT);
        assertThat(waitForFormText("Pasal 10 ayat (7)").getText()).contains("masuk selama menunggu");
        // The report as the agency sent it, by name rather than code.
        assertThat(waitForFormText("Laporan kepatuhan:").getText()).contains("Pekerja didaftarkan: 150", "REG-AGENSI-150")
                .doesNotContain("WORKERS_REGISTERED", "{{");
        claimTask();
        chooseOption("Terverifikasi: catat sebagai bukti; sanksi diminta dicabut bila pendaftaran sudah terpenuhi");
        screenshot("tasklist-reported-registration");
        completeTask();
        waitUntilTaskGone(taskId);

        assertThat(jdbc.sql("SELECT status FROM compliance_report WHERE case_number = ?").param(opened.caseNumber())
                .query(String.class).single()).isEqualTo("VERIFIED");
    }

    /**
     * Moves a new case straight to the step after a recovery, as an administrator moves a case in Cockpit, with what the
     * ladder would have left (the outcome, services withheld); the ladder before it is covered by the process tests.
     */
    /** A large employer's case, recovered and waiting for its registration before lifting. */
    private EnforcementCase waitingForRegistration(String employerPrefix) {
        String employerName = employerPrefix + ThreadLocalRandom.current().nextInt(1000, 10000);
        EnforcementCase opened = caseService.report(largeEmployer(employerName), "Disnaker Kabupaten Batang");
        waitingForRegistration(opened);
        return opened;
    }

    /** The officer opens the case's registration check in Tasklist; its task id. */
    private String openRegistrationCheck(EnforcementCase opened) {
        login("officer");
        selectFilter(GROUP_TASKS_FILTER);
        return openTaskOfCase(REGISTRATION_TASK_NAME, opened.caseNumber(), UI_TIMEOUT);
    }

    private void waitingForRegistration(EnforcementCase opened) {
        runtimeService.setVariables(opened.processInstanceId(), java.util.Map.of(EnforcementCaseProcess.Vars.OUTCOME, "PAID_IN_FULL",
                EnforcementCaseProcess.Vars.SERVICES_WITHHELD, true));
        runtimeService.createProcessInstanceModification(opened.processInstanceId())
                .startBeforeActivity(EnforcementCaseProcess.Elements.VERIFY_REGISTRATION_FOR_LIFTING)
                .cancelAllForActivity("SubProcess_Ladder")
                .execute();
    }

    /** form-js's date picker takes a date typed as month/day/year. */
    private static String todayAsTheDatePickerWritesIt() {
        return java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"));
    }

    /** The case number is in every form's case summary ("Kasus ..."), never on the task cards. */
    private String openTaskOfCase(String taskName, String caseNumber, Duration timeout) {
        return openTaskShowing(GROUP_TASKS_FILTER, taskName, "Kasus ", caseNumber, timeout);
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
}
