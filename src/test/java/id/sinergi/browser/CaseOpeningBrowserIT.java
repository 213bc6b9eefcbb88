package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.EnforcementCaseRepository;
import id.sinergi.enforcement.Stage;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An enforcement officer opens a case from Tasklist's "Start process" dialog with the case-opening start
 * form (data matching as the source), then finds the case's triage task in the group list.
 *
 * <p>Runs only with {@code mvn -B verify -Pbrowser}; browser, Spring setup and Tasklist steps come from
 * {@link AbstractTasklistBrowserIT}.
 */
class CaseOpeningBrowserIT extends AbstractTasklistBrowserIT {

    private static final String PROCESS_NAME = "Buka kasus penegakan kepatuhan";
    private static final String TRIAGE_TASK_NAME = "Verifikasi laporan kasus";

    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void officerOpensACaseFromTasklistAndFindsItsTriageTask() {
        // A unique NIB per run: an open case for the same employer and violation would be refused.
        String nib = "91208" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
        String employerName = "CV Uji Peramban Pemadanan " + nib.substring(9);

        login("officer");
        openStartForm(PROCESS_NAME);
        selectOption("Sumber kasus", "Pemadanan data");
        fillTextfield("NIB (13 digit)", nib);
        fillTextfield("NPWP (15 atau 16 digit, tanpa tanda baca)", "0123456789" + nib.substring(8));
        fillTextfield("Nama badan usaha", employerName);
        fillTextfield("Alamat surat", "Jl. Sultan Agung 12, Pemalang");
        fillTextfield("Email surat", "hrd" + nib.substring(9) + "@peramban.example");
        selectOption("Skala usaha", "Kecil");
        selectOption("Kabupaten/kota (bila diketahui)", "Kabupaten Pemalang");
        selectOption("Pelanggaran", "Belum mendaftarkan pekerja");
        fillTextfield("Pekerja terdampak", "9");
        fillTextfield("Tunggakan iuran (Rp)", "3240000");
        fillTextfield("Lama tunggakan (bulan)", "3");
        fillTextfield("Nomor referensi (hasil pemadanan, surat, pengaduan)", "PMD-UJI-" + nib.substring(9));
        submitStartForm();

        var opened = cases.findOpen(nib, id.sinergi.enforcement.ViolationType.UNREGISTERED).orElseThrow();
        assertThat(opened.employerName()).isEqualTo(employerName);
        assertThat(opened.stage()).isEqualTo(Stage.TRIAGE);
        assertThat(opened.reportedBy()).isEqualTo("BPJS Kesehatan Kantor Cabang (officer)");
        assertThat(jdbc.sql("SELECT report_source || ' ' || employer_district FROM enforcement_case WHERE case_number = ?")
                .param(opened.caseNumber()).query(String.class).single()).isEqualTo("DATA_MATCHING pemalang");

        selectFilter(GROUP_TASKS_FILTER);
        String triageId = openTaskShowing(GROUP_TASKS_FILTER, TRIAGE_TASK_NAME, "Kasus ", opened.caseNumber(), UI_TIMEOUT);
        assertThat(waitForFormText(opened.caseNumber()).getText()).contains(employerName, "Belum mendaftarkan diri dan pekerjanya");
        assertThat(taskService.createTaskQuery().taskId(triageId).singleResult().getTaskDefinitionKey())
                .isEqualTo(EnforcementCaseProcess.Elements.TRIAGE);
    }
}
