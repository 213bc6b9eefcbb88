package id.sinergi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.agreement.Agreement;
import id.sinergi.agreement.AgreementKind;
import id.sinergi.agreement.AgreementProcess;
import id.sinergi.agreement.AgreementRepository;
import id.sinergi.agreement.AgreementStage;
import id.sinergi.agreement.PartnerKind;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives an inter-agency agreement from Tasklist's "Start process" dialog: the partnerships unit fills the
 * start form and clears the exploration, legal approves the proposal, and the job executor sends the draft
 * to the partner, after which partnerships finds the task to record the partner's response.
 *
 * <p>Runs only with {@code mvn -o -B verify -Pbrowser}; browser, Spring setup and Tasklist steps come
 * from {@link AbstractTasklistBrowserIT}.
 */
class AgreementStartBrowserIT extends AbstractTasklistBrowserIT {

    private static final String PROCESS_NAME = "Perjanjian Kerja Sama Antarlembaga";
    private static final String EXPLORATION_TASK_NAME = "Penjajakan usulan kerja sama";
    private static final String LEGAL_REVIEW_TASK_NAME = "Kajian hukum usulan";
    private static final String PARTNER_RESPONSE_TASK_NAME = "Catat tanggapan mitra atas draf";
    /** Every agreement form starts with the same summary; this line is in it once the template rendered. */
    private static final String SUMMARY_ANCHOR = "Ruang lingkup:";

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AgreementRepository agreements;

    @Test
    void partnershipsStartsAgreementInTasklistAndLegalApprovesIt() {
        // Demo agreements and earlier runs share the lists: a unique marker finds this run's agreement.
        String marker = "UJI-" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        String partnerName = "Dinas Tenaga Kerja Kabupaten Uji Peramban " + marker;
        String title = "PKS Perluasan Kepesertaan dan Pertukaran Data " + marker;
        String legalNotes = "Tidak ada keberatan hukum; uji peramban " + marker + ".";

        login("partnerships");
        openStartForm(PROCESS_NAME);
        chooseOption("Perjanjian Kerja Sama (PKS)");
        fillTextfield("Nama instansi mitra", partnerName);
        selectOption("Jenis instansi mitra", "Dinas Ketenagakerjaan");
        fillTextfield("Judul perjanjian", title);
        fillTextarea("Ruang lingkup", "Perluasan kepesertaan JKN pekerja dan pertukaran data kepesertaan.");
        chooseOption("Perluasan kepesertaan JKN");
        chooseOption("Pertukaran data");
        fillTextfield("Jangka waktu (tahun)", "3");
        fillTextfield("Narahubung BPJS Kesehatan", "Ayu Kemitraan");
        fillTextfield("Email narahubung BPJS Kesehatan", "ayu.kemitraan@bpjs-uji.example");
        fillTextfield("Narahubung mitra", "Budi Disnaker");
        fillTextfield("Email narahubung mitra", "budi@disnaker-uji.example");
        submitStartForm();

        // The instance the browser started, found by the marker in its title.
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(AgreementProcess.KEY)
                .variableValueEquals(AgreementProcess.Vars.TITLE, title).singleResult();
        assertThat(instance).as("agreement started from Tasklist").isNotNull();
        String agreementId = instance.getBusinessKey();
        assertThat(agreementId).as("draft reference as business key")
                .matches("AGR-\\d{4}-\\d{4}");

        // What the start form sent is what the register holds: select, checkboxes and number included.
        Agreement proposed = agreements.find(agreementId).orElseThrow();
        assertThat(proposed.processInstanceId()).isEqualTo(instance.getId());
        assertThat(proposed.kind()).isEqualTo(AgreementKind.PKS);
        assertThat(proposed.partnerName()).isEqualTo(partnerName);
        assertThat(proposed.partnerKind()).isEqualTo(PartnerKind.LABOUR_OFFICE);
        assertThat(proposed.purposes()).containsExactlyInAnyOrder("COVERAGE_EXPANSION", "DATA_EXCHANGE");
        assertThat(proposed.termYears()).isEqualTo(3);
        assertThat(proposed.partnerContactEmail()).isEqualTo("budi@disnaker-uji.example");
        assertThat(proposed.proposedBy()).as("initiator is the Tasklist user").isEqualTo("partnerships");
        assertThat(runtimeService.getVariable(instance.getId(), AgreementProcess.Vars.INCLUDES_DATA_EXCHANGE))
                .isEqualTo(true);

        selectFilter(GROUP_TASKS_FILTER);
        String explorationTaskId = openAgreementTask(EXPLORATION_TASK_NAME, title, UI_TIMEOUT);
        assertThat(waitForFormText(title).getText()).contains(agreementId, partnerName).doesNotContain("{{");
        claimTask();
        chooseOption("Lanjutkan: sesuai mandat dan rencana strategis");
        fillTextarea("Catatan penjajakan", "Sesuai rencana strategis kemitraan; uji peramban.");
        completeTask();
        waitUntilTaskGone(explorationTaskId);
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(explorationTaskId).singleResult()
                .getProcessInstanceId()).isEqualTo(instance.getId());

