package id.sinergi.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.AgencyTokens;
import id.sinergi.agreement.AgreementProcess.Elements;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRepository;
import id.sinergi.support.ProcessCoverageGate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/** Every path of {@code agreement} on the real engine and the real database. */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ProcessCoverageGate.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class AbstractAgreementProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AgreementRepository agreements;
    @Autowired
    LetterRepository letters;
    @Autowired
    AgencyTokens tokens;
    @Autowired
    AgreementDeadlines deadlines;
    @Autowired
    AgreementTermination termination;
    @Autowired
    id.sinergi.calendar.DeadlineCalculator calendar;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

    AgreementDriver start(String kind, String partnerKind, boolean dataExchange) {
        return AgreementDriver.start(engine, AgreementDriver.proposal(kind, partnerKind, dataExchange));
    }

    Agreement stored(AgreementDriver driver) {
        return agreements.find(driver.agreementId).orElseThrow();
    }

    List<Letter> lettersOf(String reference) {
        return letters.forCase(reference);
    }

    @Test
    void aProposalGetsADraftReferenceAsBusinessKeyAndGoesToExploration() {
        var driver = start("PKS", "LABOUR_OFFICE", false);

        assertThat(driver.agreementId).matches("AGR-\\d{4}-\\d{4}");
        var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(driver.processInstanceId).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(driver.agreementId);
        assertThat(driver.task(Elements.EXPLORE).getDueDate()).isNotNull();
        Agreement a = stored(driver);
        assertThat(a.stage()).isEqualTo(AgreementStage.EXPLORATION);
        assertThat(a.purposes()).containsExactly("COVERAGE_EXPANSION", "ENFORCEMENT");
        assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(Elements.EXPLORE).getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("partnerships"));
        assertThat(driver.variable("stageName")).isEqualTo("Penjajakan");
        // What the Tasklist card shows, copied onto the task, which staff may read.
        assertThat(engine.getTaskService().getVariablesLocal(driver.task(Elements.EXPLORE).getId()))
                .containsEntry("agreementId", driver.agreementId)
                .containsEntry("partnerName", driver.variable("partnerName"))
                .containsEntry("stageName", "Penjajakan")
                .doesNotContainKeys("agreementNumber", "caseNumber");
    }

    @Test
    void explorationCanStopTheProposal() {
        var driver = start("MOU", "OTHER", false).explore("STOP");

        BpmnAwareTests.assertThat(instance(driver)).isEnded().hasPassed(Elements.STOPPED_AT_EXPLORATION);
        Agreement a = stored(driver);
        assertThat(a.outcome()).isEqualTo(AgreementOutcome.STOPPED_AT_EXPLORATION);
        assertThat(a.status()).isEqualTo(Agreement.ENDED);
        assertThat(a.agreementNumber()).as("a stopped proposal never gets a number").isNull();
    }

    /**
     * Issue 12: an agreement's forms name its kind, partner kind and stage in Indonesian, never by code, with
     * the number and the dates once registered; the signature steps list every letter issued by number,
     * addressee and date.
     */
    @Test
    void agreementFormsNameKindPartnerAndStageAndListTheLettersIssued() {
        var driver = start("PKS", "LABOUR_OFFICE", true).explore("GO");
        var review = engine.getFormService().getTaskFormVariables(driver.task(Elements.LEGAL_REVIEW).getId());
        assertThat((String) review.get("agreementSummary"))
                .startsWith("### " + driver.agreementId + " · Optimalisasi kepesertaan JKN pekerja penerima upah di Kabupaten Batang\n")
                .contains("**Jenis:** Perjanjian Kerja Sama (PKS)")
                .contains("**Mitra:** Dinas Tenaga Kerja Kabupaten Batang (Dinas Ketenagakerjaan)")
                .contains("**Ruang lingkup:** Pemadanan data badan usaha, sosialisasi dan penegakan kepatuhan bersama")
                .contains("**Jangka waktu:** 3 (tiga) tahun")
                .contains("**Tahap saat ini:** Kajian hukum")
                .doesNotContain("LABOUR_OFFICE", "LEGAL_REVIEW", "{{");

        driver.legalReview("APPROVE", "sesuai").partnerResponds("AGREED", "").approveConcept("APPROVE");
        var signing = engine.getFormService().getTaskFormVariables(driver.task(Elements.RECORD_PARTNER_SIGNATURE).getId());
        assertThat((String) signing.get("agreementSummary")).contains("**Tahap saat ini:** Penandatanganan")
                .contains("**Referensi draf:** " + driver.agreementId).doesNotContain("SIGNING");
        String table = (String) signing.get("agreementLetters");
        List<Letter> issued = letters.forCase(driver.agreementId, true);
        assertThat(issued).extracting(Letter::kind).contains(LetterKind.AGREEMENT_DRAFT, LetterKind.AGREEMENT_DRAFT_TEXT);
        for (Letter letter : issued) {
            assertThat(table).contains("| " + letter.number() + " | " + letter.kind().title() + " | "
                    + id.sinergi.system.Markdown.cell(letter.recipientName()) + " | "
                    + id.sinergi.notification.Formats.date(letter.createdAt().atZoneSameInstant(java.time.ZoneId.of("Asia/Jakarta")).toLocalDate())
                    + " |");
        }
        assertThat(table).contains("(" + issued.size() + ")");

        driver.sign("2026-11-20", "2026-11-23");
        var dataset = engine.getFormService().getTaskFormVariables(driver.task(Elements.DEFINE_DATASET).getId());
        assertThat((String) dataset.get("agreementSummary")).startsWith("### " + stored(driver).agreementNumber() + " · ")
                .contains("**Nomor perjanjian:** " + stored(driver).agreementNumber())
                .contains("**Berlaku:** 23 November 2026 sampai dengan 22 November 2029")
                .contains("**Tahap saat ini:** Penyiapan pertukaran data")
                .doesNotContain("DATA_EXCHANGE_SETUP");
    }

    /** Issue 12: the personal-data review shows every field the dataset step chose, whether it is personal, and why. */
    @Test
    void personalDataReviewListsEveryDatasetFieldChosenWithItsPurpose() {
        var driver = start("PKS", "LABOUR_OFFICE", true).throughConcept().sign("2026-11-20", "2026-11-23");
        driver.complete(Elements.DEFINE_DATASET, Map.of("datasetNib", true, "datasetKbli", true, "datasetNik", true,
                "datasetMembershipStatus", true, "datasetDistrictAggregates", true, "datasetWageTotal", false,
                "datasetPurpose", "pemadanan *data* kepesertaan"));

        var form = engine.getFormService().getTaskFormVariables(driver.task(Elements.REVIEW_PERSONAL_DATA).getId());
        String review = (String) form.get("datasetReview");
        assertThat(review).contains("(5 kolom)")
                .contains("| NIB | Nomor Induk Berusaha, untuk memadankan badan usaha | Tidak |")
                .contains("| Kode KBLI | ")
                .contains("| NIK | Nomor Induk Kependudukan pekerja | **Ya** |")
                .contains("| Status kepesertaan | status kepesertaan JKN pekerja | **Ya** |")
                .contains("| Agregat per kabupaten/kota | ")
                .contains("**Memuat NIK:** Ya")
                .contains("**Tujuan penggunaan data:** pemadanan \\*data\\* kepesertaan")
                .contains("- " + Purpose.DATA_EXCHANGE.aim())
                .doesNotContain("| Total upah |", "| NPWP |", "datasetNik");
        assertThat(review.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Kolom"))).hasSize(5);
        assertThat((String) form.get("agreementSummary")).contains("Penyiapan pertukaran data");
    }

    /**
     * Issue 12: revising a proposal the legal review sent back may change its title, scope and term; the
     * register, the variables, the next review and the drafts all use the new values, and the case file's
     * notes say what changed.
     */
    @Test
    void revisingTheProposalChangesTitleScopeAndTermForTheNextReviewAndTheDraft() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO").legalReview("SEND_BACK", "Judul *terlalu* umum");
        var form = engine.getFormService().getTaskFormVariables(driver.task(Elements.REVISE_PROPOSAL).getId());
        assertThat(form.get("title")).as("prefilled").isEqualTo("Optimalisasi kepesertaan JKN pekerja penerima upah di Kabupaten Batang");
        assertThat(form.get("termYears")).as("prefilled").isEqualTo(3);
        assertThat((String) form.get("legalNotesText")).isEqualTo("> Judul \\*terlalu\\* umum");

        driver.reviseProposal("Pemadanan data kepesertaan JKN pekerja di Kabupaten Batang", "Pemadanan data badan usaha saja", 5);

        Agreement a = stored(driver);
        assertThat(a.title()).isEqualTo("Pemadanan data kepesertaan JKN pekerja di Kabupaten Batang");
        assertThat(a.scope()).isEqualTo("Pemadanan data badan usaha saja");
        assertThat(a.termYears()).isEqualTo(5);
        assertThat(driver.variable("termYears")).isEqualTo(5);
        assertThat(agreements.notes(driver.agreementId)).filteredOn(n -> n.kind().equals("PROPOSAL_REVISION")).singleElement()
                .satisfies(note -> assertThat(note.notes()).contains("pasal kerahasiaan ditambahkan", "ruang lingkup diubah",
                        "jangka waktu: 3 menjadi 5 tahun"));
        var next = engine.getFormService().getTaskFormVariables(driver.task(Elements.LEGAL_REVIEW).getId());
        assertThat((String) next.get("agreementSummary"))
                .contains("· Pemadanan data kepesertaan JKN pekerja di Kabupaten Batang\n")
                .contains("**Ruang lingkup:** Pemadanan data badan usaha saja")
                .contains("**Jangka waktu:** 5 (lima) tahun");

        driver.legalReview("APPROVE", "sesuai");
        assertThat(lettersOf(driver.agreementId + "-R1")).extracting(Letter::body)
                .anySatisfy(body -> assertThat(body).contains("Pemadanan data kepesertaan JKN pekerja di Kabupaten Batang",
                        "Pemadanan data badan usaha saja"))
                .anySatisfy(body -> assertThat(body).contains("5 (lima) tahun"));
        driver.partnerResponds("AGREED", "").approveConcept("APPROVE").sign("2026-11-20", "2026-11-23");
        assertThat(stored(driver).endDate()).as("registered for the revised term").isEqualTo(LocalDate.of(2031, 11, 22));
    }

    /** The revised term is held to the proposal's own limits (1 to 10 years), and the refusal names the field. */
    @ParameterizedTest
    @CsvSource({"0", "11"})
    void aRevisedTermOutsideTheProposalsLimitsIsRefused(int termYears) {
        var driver = start("MOU", "MINISTRY", false).explore("GO").legalReview("SEND_BACK", "Jangka waktu diperjelas");

        assertThatThrownBy(() -> driver.reviseProposal("Judul baru", "Ruang lingkup baru", termYears))
                .hasMessageContaining("'termYears' must be between 1 and 10");
        assertThatThrownBy(() -> driver.reviseProposal(" ", "Ruang lingkup baru", 4))
                .hasMessageContaining("'title' is required");

        assertThat(driver.hasTask(Elements.REVISE_PROPOSAL)).isTrue();
        assertThat(stored(driver).termYears()).isEqualTo(3);
        assertThat(stored(driver).title()).isEqualTo("Optimalisasi kepesertaan JKN pekerja penerima upah di Kabupaten Batang");
    }

    @Test
    void legalSendBackLoopsUntilApprovedAndKeepsEachRoundsNotes() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO")
                .legalReview("SEND_BACK", "Dasar hukum belum dicantumkan").reviseProposal()
                .legalReview("SEND_BACK", "Pasal kerahasiaan perlu diperjelas").reviseProposal()
                .legalReview("APPROVE", "Dapat dilanjutkan");

        assertThat(agreements.notes(driver.agreementId)).filteredOn(n -> n.kind().equals("LEGAL_REVIEW"))
                .extracting(AgreementRepository.Note::round, AgreementRepository.Note::decision, AgreementRepository.Note::notes)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "SEND_BACK", "Dasar hukum belum dicantumkan"),
                        org.assertj.core.groups.Tuple.tuple(2, "SEND_BACK", "Pasal kerahasiaan perlu diperjelas"),
                        org.assertj.core.groups.Tuple.tuple(3, "APPROVE", "Dapat dilanjutkan"));
        assertThat(driver.hasTask(Elements.RECORD_PARTNER_RESPONSE)).isTrue();
        assertThat(stored(driver).stage()).isEqualTo(AgreementStage.DRAFTING);
    }

    @Test
    void draftingRoundsRepeatUntilThePartnerAgreesWhetherStaffOrTheApiRecordsTheAnswer() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO").legalReview("APPROVE", "sesuai")
                .partnerResponds("CHANGES_REQUESTED", "Mohon pasal 5 diubah").reviseDraft();
        // Round 2: the partner answers through the API, which delivers PartnerResponded.
        engine.getRuntimeService().createMessageCorrelation(AgreementProcess.MESSAGE_PARTNER_RESPONDED)
                .processInstanceId(driver.processInstanceId)
                .setVariables(Map.of("partnerResponse", "CHANGES_REQUESTED", "partnerComments", "Lampiran data diperjelas"))
                .correlate();
        driver.reviseDraft().partnerResponds("AGREED", "");

        assertThat(driver.variable(AgreementProcess.Vars.DRAFT_ROUND)).isEqualTo(3);
        for (int round = 1; round <= 3; round++) {
            assertThat(lettersOf(driver.agreementId + "-R" + round)).extracting(Letter::kind)
                    .containsExactly(LetterKind.AGREEMENT_DRAFT, LetterKind.AGREEMENT_DRAFT_TEXT);
        }
        Letter first = lettersOf(driver.agreementId + "-R1").get(0);
        assertThat(first.recipientEmail()).isEqualTo("pengawasan@disnaker-batang.example");
        assertThat(first.body()).contains("putaran pembahasan ke-1", driver.agreementId);
        assertThat(driver.hasTask(Elements.APPROVE_CONCEPT)).isTrue();
    }

    @Test
    void anUnansweredDraftIsRemindedAfter14DaysAndEscalatedToAManagerAfter30() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO").legalReview("APPROVE", "sesuai");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        assertThat(dayOf(driver.timer(Elements.DRAFT_REMINDER).getDuedate())).isAfterOrEqualTo(today.plusDays(14));
        assertThat(dayOf(driver.timer(Elements.DRAFTING_ESCALATION).getDuedate())).isAfterOrEqualTo(today.plusDays(30));

        driver.fireTimer(Elements.DRAFT_REMINDER);
        assertThat(lettersOf(driver.agreementId + "-R1")).extracting(Letter::kind)
                .containsExactlyInAnyOrder(LetterKind.AGREEMENT_DRAFT, LetterKind.AGREEMENT_DRAFT_TEXT,
                        LetterKind.AGREEMENT_DRAFT_REMINDER);

        driver.fireTimer(Elements.DRAFTING_ESCALATION);
        var escalation = driver.task(Elements.ESCALATE_DRAFTING);
        assertThat(engine.getTaskService().getIdentityLinksForTask(escalation.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("managers"));
        driver.complete(Elements.ESCALATE_DRAFTING, Map.of("escalationDecision", "CONTINUE", "escalationNotes", "Kepala Dinas dihubungi"));
        assertThat(driver.hasTask(Elements.RECORD_PARTNER_RESPONSE)).as("still waiting for the partner").isTrue();
    }

    @Test
    void aPartnerThatDoesNotGoOnEndsTheAgreementAtTheManagersFollowUp() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO").legalReview("APPROVE", "sesuai");
        driver.fireTimer(Elements.DRAFTING_ESCALATION);

        driver.complete(Elements.ESCALATE_DRAFTING, Map.of("escalationDecision", "STOP_DRAFTING",
                "escalationNotes", "Dinas menyatakan tidak melanjutkan kerja sama tahun ini"));

        Agreement stopped = stored(driver);
        assertThat(stopped.outcome()).isEqualTo(AgreementOutcome.STOPPED_AT_DRAFTING);
        assertThat(stopped.status()).isEqualTo(Agreement.ENDED);
        assertThat(stopped.stage()).isEqualTo(AgreementStage.ENDED);
        assertThat(stopped.agreementNumber()).as("never registered, so never numbered").isNull();
        BpmnAwareTests.assertThat(instance(driver)).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(driver.processInstanceId).count())
                .as("the partner's answer is no longer awaited").isZero();
    }

    @Test
    void aManagersFollowUpEndsWhenThePartnerAnswersMeanwhile() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO").legalReview("APPROVE", "sesuai");
        driver.fireTimer(Elements.DRAFTING_ESCALATION);
        assertThat(driver.hasTask(Elements.ESCALATE_DRAFTING)).isTrue();

        driver.partnerResponds("CHANGES_REQUESTED", "Pasal 7 diperjelas");

        // Nothing left to follow up: the partner answered round 1, so the managers' task is gone, not overdue for ever.
        assertThat(driver.hasTask(Elements.ESCALATE_DRAFTING)).isFalse();
        driver.reviseDraft();
        // Round 2 goes unanswered for 30 days too: a new follow-up opens, though round 1 was answered.
        driver.fireTimer(Elements.DRAFTING_ESCALATION);
        assertThat(driver.hasTask(Elements.ESCALATE_DRAFTING)).isTrue();
        driver.partnerResponds("AGREED", "");
        assertThat(driver.hasTask(Elements.ESCALATE_DRAFTING)).isFalse();
        assertThat(driver.hasTask(Elements.APPROVE_CONCEPT)).isTrue();
    }

    @ParameterizedTest(name = "{0} with {1} is approved by {2}")
    @CsvSource({
            "MOU, MINISTRY, signatory-president-director",
            "MOU, PROSECUTOR, signatory-president-director",
            "MOU, REGIONAL_GOVERNMENT, signatory-regional-deputy",
            "MOU, LABOUR_OFFICE, signatory-regional-deputy",
            "MOU, OTHER, signatory-director",
            "PKS, MINISTRY, signatory-director",
            "PKS, LABOUR_OFFICE, signatory-branch-head",
            "PKS, PROSECUTOR, signatory-branch-head"})
    void theConceptGoesToTheSignatoryLevelTheDecisionPicks(String kind, String partnerKind, String group) {
        var driver = start(kind, partnerKind, false).explore("GO").legalReview("APPROVE", "sesuai").partnerResponds("AGREED", "");

        var approval = driver.task(Elements.APPROVE_CONCEPT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
                .extracting(link -> link.getGroupId()).containsExactly(group);
        assertThat(stored(driver).stage()).isEqualTo(AgreementStage.CONCEPT_APPROVAL);
    }

    @Test
    void aConceptSentBackStartsAnotherDraftingRound() {
        var driver = start("PKS", "LABOUR_OFFICE", false).explore("GO").legalReview("APPROVE", "sesuai")
                .partnerResponds("CHANGES_REQUESTED", "Pasal 7 diperjelas").reviseDraft().partnerResponds("AGREED", "");
        String approval = driver.task(Elements.APPROVE_CONCEPT).getId();
        // A send-back says what to change.
        assertThatThrownBy(() -> engine.getTaskService().complete(approval, Map.of("conceptDecision", "SEND_BACK")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("conceptNotes");
        driver.complete(Elements.APPROVE_CONCEPT, Map.of("conceptDecision", "SEND_BACK", "conceptNotes", "Pasal sanksi dihapus"));

        // The revision is shown the signatory's reasons, not the partner's comments of an earlier round.
        var form = engine.getFormService().getTaskFormVariables(driver.task(Elements.REVISE_DRAFT).getId());
        assertThat((String) form.get("revisionContext")).contains("Konsep dikembalikan oleh penanda tangan", "Pasal sanksi dihapus")
                .doesNotContain("Pasal 7");
        assertThat(jdbc.sql("SELECT decision || ': ' || notes FROM agreement_note WHERE agreement_id = ? AND kind = 'CONCEPT_APPROVAL'")
                .param(driver.agreementId).query(String.class).list()).containsExactly("SEND_BACK: Pasal sanksi dihapus");
        driver.reviseDraft();

        assertThat(driver.variable(AgreementProcess.Vars.DRAFT_ROUND)).isEqualTo(3);
        assertThat(driver.hasTask(Elements.RECORD_PARTNER_RESPONSE)).isTrue();
        driver.partnerResponds("CHANGES_REQUESTED", "Lampiran ditambah");
        assertThat((String) engine.getFormService().getTaskFormVariables(driver.task(Elements.REVISE_DRAFT).getId()).get("revisionContext"))
                .contains("Catatan mitra", "Lampiran ditambah").doesNotContain("Pasal sanksi");

        // Approved at last, with no notes (the form hides them on approval): not recorded with the send-back's reasons.
        driver.reviseDraft().partnerResponds("AGREED", "");
        driver.complete(Elements.APPROVE_CONCEPT, Map.of("conceptDecision", "APPROVE"));
        assertThat(jdbc.sql("SELECT decision || ': ' || COALESCE(notes, '-') FROM agreement_note WHERE agreement_id = ? AND kind = 'CONCEPT_APPROVAL' ORDER BY round_no")
                .param(driver.agreementId).query(String.class).list()).containsExactly("SEND_BACK: Pasal sanksi dihapus", "APPROVE: -");
    }

    @Test
    void anMouTheDirekturUtamaSignsIsRemindedOverHisSignatureNotTheBranchHeads() {
        var driver = start("MOU", "MINISTRY", false).throughConcept();

        driver.fireTimer(Elements.PARTNER_SIGNATURE_REMINDER);

        assertThat(lettersOf(driver.agreementId + "-MITRA")).singleElement()
                .satisfies(l -> assertThat(l.body()).contains("Direktur Utama", "Hendra Gunawan, S.H., M.H.")
                        .doesNotContain("dr. Rahmat Hidayat"));
    }

    @Test
    void signingInParallelWithRemindersThenRegistrationGivesANumberAndTheTerm() {
        var driver = start("PKS", "LABOUR_OFFICE", false).throughConcept();
        assertThat(driver.hasTask(Elements.RECORD_BPJS_SIGNATURE)).isTrue();
        assertThat(driver.hasTask(Elements.RECORD_PARTNER_SIGNATURE)).isTrue();
        driver.fireTimer(Elements.BPJS_SIGNATURE_REMINDER).fireTimer(Elements.PARTNER_SIGNATURE_REMINDER);
        // BPJS Kesehatan's own contact is asked to obtain the signature of the level's official and record it; the
        // partner's, to sign and send the signed copy to that contact.
        assertThat(lettersOf(driver.agreementId + "-BPJS")).singleElement()
                .satisfies(l -> assertThat(l.recipientEmail()).isEqualTo("kemitraan.pekalongan@sinergi.example"))
                .satisfies(l -> assertThat(l.body()).contains("menunggu penandatanganan oleh Kepala Cabang BPJS Kesehatan",
                        "Catat tanda tangan BPJS Kesehatan").doesNotContain("disampaikan kepada"));
        assertThat(lettersOf(driver.agreementId + "-MITRA")).singleElement()
                .satisfies(l -> assertThat(l.recipientEmail()).isEqualTo("pengawasan@disnaker-batang.example"))
                .satisfies(l -> assertThat(l.body()).contains("salinan yang telah ditandatangani disampaikan kepada"));

        driver.sign("2026-11-20", "2026-11-23");

        Agreement a = stored(driver);
        assertThat(a.agreementNumber()).matches("PKS/\\d{4}/KC-PKL/[IVX]+/\\d{4}");
        assertThat(a.startDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(a.endDate()).isEqualTo(LocalDate.of(2029, 11, 22));
        assertThat(a.bpjsSignatory()).isEqualTo("Kepala Cabang Pekalongan");
        assertThat(a.stage()).isEqualTo(AgreementStage.ACTIVE);
        assertThat(a.isLive()).isTrue();
        assertThat(instance(driver).getBusinessKey()).isEqualTo(a.agreementNumber());
        assertThat(dayOf(driver.timer(Elements.RENEWAL_DECISION_DUE).getDuedate())).isEqualTo(LocalDate.of(2029, 8, 24));
        assertThat(dayOf(driver.timer(Elements.AGREEMENT_EXPIRES).getDuedate())).isEqualTo(LocalDate.of(2029, 11, 22));

        var second = start("PKS", "LABOUR_OFFICE", false).throughConcept().sign("2026-11-20", "2026-11-21");
        assertThat(stored(second).agreementNumber()).as("numbers are never reused").isNotEqualTo(a.agreementNumber());
    }

    @Test
    void aSecondGoLiveSharesTheClientWhichLosesAccessOnlyWhenItsLastAgreementEnds() {
        var first = start("PKS", "LABOUR_OFFICE", true).throughConcept().sign("2026-11-20", "2026-11-20")
                .setUpDataExchange("API");
        String agencyId = (String) first.variable("partnerAgencyId");
        var proposal = AgreementDriver.proposal("PKS", "LABOUR_OFFICE", true);
        proposal.put("partnerAgencyId", agencyId);
        var second = AgreementDriver.start(engine, proposal).throughConcept().sign("2026-11-20", "2026-11-20")
                .setUpDataExchange("API");

        assertThat(stored(second).dataExchangeStatus()).isEqualTo("LIVE");
        assertThat(tokens.find(agencyId).orElseThrow().agreementId()).isEqualTo(second.agreementId);
        first.terminate(termination, "2026-11-23", "sepakat");
        assertThat(tokens.find(agencyId).orElseThrow().isActive()).as("the second agreement is still in force").isTrue();
        second.terminate(termination, "2026-11-23", "sepakat");
        assertThat(tokens.find(agencyId).orElseThrow().isActive()).isFalse();
    }

    @Test
    void anApiDataExchangeCreatesThePartnersClientAndTheAgreementsExpiryRevokesIt() {
        var driver = start("PKS", "LABOUR_OFFICE", true).throughConcept().sign("2026-11-20", "2026-11-20");
        assertThat(stored(driver).stage()).isEqualTo(AgreementStage.DATA_EXCHANGE_SETUP);
        String agencyId = (String) driver.variable("partnerAgencyId");

        // The legal bureau sends the dataset back once; the first test exchange fails.
        driver.complete(Elements.DEFINE_DATASET, Map.of("datasetNib", true, "datasetNik", true, "datasetPurpose", "pemadanan"));
        driver.complete(Elements.REVIEW_PERSONAL_DATA, Map.of("legalBasis", "UU 24/2011", "minimalFieldsConfirmed", false,
                "retentionMonths", 24, "breachContactEmail", "dpo@sinergi.example", "personalDataDecision", "SEND_BACK",
                "personalDataNotes", "NIK tidak diperlukan"));
        assertThat(driver.hasTask(Elements.DEFINE_DATASET)).isTrue();
        // The dataset step is shown why it came back.
        assertThat((String) engine.getFormService().getTaskFormVariables(driver.task(Elements.DEFINE_DATASET).getId()).get("datasetSendBack"))
                .contains("Dikembalikan oleh biro hukum", "NIK tidak diperlukan");
        driver.complete(Elements.DEFINE_DATASET, Map.of("datasetNib", true, "datasetNik", false, "datasetPurpose", "pemadanan"));
        driver.complete(Elements.REVIEW_PERSONAL_DATA, Map.of("legalBasis", "UU 24/2011", "minimalFieldsConfirmed", true,
                "retentionMonths", 24, "breachContactEmail", "dpo@sinergi.example", "personalDataDecision", "APPROVE"));
        driver.complete(Elements.CHOOSE_MECHANISM, Map.of("exchangeMechanism", "API", "partnerAgencyId", agencyId, "mechanismNotes", "REST"));
        driver.complete(Elements.RUN_TEST_EXCHANGE, Map.of("testResult", "FAILED", "testNotes", "sertifikat salah"));
        assertThat(tokens.find(agencyId)).as("no client before go-live").isEmpty();
        driver.complete(Elements.CHOOSE_MECHANISM, Map.of("exchangeMechanism", "API", "partnerAgencyId", agencyId, "mechanismNotes", "REST"));
        driver.complete(Elements.RUN_TEST_EXCHANGE, Map.of("testResult", "PASSED", "testNotes", "berhasil"));

        AgencyClient client = tokens.find(agencyId).orElseThrow();
        assertThat(client.isActive()).isTrue();
        assertThat(client.agreementId()).isEqualTo(driver.agreementId);
        assertThat(client.scopes()).containsExactly(id.sinergi.agency.Scope.REPORT_CASES);
        assertThat(stored(driver).dataExchangeStatus()).isEqualTo("LIVE");
        assertThat(stored(driver).stage()).isEqualTo(AgreementStage.ACTIVE);
        assertThat(lettersOf(driver.agreementId)).extracting(Letter::kind).containsExactly(LetterKind.AGREEMENT_REGISTERED,
                LetterKind.AGREEMENT_TEXT, LetterKind.DATA_EXCHANGE_LIVE);
        assertThat(lettersOf(driver.agreementId).get(0).body()).doesNotContain("sng_");

        driver.fireTimer(Elements.AGREEMENT_EXPIRES);

        Agreement ended = stored(driver);
        assertThat(ended.outcome()).isEqualTo(AgreementOutcome.EXPIRED);
        assertThat(ended.status()).isEqualTo(Agreement.ENDED);
        assertThat(ended.dataExchangeStatus()).isEqualTo("REVOKED");
        assertThat(tokens.find(agencyId).orElseThrow().isActive()).isFalse();
        BpmnAwareTests.assertThat(instance(driver)).isEnded().hasPassed(Elements.AGREEMENT_ENDED);
        assertThat(lettersOf(driver.agreementId)).extracting(Letter::kind).contains(LetterKind.AGREEMENT_ENDED);
        // Three years from its signing on 20 November 2026: its last day is 19 November 2029, whenever the job that
        // ends it runs (the timer fires at the last second of that day, the job after it).
        var endedLetter = lettersOf(driver.agreementId).stream().filter(l -> l.kind() == LetterKind.AGREEMENT_ENDED).findFirst().orElseThrow();
        assertThat(endedLetter.body()).contains("berakhir sesuai jangka waktunya pada tanggal 19 November 2029",
                "akses pertukaran data berdasarkan perjanjian ini dihentikan");
    }

    @Test
    void aSignatureDatedTomorrowAnEmptyDatasetAndUnconfirmedMinimalDataAreRefused() {
        var driver = start("PKS", "LABOUR_OFFICE", true).throughConcept();
        String bpjs = driver.task(Elements.RECORD_BPJS_SIGNATURE).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(bpjs, Map.of("bpjsSignatory", "Kepala Cabang Pekalongan",
                "bpjsSignedDate", java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).plusDays(1).toString(), "bpjsSignedCopy", "ARS-001")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("bpjsSignedDate");
        driver.sign("2026-11-20", "2026-11-20");

        String dataset = driver.task(Elements.DEFINE_DATASET).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(dataset, Map.of("datasetPurpose", "pemadanan")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("at least one of datasetEmployerCode");
        driver.complete(Elements.DEFINE_DATASET, Map.of("datasetNib", true, "datasetPurpose", "pemadanan"));
        String review = driver.task(Elements.REVIEW_PERSONAL_DATA).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(review, Map.of("legalBasis", "UU 24/2011", "minimalFieldsConfirmed", false,
                "retentionMonths", 24, "breachContactEmail", "dpo@sinergi.example", "personalDataDecision", "APPROVE")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class)
                .hasMessageContaining("minimalFieldsConfirmed (true) is required when 'personalDataDecision' is APPROVE");
        // Sending it back needs no such confirmation: that is what the send-back is about.
        driver.complete(Elements.REVIEW_PERSONAL_DATA, Map.of("legalBasis", "UU 24/2011", "minimalFieldsConfirmed", false,
                "retentionMonths", 24, "breachContactEmail", "dpo@sinergi.example", "personalDataDecision", "SEND_BACK",
                "personalDataNotes", "kurangi"));
        assertThat(driver.hasTask(Elements.DEFINE_DATASET)).isTrue();
    }

    /**
     * A registered agreement whose data exchange is still being set up is in force (its partner may report cases): it
     * ends on its last day and may be ended by mutual termination like an active one, taking the setup's tasks with it.
     */
    @Test
    void anAgreementStillSettingUpItsDataExchangeCanBeTerminatedOrExpire() {
        var terminated = start("PKS", "LABOUR_OFFICE", true).throughConcept().sign("2026-11-20", "2026-11-20");
        assertThat(stored(terminated).stage()).isEqualTo(AgreementStage.DATA_EXCHANGE_SETUP);
        assertThat(terminated.hasTask(Elements.DEFINE_DATASET)).isTrue();

        // Not after its last day (19 November 2029): it ends then anyway.
        assertThatThrownBy(() -> termination.terminate(terminated.agreementId, java.time.LocalDate.parse("2029-11-20"), "sepakat", "partnerships"))
                .isInstanceOf(id.sinergi.system.ApiProblem.class).hasMessageContaining("terminationDate");
        terminated.terminate(termination, "2026-11-23", "kerja sama tidak dilanjutkan");

        assertThat(stored(terminated).outcome()).isEqualTo(AgreementOutcome.TERMINATED);
        assertThat(stored(terminated).status()).isEqualTo(Agreement.ENDED);
        BpmnAwareTests.assertThat(instance(terminated)).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(terminated.processInstanceId).count()).isZero();
        assertThat(lettersOf(terminated.agreementId).stream().filter(l -> l.kind() == LetterKind.AGREEMENT_ENDED).findFirst().orElseThrow()
                .body()).contains("diakhiri atas kesepakatan bersama pada tanggal 23 November 2026").doesNotContain("pertukaran data");

        // Agreed to end at a later day: in force until the end of that day, its setup stopped meanwhile.
        var later = start("PKS", "LABOUR_OFFICE", true).throughConcept().sign("2026-11-20", "2026-11-20");
        String tomorrow = java.time.LocalDate.now(id.sinergi.calendar.Zones.OFFICE).plusDays(1).toString();
        later.terminate(termination, tomorrow, "kerja sama tidak dilanjutkan");
        assertThat(stored(later).status()).isEqualTo(Agreement.OPEN);
        assertThat(later.hasTask(Elements.DEFINE_DATASET)).isFalse();
        later.fireTimer("Timer_SetupTerminationDate");
        assertThat(stored(later).outcome()).isEqualTo(AgreementOutcome.TERMINATED);
        BpmnAwareTests.assertThat(instance(later)).isEnded();

        var expired = start("PKS", "LABOUR_OFFICE", true).throughConcept().sign("2026-11-20", "2026-11-20");
        expired.fireTimer("Boundary_SetupExpired");
        assertThat(stored(expired).outcome()).isEqualTo(AgreementOutcome.EXPIRED);
        BpmnAwareTests.assertThat(instance(expired)).isEnded();
    }

    @Test
    void anAgreementThatEndsTakesItsOpenMonitoringReportWithIt() {
        var driver = start("PKS", "LABOUR_OFFICE", false).throughConcept().sign("2026-11-20", "2026-11-20");
        driver.fireTimer(Elements.MONITORING);
        assertThat(driver.hasTask(Elements.MONITORING_REPORT)).isTrue();

        driver.fireTimer(Elements.AGREEMENT_EXPIRES);

        // No report is due on an agreement that has ended: the task goes with it, and the instance ends.
        BpmnAwareTests.assertThat(instance(driver)).isEnded();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(driver.processInstanceId).count()).isZero();
        // It had no data exchange, so its letter stops none.
        assertThat(lettersOf(driver.agreementId).stream().filter(l -> l.kind() == LetterKind.AGREEMENT_ENDED).findFirst().orElseThrow()
                .body()).contains("Terima kasih atas kerja sama").doesNotContain("pertukaran data");
    }

    @Test
    void aBatchDataExchangeCreatesNoApiClient() {
        var driver = start("PKS", "REGIONAL_GOVERNMENT", true).throughConcept().sign("2026-11-20", "2026-11-20")
                .setUpDataExchange("BATCH");

        assertThat(tokens.find((String) driver.variable("partnerAgencyId"))).isEmpty();
        assertThat(stored(driver).exchangeMechanism()).isEqualTo("BATCH");
        assertThat(stored(driver).dataExchangeStatus()).isEqualTo("LIVE");
    }

    @Test
    void monitoringIsReportedEverySixMonthsWhileActive() {
        var driver = start("PKS", "LABOUR_OFFICE", false).throughConcept().sign("2026-11-20", "2026-11-20");

        driver.fireTimer(Elements.MONITORING);
        driver.complete(Elements.MONITORING_REPORT, Map.of("monitoringRating", "GOOD", "monitoringSummary", "Data dipadankan"));
        driver.fireTimer(Elements.MONITORING);

        assertThat(driver.hasTask(Elements.MONITORING_REPORT)).as("the next semester's report").isTrue();
        assertThat(driver.timer(Elements.MONITORING)).as("the cycle goes on").isNotNull();
    }

    @Test
    void renewalStartsALinkedAgreementWhileThisOneRunsToItsEnd() {
        var driver = start("PKS", "LABOUR_OFFICE", false).throughConcept().sign("2026-11-20", "2026-11-20");

        driver.fireTimer(Elements.RENEWAL_DECISION_DUE)
                .complete(Elements.DECIDE_RENEWAL, Map.of("renewalDecision", "RENEW", "renewalNotes", "Kerja sama efektif"));

        String renewalId = (String) driver.variable(AgreementProcess.Vars.RENEWED_BY);
        Agreement renewal = agreements.find(renewalId).orElseThrow();
        assertThat(renewal.renewalOf()).isEqualTo(driver.agreementId);
        assertThat(renewal.partnerName()).isEqualTo(stored(driver).partnerName());
        assertThat(renewal.stage()).isEqualTo(AgreementStage.EXPLORATION);
        assertThat(stored(driver).stage()).isEqualTo(AgreementStage.ACTIVE);

        driver.fireTimer(Elements.AGREEMENT_EXPIRES);
        assertThat(stored(driver).outcome()).isEqualTo(AgreementOutcome.EXPIRED);
    }

    @Test
    void anAmendmentRoundSendsTheDraftAndRecordsTheSignedAdendum() {
        var driver = start("PKS", "LABOUR_OFFICE", false).throughConcept().sign("2026-11-20", "2026-11-20");

        driver.fireTimer(Elements.RENEWAL_DECISION_DUE)
                .complete(Elements.DECIDE_RENEWAL, Map.of("renewalDecision", "AMEND", "renewalNotes", "Tambah data upah"));
        assertThat(lettersOf(driver.agreementId + "-A1")).extracting(Letter::kind).containsExactly(LetterKind.AMENDMENT_DRAFT,
                LetterKind.AMENDMENT_DRAFT_TEXT);
        // The enclosure amends the registered agreement by its number, in the changes decided, and leaves the rest in
        // force: signed as written, it is not a second agreement.
        String number = stored(driver).agreementNumber();
        assertThat(lettersOf(driver.agreementId + "-A1").get(1).body()).contains(
                        "DRAF ADENDUM KE-1 ATAS PERJANJIAN KERJA SAMA NOMOR " + number, "Ketentuan Perjanjian diubah sebagai berikut: Tambah data upah",
                        "tidak diubah oleh Adendum ini tetap berlaku", "sejak tanggal 20 November 2026 sampai dengan tanggal 19 November 2029")
                .doesNotContain("sepakat mengadakan");
        driver.complete(Elements.RECORD_AMENDMENT, Map.of("amendmentNumber", "ADD-1", "amendmentSummary", "data upah",
                "amendmentSignedDate", "2026-11-23"));

        assertThat(stored(driver).stage()).isEqualTo(AgreementStage.ACTIVE);
        assertThat(driver.timer(Elements.AGREEMENT_EXPIRES)).isNotNull();
    }

    @Test
    void lettingItEndWaitsForTheEndDate() {
        var driver = start("PKS", "LABOUR_OFFICE", false).throughConcept().sign("2026-11-20", "2026-11-20");

        driver.fireTimer(Elements.RENEWAL_DECISION_DUE)
                .complete(Elements.DECIDE_RENEWAL, Map.of("renewalDecision", "LET_END", "renewalNotes", "Tujuan tercapai"));
        assertThat(stored(driver).status()).isEqualTo(Agreement.OPEN);
        driver.fireTimer(Elements.AGREEMENT_EXPIRES);

        assertThat(stored(driver).outcome()).isEqualTo(AgreementOutcome.EXPIRED);
    }

    @Test
    void mutualTerminationEndsTheAgreementAndItsAccessAtOnce() {
        var driver = start("PKS", "PROSECUTOR", true).throughConcept().sign("2026-11-20", "2026-11-20").setUpDataExchange("API");
        String agencyId = (String) driver.variable("partnerAgencyId");
        assertThat(tokens.find(agencyId).orElseThrow().scopes()).containsExactly(id.sinergi.agency.Scope.PROSECUTE);

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(driver.processInstanceId).count())
                .as("an agreement in force has no standing termination task").isZero();
        BpmnAwareTests.assertThat(instance(driver)).isWaitingAt(Elements.TERMINATION_AGREED);

        driver.terminate(termination, "2026-11-23", "Kesepakatan bersama");

        Agreement ended = stored(driver);
        assertThat(ended.outcome()).isEqualTo(AgreementOutcome.TERMINATED);
        assertThat(ended.status()).isEqualTo(Agreement.ENDED);
        assertThat(tokens.find(agencyId).orElseThrow().isActive()).isFalse();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.processInstanceId).count())
                .as("no timer of the active agreement survives").isZero();
        assertThat(lettersOf(driver.agreementId).stream().filter(l -> l.kind() == LetterKind.AGREEMENT_ENDED).findFirst()
                .orElseThrow().body()).contains("diakhiri atas kesepakatan bersama", "23 November 2026");
    }

    @Test
    void mutualTerminationWithAFutureDateTakesEffectOnThatDay() {
        var driver = start("PKS", "PROSECUTOR", true).throughConcept().sign("2026-11-20", "2026-11-20").setUpDataExchange("API");
        String agencyId = (String) driver.variable("partnerAgencyId");
        var agreedDay = deadlines.today().plusDays(30);

        driver.terminate(termination, agreedDay.toString(), "sepakat");
        assertThatThrownBy(() -> driver.terminate(termination, agreedDay.toString(), "sekali lagi"))
                .as("a termination is recorded once").isInstanceOf(id.sinergi.system.ApiProblem.class)
                .hasMessageContaining("already recorded");

        assertThat(stored(driver).status()).as("still in force until the agreed day").isNotEqualTo(Agreement.ENDED);
        assertThat(tokens.find(agencyId).orElseThrow().isActive()).isTrue();
        assertThat(driver.timer("Timer_TerminationDate").getDuedate()).isEqualTo(calendar.endOf(agreedDay));
        driver.fireTimer("Timer_TerminationDate");

        assertThat(stored(driver).outcome()).isEqualTo(AgreementOutcome.TERMINATED);
        assertThat(tokens.find(agencyId).orElseThrow().isActive()).isFalse();
        assertThat(lettersOf(driver.agreementId).stream().filter(l -> l.kind() == LetterKind.AGREEMENT_ENDED).findFirst()
                .orElseThrow().body()).contains(id.sinergi.notification.Formats.date(agreedDay));
    }

    private org.camunda.bpm.engine.runtime.ProcessInstance instance(AgreementDriver driver) {
        var running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(driver.processInstanceId)
                .singleResult();
        return running != null ? running : driver.instance;
    }

    private static LocalDate dayOf(java.util.Date date) {
        return LocalDate.ofInstant(date.toInstant(), java.time.ZoneId.of("Asia/Jakarta"));
    }
}
