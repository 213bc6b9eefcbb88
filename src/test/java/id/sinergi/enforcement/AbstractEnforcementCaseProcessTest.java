package id.sinergi.enforcement;

import static id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.sinergi.calendar.DeadlineCalculator;
import id.sinergi.support.ProcessCoverageGate;
import id.sinergi.notification.Letter;
import id.sinergi.notification.LetterKind;
import id.sinergi.notification.LetterRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code enforcement-case} on the real engine and the real database. Subclasses pick the
 * database (H2, embedded PostgreSQL); the coverage listener writes target/process-test-coverage.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, ProcessCoverageGate.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class AbstractEnforcementCaseProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    LetterRepository letters;
    @Autowired
    DeadlineCalculator deadlines;

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
    }

    EnforcementCaseDriver open(CaseReport report) {
        return EnforcementCaseDriver.open(service, engine, report);
    }

    ProcessInstance instance(EnforcementCaseDriver driver) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(driver.processInstanceId).singleResult();
    }

    void assertClosedAs(EnforcementCaseDriver driver, Outcome outcome) {
        var historic = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(driver.processInstanceId).singleResult();
        assertThat(historic.getState()).isEqualTo("COMPLETED");
        assertThat(historic.getEndActivityId()).isEqualTo(Elements.CASE_CLOSED);
        var stored = cases.find(driver.caseNumber).orElseThrow();
        assertThat(stored.status()).isEqualTo(EnforcementCase.CLOSED);
        assertThat(stored.stage()).isEqualTo(Stage.CLOSED);
        assertThat(stored.outcome()).isEqualTo(outcome);
        assertThat(stored.closedAt()).isNotNull();
        var outcomeVariable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(driver.processInstanceId).variableName("outcome").singleResult();
        assertThat(outcomeVariable.getValue()).isEqualTo(outcome.name());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(driver.processInstanceId).count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.processInstanceId).count()).isZero();
    }

    List<LetterKind> lettersSent(EnforcementCaseDriver driver) {
        return letters.forCase(driver.caseNumber).stream().filter(Letter::isSent).map(Letter::kind).toList();
    }

    @Test
    void reportOpensCaseWithSequentialNumberAndTriageTask() {
        var first = open(EnforcementCaseDriver.smallEmployer());
        var second = open(EnforcementCaseDriver.smallEmployer());

        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        assertThat(first.caseNumber).matches("ENF-" + year + "-\\d{6}");
        long firstSeq = Long.parseLong(first.caseNumber.substring(9));
        assertThat(second.caseNumber).isEqualTo("ENF-%d-%06d".formatted(year, firstSeq + 1));
        assertThat(instance(first).getBusinessKey()).isEqualTo(first.caseNumber);
        assertThat(instance(first)).isWaitingAt(Elements.TRIAGE);
        var triage = first.task(Elements.TRIAGE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(triage.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("enforcement-officers"));
        assertThat(triage.getDueDate()).isEqualTo(deadlines.workingDays(3));
        assertThat(first.stage()).isEqualTo("TRIAGE");
        // Contact data stays in the case register, not in the engine.
        assertThat(engine.getRuntimeService().getVariables(first.processInstanceId))
                .doesNotContainKeys("employerEmail", "employerNpwp", "employerAddress");
    }

    @Test
    void duplicateOpenCaseForSameEmployerAndViolationIsRefused() {
        var report = EnforcementCaseDriver.smallEmployer();
        var first = open(report);
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> service.report(report, "Kemnaker"))
                .isInstanceOfSatisfying(DuplicateCaseException.class,
                        e -> assertThat(e.existingCaseNumber()).isEqualTo(first.caseNumber));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"REJECTED_UNFOUNDED", "REJECTED_DUPLICATE"})
    void triageRejectionEndsCaseWithThatOutcome(Outcome outcome) {
        var driver = open(EnforcementCaseDriver.smallEmployer());

        driver.complete(Elements.TRIAGE, Map.of("triageDecision", outcome.name().replace("REJECTED", "REJECT"),
                "triageNotes", "tidak berdasar"));

        assertThat(instance(driver)).isNull();
        assertClosedAs(driver, outcome);
        assertThat(lettersSent(driver)).isEmpty();
    }

    @Test
    void largeEmployerGoesStraightToJointInspectionWithHighPriority() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.LARGE, ViolationType.PARTIALLY_REGISTERED, 240, 86_400_000, 4));

        driver.acceptTriage();

        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_INSPECTION);
        assertThat(driver.variable("route")).isEqualTo("INSPECTION");
        assertThat(driver.variable("jointInspection")).isEqualTo(true);
        assertThat(driver.task(Elements.RECORD_INSPECTION).getPriority()).isEqualTo(80);
        assertThat(lettersSent(driver)).containsExactly(LetterKind.SUMMONS);
        assertThat(letters.forCase(driver.caseNumber).get(0).body()).contains("tim gabungan");
        assertThat(driver.stage()).isEqualTo("INSPECTION");
    }

    @Test
    void fullLadderEndsWithProsecutorOutcomeAndLiftsTheSanction() {
        var driver = open(EnforcementCaseDriver.smallEmployer());

        driver.acceptTriage();
        assertThat(instance(driver)).isWaitingAt(Elements.OUTREACH_PERIOD_EXPIRED);
        assertThat(driver.stage()).isEqualTo("OUTREACH");
        assertThat(driver.timer(Elements.OUTREACH_PERIOD_EXPIRED).getDuedate()).isEqualTo(deadlines.period("P14D"));

        driver.fireTimer(Elements.OUTREACH_PERIOD_EXPIRED);
        driver.employerAbsent();
        assertThat(lettersSent(driver)).containsExactly(LetterKind.OUTREACH, LetterKind.SUMMONS, LetterKind.FINAL_SUMMONS);
        driver.inspectionHeld(15, 6_000_000, 4);
        assertThat(instance(driver)).isWaitingAt(Elements.RESULTS_ANSWER_WINDOW_EXPIRED);
        assertThat(driver.timer(Elements.RESULTS_ANSWER_WINDOW_EXPIRED).getDuedate()).isEqualTo(deadlines.workingDays(3));
        driver.finalReport(6_000_000, 4);

        assertThat(driver.stage()).isEqualTo("WARNING_1");
        assertThat(driver.timer(Elements.FIRST_WARNING_EXPIRED).getDuedate()).isEqualTo(deadlines.workingDays(10));
        driver.fireTimer(Elements.FIRST_WARNING_EXPIRED);
        assertThat(driver.stage()).isEqualTo("WARNING_2");
        driver.fireTimer(Elements.SECOND_WARNING_EXPIRED);
        assertThat(driver.stage()).isEqualTo("FINE");
        // 0.1% of the Rp6,000,000 established in the final report, once: the 4 months are inside that figure
        assertThat(driver.variable("fineAmount")).isEqualTo(6_000L);
        assertThat(instance(driver)).hasPassed(Elements.FINE_OWED, Elements.SEND_FINE_NOTICE);
        driver.fireTimer(Elements.FINE_PERIOD_EXPIRED);
        assertThat(driver.stage()).isEqualTo("SERVICE_SANCTION");
        assertThat(driver.variable("servicesWithheld")).isEqualTo(true);
        driver.fireTimer(Elements.SERVICE_SANCTION_PERIOD_EXPIRED);

        assertThat(driver.stage()).isEqualTo("PROSECUTOR");
        driver.prepareSkk("kejari-batang").decideSkk("SEND_BACK");
        assertThat(instance(driver)).isWaitingAt(Elements.PREPARE_SKK);
        driver.prepareSkk("kejari-batang").decideSkk("APPROVE");
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_PROSECUTOR_OUTCOME);

        driver.fireTimer(Elements.MONTHLY_FOLLOW_UP);
        driver.complete(Elements.FOLLOW_UP_PROSECUTOR, Map.of("followUpNotes", "mediasi dijadwalkan"));
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_PROSECUTOR_OUTCOME);
        assertThat(driver.timer(Elements.MONTHLY_FOLLOW_UP)).as("the follow-up repeats").isNotNull();

        driver.prosecutorOutcome("SUIT_FILED");
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_PROSECUTOR_OUTCOME);
        driver.prosecutorOutcome("JUDGMENT_PAID");

        assertClosedAs(driver, Outcome.JUDGMENT_PAID);
        assertThat(lettersSent(driver)).containsExactly(LetterKind.OUTREACH, LetterKind.SUMMONS, LetterKind.FINAL_SUMMONS,
                LetterKind.INSPECTION_RESULTS, LetterKind.FIRST_WARNING, LetterKind.SECOND_WARNING, LetterKind.FINE_NOTICE,
                LetterKind.SERVICE_WITHHOLDING_REQUEST, LetterKind.SKK_COVER_LETTER, LetterKind.SANCTION_LIFTING_REQUEST);
        var skk = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.SKK_COVER_LETTER).findFirst().orElseThrow();
        assertThat(skk.recipientEmail()).isEqualTo("datun@kejari-batang.example");
        assertThat(letters.forCase(driver.caseNumber)).extracting(Letter::number).doesNotHaveDuplicates();
        assertThat(cases.timeline(driver.caseNumber)).extracting(EnforcementCaseRepository.StageEntry::stage)
                .containsExactly(Stage.TRIAGE, Stage.OUTREACH, Stage.INSPECTION, Stage.WARNING_1, Stage.WARNING_2,
                        Stage.FINE, Stage.SERVICE_SANCTION, Stage.PROSECUTOR, Stage.CLOSED);
    }

    /** Up the ladder on the outreach route, the inspection establishing the given figures, to warning II's end. */
    EnforcementCaseDriver throughSecondWarning(long establishedArrears, int months) {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, establishedArrears, months).finalReport(establishedArrears, months);
        driver.fireTimer(Elements.FIRST_WARNING_EXPIRED);
        return driver.fireTimer(Elements.SECOND_WARNING_EXPIRED);
    }

    @Test
    void fineOnTheEstablishedArrearsIsChargedOnceNotPerMonthInArrears() {
        var driver = throughSecondWarning(182_500_000, 24);

        // PP 86/2013 Pasal 10(4) with 7(1): 0.1% of Rp182,500,000 = Rp182,500, once (not x 24 = Rp4,380,000).
        assertThat(driver.variable("fineAmount")).isEqualTo(182_500L);
        assertThat(instance(driver)).isWaitingAt(Elements.FINE_PERIOD_EXPIRED);
        assertThat(driver.stage()).isEqualTo("FINE");
        var notice = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.FINE_NOTICE)
                .findFirst().orElseThrow();
        assertThat(notice.isSent()).isTrue();
        assertThat(notice.body()).contains("denda (0,1% x iuran)          : Rp182.500", "Rp182.500.000",
                "Pasal 10 ayat (4)", "Pasal 10 ayat (5)", "bersamaan dengan iuran bulan")
                .doesNotContain("Rp4.380.000");
        assertThat(driver.timer(Elements.FINE_PERIOD_EXPIRED).getDuedate()).isEqualTo(deadlines.period("P30D"));
    }

    @Test
    void noFineOwedSendsNoNoticeAndGoesStraightToServiceWithholding() {
        var driver = throughSecondWarning(0, 0);

        assertThat(driver.variable("fineAmount")).isEqualTo(0L);
        assertThat(instance(driver)).hasPassed(Elements.IMPOSE_FINE, Elements.FINE_OWED, Elements.REQUEST_SERVICE_WITHHOLDING)
                .hasNotPassed(Elements.SEND_FINE_NOTICE, Elements.FINE_PERIOD_EXPIRED)
                .isWaitingAt(Elements.SERVICE_SANCTION_PERIOD_EXPIRED);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.processInstanceId)
                .activityId(Elements.FINE_PERIOD_EXPIRED).count()).as("no fine timer").isZero();
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.FINE_NOTICE)
                .endsWith(LetterKind.SECOND_WARNING, LetterKind.SERVICE_WITHHOLDING_REQUEST);
        assertThat(driver.stage()).isEqualTo("SERVICE_SANCTION");
        assertThat(driver.variable("servicesWithheld")).isEqualTo(true);
    }

    @Test
    void uncollectableDebtClosesWithoutLiftingTheSanction() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);

        driver.prepareSkk("kejari-pekalongan").decideSkk("APPROVE").prosecutorOutcome("UNCOLLECTABLE");

        assertClosedAs(driver, Outcome.UNCOLLECTABLE);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
    }

    @Test
    void employerAbsentAfterFinalSummonsGoesToWrittenWarningOnReportedFigures() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.INSPECTION);

        driver.employerAbsent().employerAbsent();

        assertThat(instance(driver)).isWaitingAt(Elements.FIRST_WARNING_EXPIRED);
        assertThat(instance(driver)).hasNotPassed(Elements.SEND_INSPECTION_RESULTS);
        var warning = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.FIRST_WARNING).findFirst().orElseThrow();
        assertThat(warning.body()).contains("Rp4.320.000");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"TRIAGE", "OUTREACH", "INSPECTION", "WARNING_1", "WARNING_2", "FINE",
            "SERVICE_SANCTION", "PROSECUTOR"})
    void verifiedComplianceAtAnyStageClosesCaseAndEndsEveryTaskAndTimer(Stage stage) {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(stage);

        driver.employerComplied(service);
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_COMPLIANCE);
        driver.verifyCompliance("VERIFIED");

        assertClosedAs(driver, Outcome.COMPLIED);
        boolean sanctioned = stage.ordinal() >= Stage.SERVICE_SANCTION.ordinal();
        assertThat(lettersSent(driver).contains(LetterKind.SANCTION_LIFTING_REQUEST))
                .as("lifting requested only when services were withheld").isEqualTo(sanctioned);
    }

    @Test
    void refusedVerificationLeavesTheLadderWhereItWas() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_1);
        var warningTimerDue = driver.timer(Elements.FIRST_WARNING_EXPIRED).getDuedate();

        driver.employerComplied(service).verifyCompliance("NOT_VERIFIED");

        assertThat(instance(driver)).isWaitingAt(Elements.FIRST_WARNING_EXPIRED);
        assertThat(driver.timer(Elements.FIRST_WARNING_EXPIRED).getDuedate()).isEqualTo(warningTimerDue);
        assertThat(driver.stage()).isEqualTo("WARNING_1");
        driver.fireTimer(Elements.FIRST_WARNING_EXPIRED);
        assertThat(driver.stage()).isEqualTo("WARNING_2");
    }

    @Test
    void complianceReportedOnClosedCaseIsRefused() {
        var driver = open(EnforcementCaseDriver.smallEmployer());
        driver.complete(Elements.TRIAGE, Map.of("triageDecision", "REJECT_UNFOUNDED"));

        assertThatThrownBy(() -> driver.employerComplied(service))
                .isInstanceOf(MismatchingMessageCorrelationException.class);
    }
}