        logout();
        login("legal");
        selectFilter(GROUP_TASKS_FILTER);
        String legalTaskId = openAgreementTask(LEGAL_REVIEW_TASK_NAME, title, UI_TIMEOUT);
        // The summary is templated text, not inputs legal could change.
        WebElement summary = waitForFormText(title);
        assertThat(summary.getText()).contains(agreementId, title, partnerName, "Dinas Ketenagakerjaan", "3 (tiga) tahun")
                // kind, partner kind and stage by their Indonesian names (agreementSummary), never codes
                .contains("Perjanjian Kerja Sama (PKS)")
                .contains("Kajian hukum")
                .doesNotContain("{{", "LABOUR_OFFICE", "LEGAL_REVIEW");
        assertThat(summary.findElements(By.cssSelector("input, textarea, select"))).isEmpty();
        claimTask();
        chooseOption("Setujui untuk dirumuskan bersama mitra");
        fillTextarea("Pendapat hukum / catatan", legalNotes);
        completeTask();
        waitUntilTaskGone(legalTaskId);

        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(legalTaskId).singleResult()
                .getProcessInstanceId()).isEqualTo(instance.getId());
        assertThat(agreements.notes(agreementId))
                .filteredOn(note -> note.kind().equals("LEGAL_REVIEW"))
                .singleElement()
                .satisfies(note -> {
                    assertThat(note.decision()).isEqualTo("APPROVE");
                    assertThat(note.notes()).isEqualTo(legalNotes);
                    assertThat(note.author()).isEqualTo("legal");
                    assertThat(note.round()).isEqualTo(1);
                });

        // The draft goes out in an asynchronous service task; the job executor runs it by itself.
        Task partnerResponse = new WebDriverWait(browser, NEXT_TASK_TIMEOUT).pollingEvery(Duration.ofSeconds(1))
                .withMessage(() -> "no '" + PARTNER_RESPONSE_TASK_NAME + "' task for " + agreementId)
                .until(driver -> taskService.createTaskQuery().processInstanceId(instance.getId())
                        .taskDefinitionKey(AgreementProcess.Elements.RECORD_PARTNER_RESPONSE).singleResult());
        assertThat(partnerResponse.getName()).isEqualTo(PARTNER_RESPONSE_TASK_NAME);
        assertThat(taskService.getIdentityLinksForTask(partnerResponse.getId()))
                .anySatisfy(link -> {
                    assertThat(link.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
                    assertThat(link.getGroupId()).isEqualTo("partnerships");
                });
        assertThat(agreements.find(agreementId).orElseThrow().stage()).isEqualTo(AgreementStage.DRAFTING);

        // And partnerships sees it in Tasklist, for this agreement, in its first draft round.
        logout();
        login("partnerships");
        selectFilter(GROUP_TASKS_FILTER);
        String shownTaskId = openAgreementTask(PARTNER_RESPONSE_TASK_NAME, title, UI_TIMEOUT);
        assertThat(shownTaskId).isEqualTo(partnerResponse.getId());
        assertThat(waitForFormText(title).getText()).contains(agreementId, partnerName).doesNotContain("{{");
        assertThat(waitForFormText("Putaran draf").getText()).contains("Putaran draf: 1");
        // Every letter issued on the agreement, by number: the draft just sent is the first.
        assertThat(waitForFormText("Surat yang telah diterbitkan").getText()).contains("Penyampaian Draf Perjanjian");
    }

    private String openAgreementTask(String taskName, String title, Duration timeout) {
        return openTaskShowing(GROUP_TASKS_FILTER, taskName, SUMMARY_ANCHOR, title, timeout);
    }
}
