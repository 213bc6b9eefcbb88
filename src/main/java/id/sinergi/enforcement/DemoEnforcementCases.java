package id.sinergi.enforcement;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a handful of open cases against invented employers around Pekalongan and Batang,
 * created once on an empty database. Two are already past triage so every group has work to see.
 */
@Component
@Profile("demo")
@Order(20)
class DemoEnforcementCases {

    private final EnforcementCaseService service;
    private final RuntimeService runtime;
    private final TaskService tasks;

    DemoEnforcementCases(EnforcementCaseService service, RuntimeService runtime, TaskService tasks) {
        this.service = service;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @EventListener(ApplicationStartedEvent.class)
    public void create() {
        if (runtime.createProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.KEY).count() > 0) {
            return;
        }
        List<CaseReport> reports = List.of(
                report("9120301234567", "012345678901234", "CV Batik Pesisir Sejahtera", "Jl. Jlamprang No. 12, Kota Pekalongan",
                        "personalia@batikpesisir.example", SizeClass.SMALL, ViolationType.UNREGISTERED, 18, 6_480_000, 3,
                        "18 pekerja pembatik belum didaftarkan (hasil pemadanan data Disnaker)"),
                report("9120302345678", "0234567890123456", "PT Tekstil Batang Raya", "Kawasan Industri Terpadu Batang Blok C-7, Kab. Batang",
                        "hrd@tekstilbatang.example", SizeClass.LARGE, ViolationType.PARTIALLY_REGISTERED, 240, 86_400_000, 4,
                        "240 dari 1.150 pekerja belum didaftarkan; upah dilaporkan di bawah UMK"),
                report("9120303456789", "034567890123456", "PT Sinar Abadi Logistik", "Jl. Raya Pantura Km 3, Kab. Pemalang",
                        "keuangan@sinarabadi.example", SizeClass.MEDIUM, ViolationType.CONTRIBUTION_ARREARS, 64, 38_400_000, 5,
                        "Iuran Juli-November belum dibayar"),
                report("9120304567890", "045678901234567", "UD Kopi Petungkriyono", "Desa Kayupuring, Petungkriyono, Kab. Pekalongan",
                        "udkopi@petungkriyono.example", SizeClass.MICRO, ViolationType.UNREGISTERED, 4, 1_440_000, 3,
                        "Usaha mikro, 4 pekerja belum terdaftar"),
                report("9120305678901", "056789012345678", "CV Sinar Abadi (Cab. Batang)", "Jl. Gajah Mada No. 88, Batang",
                        "admin@cvsinarabadi.example", SizeClass.SMALL, ViolationType.CONTRIBUTION_ARREARS, 12, 7_200_000, 6,
                        "Tunggakan iuran 6 bulan"));
        for (int i = 0; i < reports.size(); i++) {
            var opened = service.report(reports.get(i), i % 2 == 0 ? "Disnaker Kabupaten Batang" : "BPJS Kesehatan Cabang Pekalongan");
            if (i == 1 || i == 2) {
                acceptTriage(opened.processInstanceId());
            }
        }
    }

    private void acceptTriage(String processInstanceId) {
        var task = tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(EnforcementCaseProcess.Elements.TRIAGE).singleResult();
        tasks.complete(task.getId(), java.util.Map.of(
                EnforcementCaseProcess.Vars.TRIAGE_DECISION, "ACCEPT",
                "triageNotes", "Data kepesertaan dicek: laporan berdasar."));
    }

    private static CaseReport report(String nib, String npwp, String name, String address, String email, SizeClass size,
                                     ViolationType type, int workers, long arrears, int months, String description) {
        return new CaseReport(new CaseReport.Employer(nib, npwp, name, address, email, size),
                new CaseReport.Violation(type, workers, BigDecimal.valueOf(arrears), months, description), null);
    }
}
