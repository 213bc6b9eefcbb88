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
    org.springframework.jdbc.core.simple.JdbcClient jdbcClient;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    EnforcementCaseRepository cases;
    @Autowired
    LetterRepository letters;
    @Autowired
    DeadlineCalculator deadlines;
    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

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

    /**
     * Issue 12: preparing the SKK, the officer sees what the SKK rests on: the LHPA's figures, the fine
     * (0.1% of the established arrears, PP 86/2013 Pasal 5), and every letter of the ladder by number and date.
     */
    @Test
    void skkFormsShowTheLhpaTheFineAndEveryLetterIssued() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        var form = engine.getFormService().getTaskFormVariables(driver.task(Elements.PREPARE_SKK).getId());

        // advanceTo: the inspection found 12 workers and Rp4,320,000 for 3 months, which the LHPA established.
        assertThat((String) form.get("caseFigures")).contains("tunggakan iuran Rp4.320.000 untuk 3 bulan, 12 pekerja")
                .contains("**Denda administratif:** Rp4.320 (0,1% dari Rp4.320.000)")
                .contains("**Denda dibayar:** Rp0");
        assertThat(form.get("fineAmountText")).isEqualTo("Rp4.320");
        String table = (String) form.get("caseLetters");
        List<Letter> issued = letters.forCase(driver.caseNumber);
        assertThat(issued).extracting(Letter::kind).contains(LetterKind.OUTREACH, LetterKind.INSPECTION_RESULTS,
                LetterKind.FIRST_WARNING, LetterKind.SECOND_WARNING, LetterKind.FINE_NOTICE);
        for (Letter letter : issued) {
            assertThat(table).contains("| " + letter.number() + " | " + letter.kind().title() + " | "
                    + id.sinergi.system.Markdown.cell(letter.recipientName()) + " | " + id.sinergi.notification.Formats.date(letter.createdAt().atZoneSameInstant(ZoneId.of("Asia/Jakarta")).toLocalDate()) + " |");
        }
        assertThat(table).contains("(" + issued.size() + ")");

        driver.prepareSkk("kejari-batang");
        var approval = engine.getFormService().getTaskFormVariables(driver.task(Elements.APPROVE_SKK).getId());
        assertThat(approval.get("prosecutorOfficeName")).isEqualTo("Kejaksaan Negeri Batang, Bidang Perdata dan Tata Usaha Negara");
        assertThat((String) approval.get("caseSummary")).contains("**Tahap saat ini:** Kejaksaan (SKK)");
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
    void largeEmployerGoesStraightToAScheduledJointInspectionWithHighPriority() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.LARGE, ViolationType.PARTIALLY_REGISTERED, 240, 86_400_000, 4));

        driver.acceptTriage();
        assertThat(instance(driver)).isWaitingAt(Elements.SCHEDULE_INSPECTION);
        assertThat(lettersSent(driver)).as("no summons before the appointment is set").isEmpty();
        String schedule = driver.task(Elements.SCHEDULE_INSPECTION).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(schedule, Map.of("inspectionDate",
                EnforcementCaseDriver.TOMORROW.toString(), "inspectionTime", "09:00", "inspectionPlace", "Kantor Cabang",
                "inspectionTeam", "Rina Wati")))
                .as("a joint inspection names the labour inspectors")
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("labourInspectors");
        driver.scheduleInspection();

        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_INSPECTION);
        assertThat(driver.variable("route")).isEqualTo("INSPECTION");
        assertThat(driver.variable("jointInspection")).isEqualTo(true);
        assertThat(driver.task(Elements.RECORD_INSPECTION).getPriority()).isEqualTo(80);
        // The record is due 3 working days after the appointment, not on it.
        assertThat(driver.task(Elements.RECORD_INSPECTION).getDueDate())
                .isEqualTo(deadlines.workingDaysAfter(EnforcementCaseDriver.TOMORROW, 3));
        assertThat(lettersSent(driver)).contains(LetterKind.SUMMONS);
        var summons = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.SUMMONS).findFirst().orElseThrow();
        assertThat(summons.body()).contains("09.00 WIB", "Kantor Cabang BPJS Kesehatan Pekalongan", "Rina Wati, Budi Santoso",
                "Agus Salim", "Tembusan");
        // The district was not reported: the branch's default district (Batang) is copied and told.
        var notice = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.LABOUR_OFFICE_NOTICE)
                .findFirst().orElseThrow();
        assertThat(notice.recipientName()).contains("Batang");
        assertThat(summons.body()).contains(notice.recipientName());
        assertThat(cases.find(driver.caseNumber).orElseThrow().stage()).isEqualTo(Stage.INSPECTION);
        assertThat(driver.stage()).isEqualTo("INSPECTION");
    }

    @Test
    void fullLadderEndsWithAJudgmentPaidAndLiftsTheSanction() {
        var driver = open(EnforcementCaseDriver.smallEmployer());

        driver.acceptTriage();
        assertThat(instance(driver)).isWaitingAt(Elements.OUTREACH_PERIOD_EXPIRED);
        assertThat(driver.stage()).isEqualTo("OUTREACH");
        assertThat(driver.timer(Elements.OUTREACH_PERIOD_EXPIRED).getDuedate()).isEqualTo(deadlines.period("P14D"));

        driver.fireTimer(Elements.OUTREACH_PERIOD_EXPIRED).scheduleInspection();
        driver.employerAbsent();
        assertThat(lettersSent(driver)).containsExactly(LetterKind.OUTREACH, LetterKind.SUMMONS, LetterKind.FINAL_SUMMONS);
        assertThat(driver.variable("summonsRound")).isEqualTo(2);
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
        driver.finePeriodEnds();
        assertThat(driver.stage()).isEqualTo("SERVICE_SANCTION");
        assertThat(driver.variable("servicesWithheld")).isEqualTo(true);
        driver.withholdingDecided("IMPOSED");
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

        driver.prosecutorOutcome("MEDIATION");
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_PROSECUTOR_OUTCOME);
        driver.prosecutorOutcome("NO_SETTLEMENT");
        driver.proposeLegalAction("SUE", 6_006_000L).decideLegalAction("APPROVE");

        assertThat(driver.stage()).isEqualTo("COURT");
        assertThat(driver.variable("courtKind")).as("Rp6,006,000 is within the small-claims limit").isEqualTo("SMALL_CLAIMS");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.processInstanceId)
                .activityId(Elements.MONTHLY_FOLLOW_UP).count()).as("the follow-up stops in court").isZero();
        driver.suitFiled(EnforcementCaseDriver.TODAY);
        driver.complete(Elements.RECORD_COURT_PROGRESS, Map.of("courtEvent", "HEARING", "hearingOn", EnforcementCaseDriver.TODAY.toString()));
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_COURT_PROGRESS);
        driver.complete(Elements.RECORD_COURT_PROGRESS, Map.of("courtEvent", "JUDGMENT", "judgment", "WON",
                "judgmentOn", EnforcementCaseDriver.TODAY.toString(), "awardedAmount", 6_006_000L));
        driver.complete(Elements.RECORD_EXECUTION, Map.of("executionResult", "PARTLY_PAID", "executedAmount", 3_000_000L));
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_EXECUTION);
        driver.complete(Elements.RECORD_EXECUTION, Map.of("executionResult", "PAID", "executedAmount", 3_006_000L));
        // The judgment paid the claim; the unregistered employer's registration is checked before lifting (Pasal 10(7) a).
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        // "Seluruh pekerjanya": the inspection found 15 workers, so the 12 reported at first are not all of them.
        String verification = driver.task(Elements.VERIFY_REGISTRATION_FOR_LIFTING).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(verification, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0098765")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class)
                .hasMessageContaining("'registeredWorkers' must be at least 15 (foundWorkers)");
        driver.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 15, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0098765"));

        assertClosedAs(driver, Outcome.JUDGMENT_PAID);
        assertThat(lettersSent(driver)).containsExactly(LetterKind.OUTREACH, LetterKind.SUMMONS, LetterKind.FINAL_SUMMONS,
                LetterKind.INSPECTION_RESULTS, LetterKind.FIRST_WARNING, LetterKind.FINAL_INSPECTION_REPORT,
                LetterKind.SECOND_WARNING, LetterKind.FINE_NOTICE,
                LetterKind.SERVICE_WITHHOLDING_REQUEST, LetterKind.SERVICE_WITHHOLDING_REQUEST, LetterKind.SKK_COVER_LETTER,
                LetterKind.SPECIAL_POWER_OF_ATTORNEY, LetterKind.SUIT_INSTRUCTION, LetterKind.SANCTION_LIFTING_REQUEST, LetterKind.SANCTION_LIFTING_REQUEST);
        var skk = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.SKK_COVER_LETTER).findFirst().orElseThrow();
        assertThat(skk.recipientEmail()).isEqualTo("datun@kejari-batang.example");
        assertThat(letters.forCase(driver.caseNumber)).extracting(Letter::number).doesNotHaveDuplicates();
        assertThat(cases.timeline(driver.caseNumber)).extracting(EnforcementCaseRepository.StageEntry::stage)
                .containsExactly(Stage.TRIAGE, Stage.OUTREACH, Stage.INSPECTION, Stage.WARNING_1, Stage.WARNING_2,
                        Stage.FINE, Stage.SERVICE_SANCTION, Stage.PROSECUTOR, Stage.COURT, Stage.CLOSED);
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
        assertThat(notice.body()).contains("denda (0,1% x iuran) : Rp182.500 (seratus delapan puluh dua ribu lima ratus rupiah)", "Rp182.500.000",
                "Pasal 10 ayat (4)", "Pasal 10 ayat (5)", "bersamaan dengan iuran bulan")
                .doesNotContain("Rp4.380.000");
        // Pasal 7(1): at most 30 calendar days after Teguran II ends, counted from the day it ended.
        var secondWarningEnded = java.time.LocalDate.ofInstant(((java.util.Date) driver.variable("secondWarningDeadline")).toInstant(),
                id.sinergi.calendar.Zones.OFFICE);
        assertThat(driver.timer(Elements.FINE_PERIOD_EXPIRED).getDuedate()).isEqualTo(deadlines.endOf(secondWarningEnded.plusDays(30)));
        assertThat(notice.body()).contains(formatted(secondWarningEnded.plusDays(30)));
    }

    @Test
    void theFinePeriodEndsThirtyCalendarDaysAfterTeguranTwoEvenOnAHolidayAndWhenTheNoticeGoesOutAfterMidnight() {
        var office = id.sinergi.calendar.Zones.OFFICE;
        // Teguran II ended on Tuesday 24 November 2026 at the day's last second; day 30 is Thursday 24 December 2026,
        // cuti bersama for Christmas. Pasal 7(1) allows at most 30 days: the period ends that day, not on Monday 28 December.
        var ended = java.util.Date.from(java.time.LocalDate.of(2026, 11, 24).atTime(23, 59, 59).atZone(office).toInstant());
        for (var noticeGoesOut : java.util.List.of(java.time.LocalDateTime.of(2026, 11, 24, 23, 59, 59),
                java.time.LocalDateTime.of(2026, 11, 25, 0, 5))) { // the notice's job ran after midnight: still the same period
            var finePeriodEnds = deadlinesAt(noticeGoesOut).finePeriodEnds(ended).toInstant().atZone(office);
            assertThat(finePeriodEnds.toLocalDate()).as("notice at %s", noticeGoesOut).isEqualTo(java.time.LocalDate.of(2026, 12, 24));
            assertThat(finePeriodEnds.toLocalTime()).isEqualTo(java.time.LocalTime.of(23, 59, 59));
        }
        // The notice goes out on 25 January 2027 (Teguran II's timer was suspended by a plan that then defaulted): the
        // employer still gets the whole 30 days, from the notice's day, not a deadline already past.
        assertThat(deadlinesAt(java.time.LocalDateTime.of(2027, 1, 25, 10, 0)).finePeriodEnds(ended).toInstant().atZone(office)
                .toLocalDate()).isEqualTo(java.time.LocalDate.of(2027, 2, 24));
    }

    /** The enforcement deadlines on the application's calendar and settings, as of {@code now} in Jakarta. */
    private EnforcementDeadlines deadlinesAt(java.time.LocalDateTime now) {
        var clock = java.time.Clock.fixed(now.atZone(id.sinergi.calendar.Zones.OFFICE).toInstant(), id.sinergi.calendar.Zones.OFFICE);
        var calculator = new DeadlineCalculator(applicationContext.getBean(id.sinergi.calendar.WorkingDayCalendar.class),
                applicationContext.getBean(id.sinergi.calendar.CalendarProperties.class), clock);
        return new EnforcementDeadlines(calculator, applicationContext.getBean(EnforcementSettings.class), clock);
    }

    private static String formatted(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id")));
    }

    @Test
    void noFineOwedSendsNoNoticeAndGoesStraightToServiceWithholding() {
        var driver = throughSecondWarning(0, 0);

        assertThat(driver.variable("fineAmount")).isEqualTo(0L);
        // The report named no district: the branch picks the licensing office first.
        assertThat(instance(driver)).hasPassed(Elements.IMPOSE_FINE, Elements.FINE_OWED)
                .hasNotPassed(Elements.SEND_FINE_NOTICE, Elements.FINE_PERIOD_EXPIRED)
                .isWaitingAt(Elements.CHOOSE_LICENSING_OFFICE);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(driver.processInstanceId)
                .activityId(Elements.FINE_PERIOD_EXPIRED).count()).as("no fine timer").isZero();
        driver.chooseDistrictIfAsked();

        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_WITHHOLDING_DECISION);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.FINE_NOTICE).contains(LetterKind.SERVICE_WITHHOLDING_REQUEST);
        assertThat(driver.stage()).isEqualTo("SERVICE_SANCTION");
        assertThat(driver.variable("servicesWithheld")).isEqualTo(true);
        assertThat(cases.find(driver.caseNumber).orElseThrow().stage()).isEqualTo(Stage.SERVICE_SANCTION);
        // No fine was imposed, so the request cannot say one was ignored; lifting waits for the obligation alone.
        assertThat(withholdingRequest(driver).body()).contains("teguran tertulis I dan II tidak dipatuhi", "setelah kewajiban dipenuhi.")
                .doesNotContain("denda");

        // With no fine, registering is the whole of Pasal 10(7): the lifting letter claims no fine paid.
        driver.withholdingDecided("IMPOSED").verified(service, ComplianceKind.WORKERS_REGISTERED, null);
        assertClosedAs(driver, Outcome.COMPLIED);
        var lifting = liftingLetter(driver);
        assertThat(lifting.body()).contains("telah memenuhi kewajibannya", "bukti pendaftaran").doesNotContain("denda");
    }

    @Test
    void prosecutorRecoveringInFullLiftsTheSanctionOnlyOnceTheRegistrationIsVerified() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.prepareSkk("kejari-pekalongan").decideSkk("APPROVE").prosecutorOutcome("PARTLY_RECOVERED");
        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_PROSECUTOR_OUTCOME);

        driver.prosecutorOutcome("PAID_IN_FULL");

        // Pasal 10(7) a: the claim is recovered, but an unregistered employer's services are lifted only once it has
        // registered itself and its workers. The case waits, still open, and no lifting letter goes out.
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
        assertThat(cases.find(driver.caseNumber).orElseThrow().status()).isEqualTo(EnforcementCase.OPEN);
        // Complete data is Pasal 10(7) b, for an employer already partly registered; this one was not registered at all.
        String verification = driver.task(Elements.VERIFY_REGISTRATION_FOR_LIFTING).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(verification, Map.of("registrationKind", "DATA_COMPLETED",
                "registrationDate", EnforcementCaseDriver.TODAY.toString(), "registrationReference", "TT-DATA-77")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("registrationKind");
        // A registration names how many workers were registered, and is not dated in the future.
        assertThatThrownBy(() -> engine.getTaskService().complete(verification, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registrationDate", EnforcementCaseDriver.TODAY.toString(), "registrationReference", "REG-0012345")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("registeredWorkers");
        assertThatThrownBy(() -> engine.getTaskService().complete(verification, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12.5, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0012345")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("registeredWorkers")
                .hasMessageContaining("whole number");
        // Every one of the 12 workers the inspection found.
        assertThatThrownBy(() -> engine.getTaskService().complete(verification, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 11, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0012345")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class)
                .hasMessageContaining("'registeredWorkers' must be at least 12 (foundWorkers)");
        assertThatThrownBy(() -> engine.getTaskService().complete(verification, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12, "registrationDate", EnforcementCaseDriver.TODAY.plusDays(1).toString(),
                "registrationReference", "REG-0012345")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("registrationDate");
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);

        driver.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0012345"));

        assertClosedAs(driver, Outcome.PAID_IN_FULL);
        assertThat(lettersSent(driver)).endsWith(LetterKind.SANCTION_LIFTING_REQUEST);
        // The letter says what BPJS knows (Pasal 10(7)-(8)): the claim recovered by the state attorney, with the
        // attorney's report as proof, and the registration the officer verified, with its own proof.
        var lifting = liftingLetter(driver);
        assertThat(lifting.body()).contains("telah melunasi tagihan tunggakan iuran dan denda administratif yang dikuasakan kepada "
                        + "Jaksa Pengacara Negara, serta telah mendaftarkan dirinya dan pekerjanya sebagai peserta Program JKN",
                        "laporan Jaksa Pengacara Negara bahwa tagihan telah dibayar lunas", "bukti pendaftaran 12 pekerja, REG-0012345")
                .doesNotContain("pemenuhan kewajiban yang telah diverifikasi");
    }

    @Test
    void aRegistrationReportedWhileTheCaseWaitsIsVerifiedAndThenLifts() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.recoveredByTheProsecutor();
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);

        // The agency reports the registration the case waits for, twice: neither is turned away as if the case were
        // closed, each gets its own verification, and the officer's own check stays open meanwhile.
        driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        var verifications = openTasks(driver, Elements.VERIFY_REPORTED_REGISTRATION);
        assertThat(verifications).hasSize(2);
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);

        // Not found in the membership data: rejected, and the case still waits.
        engine.getTaskService().complete(verifications.get(0).getId(), Map.of("verificationDecision", "NOT_VERIFIED",
                "verificationNotes", "belum ada di data kepesertaan"));
        driver.runJobs();
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
        assertThat(reportStatuses(driver)).containsExactly("REJECTED", "PENDING");

        // Verified: the obligation is met, the wait ends (the officer's check with it) and the sanction is lifted.
        engine.getTaskService().complete(verifications.get(1).getId(), Map.of("verificationDecision", "VERIFIED"));
        driver.runJobs();

        assertClosedAs(driver, Outcome.PAID_IN_FULL);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(driver.processInstanceId).count()).isZero();
        assertThat(reportStatuses(driver)).containsExactly("REJECTED", "VERIFIED");
        // Each report carries its own verification's notes: the rejected one's, and none for the one verified without.
        assertThat(jdbcClient.sql("SELECT decision_notes FROM compliance_report WHERE case_number = ? ORDER BY received_at")
                .param(driver.caseNumber).query((rs, row) -> java.util.Optional.ofNullable(rs.getString(1))).list())
                .containsExactly(java.util.Optional.of("belum ada di data kepesertaan"), java.util.Optional.empty());
        var lifting = liftingLetter(driver);
        assertThat(lifting.body()).contains("serta telah mendaftarkan dirinya dan pekerjanya",
                "bukti pendaftaran 12 pekerja, BUKTI-WORKERS_REGISTERED");
    }

    /**
     * The employer has not registered yet: the officer records what the membership data shows and the same check comes
     * back 20 working days later, so the case waits without an overdue task, its sanction still in force.
     */
    @Test
    void anEmployerNotRegisteredYetIsCheckedAgainTwentyWorkingDaysLater() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.recoveredByTheProsecutor();
        String check = driver.task(Elements.VERIFY_REGISTRATION_FOR_LIFTING).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(check, Map.of("registrationKind", "NOT_YET")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("registrationCheckNotes");

        driver.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "NOT_YET",
                "registrationCheckNotes", "Belum ada di data kepesertaan per hari ini"));

        assertThat(openTasks(driver, Elements.VERIFY_REGISTRATION_FOR_LIFTING)).isEmpty();
        var recheck = driver.timer(Elements.REGISTRATION_RECHECK).getDuedate().toInstant().atZone(id.sinergi.calendar.Zones.OFFICE).toLocalDate();
        // Twenty working days: four weeks at the least, more with the holidays between.
        assertThat(recheck).isBetween(EnforcementCaseDriver.TODAY.plusDays(26), EnforcementCaseDriver.TODAY.plusDays(45));
        assertThat(reportStatuses(driver)).as("nothing entered in the ledger").isEmpty();
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
        assertThat(cases.find(driver.caseNumber).orElseThrow().status()).isEqualTo(EnforcementCase.OPEN);

        driver.fireTimer(Elements.REGISTRATION_RECHECK);
        var again = driver.task(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        assertThat(engine.getTaskService().getVariable(again.getId(), "registrationKind")).as("the check opens empty").isNull();
        assertThat(engine.getTaskService().getVariable(again.getId(), "registrationCheckNotes")).isNull();
        driver.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0055555"));

        assertClosedAs(driver, Outcome.PAID_IN_FULL);
        assertThat(liftingLetter(driver).body()).contains("bukti pendaftaran 12 pekerja, REG-0055555");
        // The first check's finding stays in the case's history.
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(driver.processInstanceId)
                .variableName("registrationCheckNotes").includeDeleted().list())
                .extracting(v -> v.getValue()).contains("Belum ada di data kepesertaan per hari ini");
    }

    @Test
    void theOfficersOwnCheckEndsTheWaitAndAReportStillBeingVerifiedIsSuperseded() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.recoveredByTheProsecutor();
        driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REPORTED_REGISTRATION);

        // The officer finds the registration in the membership data first: the wait ends there, the open verification with it.
        driver.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0077777"));

        assertClosedAs(driver, Outcome.PAID_IN_FULL);
        assertThat(lettersSent(driver)).endsWith(LetterKind.SANCTION_LIFTING_REQUEST);
        // The agency's report is not left pending on a closed case (nobody will verify it any more); the officer's own
        // check is in the ledger as a verified entry.
        assertThat(reportStatuses(driver)).containsExactly("SUPERSEDED", "VERIFIED");
    }

    @Test
    void aDraftSavedOnOneVerificationIsNotAnotherReportsNotes() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.OUTREACH);
        driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        var verifications = openTasks(driver, Elements.VERIFY_COMPLIANCE);
        // Tasklist's "Simpan" on the first verification: the draft goes where the engine keeps form values.
        engine.getTaskService().setVariable(verifications.get(0).getId(), "verificationNotes", "draf: cek ulang besok");
        // A report arriving now opens its verification without that draft in its form.
        driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        var third = openTasks(driver, Elements.VERIFY_COMPLIANCE).get(2);
        assertThat(engine.getTaskService().getVariable(third.getId(), "verificationNotes")).isNull();

        engine.getTaskService().complete(verifications.get(1).getId(), Map.of("verificationDecision", "NOT_VERIFIED"));

        assertThat(jdbcClient.sql("SELECT status, decision_notes FROM compliance_report WHERE case_number = ? ORDER BY received_at")
                .param(driver.caseNumber).query((rs, row) -> rs.getString(1) + "/" + rs.getString(2)).list())
                .containsExactly("PENDING/null", "REJECTED/null", "PENDING/null");
    }

    /** The case's open tasks of one step, oldest first (several verifications may be open at once). */
    private List<org.camunda.bpm.engine.task.Task> openTasks(EnforcementCaseDriver driver, String step) {
        return engine.getTaskService().createTaskQuery().processInstanceId(driver.processInstanceId)
                .taskDefinitionKey(step).orderByTaskCreateTime().asc().list();
    }

    /** The case's (first) request to lift the withheld services. */
    private Letter liftingLetter(EnforcementCaseDriver driver) {
        return letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.SANCTION_LIFTING_REQUEST)
                .findFirst().orElseThrow();
    }

    private List<String> reportStatuses(EnforcementCaseDriver driver) {
        return jdbcClient.sql("SELECT status FROM compliance_report WHERE case_number = ? ORDER BY received_at")
                .param(driver.caseNumber).query(String.class).list();
    }

    @Test
    void aComplianceDateIsTheDayReportedWhateverTheServersZone() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.OUTREACH);
        var jvm = java.util.TimeZone.getDefault();
        // A server in Jayapura (WIT, UTC+9): its midnight is the evening before in Jakarta.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Jayapura"));
        try {
            driver.reportCompliance(service, ComplianceKind.WORKERS_REGISTERED, null);
        } finally {
            java.util.TimeZone.setDefault(jvm);
        }
        // Read back as the engine keeps it (an instant): the day reported, at midnight in Jakarta, which forms show as a
        // date without a time of day.
        var verification = driver.task(Elements.VERIFY_COMPLIANCE);
        var stored = (java.util.Date) engine.getTaskService().getVariable(verification.getId(), "complianceDate");
        LocalDate reported = LocalDate.now(id.sinergi.calendar.Zones.OFFICE);
        assertThat(stored.toInstant()).isEqualTo(reported.atStartOfDay(id.sinergi.calendar.Zones.OFFICE).toInstant());
        assertThat(id.sinergi.calendar.Zones.officeDate(new java.util.Date(stored.getTime()))).isEqualTo(reported);
    }

    @Test
    void aRecoveredEmployerWhoseRegistrationIsOnRecordIsLiftedAtOnce() {
        // Registered while the fine was still unpaid: recorded, the ladder went on to the state attorney.
        var registered = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        registered.verified(service, ComplianceKind.WORKERS_REGISTERED, null);
        registered.recoveredByTheProsecutor();
        assertClosedAs(registered, Outcome.PAID_IN_FULL);
        assertThat(lettersSent(registered)).endsWith(LetterKind.SANCTION_LIFTING_REQUEST);

        // A partly registered employer meets Pasal 10(7) b with complete data, which the officer may record instead.
        var partly = open(EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.PARTIALLY_REGISTERED, 12, 4_320_000, 3))
                .advanceTo(Stage.PROSECUTOR);
        partly.recoveredByTheProsecutor();
        assertThat(instance(partly)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        partly.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "DATA_COMPLETED",
                "registrationDate", EnforcementCaseDriver.TODAY.toString(), "registrationReference", "TT-DATA-77"));
        assertClosedAs(partly, Outcome.PAID_IN_FULL);
        var lifting = liftingLetter(partly);
        assertThat(lifting.body()).contains("serta telah menyampaikan data pekerja, anggota keluarga, dan upah secara lengkap dan benar",
                "bukti penyampaian data pekerja, anggota keluarga, dan upah yang lengkap, TT-DATA-77");
    }

    @Test
    void aWithholdingDecisionNamesAServiceAndIsNotDatedBeforeTheRequest() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.SERVICE_SANCTION);
        var today = EnforcementCaseDriver.TODAY;
        String decisionTask = driver.task(Elements.RECORD_WITHHOLDING_DECISION).getId();
        assertThat(driver.variable("withholdingRequestedOn")).isEqualTo(today.toString());

        // Imposed on no service at all: no decision an office could have taken.
        assertThatThrownBy(() -> engine.getTaskService().complete(decisionTask, Map.of("withholdingDecision", "IMPOSED",
                "decisionReference", "503/DPMPTSP/2026", "withheldFrom", today.toString())))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("withholdBusinessLicence")
                .hasMessageContaining("at least one");
        // Pasal 8: services are withheld at BPJS's request, so not from a day before the request went out, even when the
        // case is older than that (here opened ten days earlier).
        engine.getRuntimeService().setVariable(driver.processInstanceId, "caseOpenedOn", today.minusDays(10).toString());
        assertThatThrownBy(() -> engine.getTaskService().complete(decisionTask, Map.of("withholdingDecision", "IMPOSED",
                "decisionReference", "503/DPMPTSP/2026", "withholdTenderPermit", true, "withheldFrom", today.minusDays(1).toString())))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("withheldFrom")
                .hasMessageContaining("withholdingRequestedOn");
        driver.complete(Elements.RECORD_WITHHOLDING_DECISION, Map.of("withholdingDecision", "IMPOSED",
                "decisionReference", "503/DPMPTSP/2026", "withholdTenderPermit", true, "withheldFrom", today.toString()));
        assertThat(instance(driver)).isWaitingAt(Elements.SERVICE_SANCTION_PERIOD_EXPIRED);
    }

    @Test
    void datesAreJudgedInJakartaAndNoOutcomePredatesTheCase() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 9_000_000, 6);
        driver.fireTimer(Elements.RESULTS_ANSWER_WINDOW_EXPIRED);
        var today = EnforcementCaseDriver.TODAY;
        String answerTask = driver.task(Elements.RECORD_RESULTS_ANSWER).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(answerTask, Map.of("sphpAnswer", "PAID_IN_PART",
                "answerPaidAmount", 1_000L, "answerPaymentDate", today.plusDays(1).toString(), "answerPaymentReference", "B-1")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("answerPaymentDate")
                .hasMessageContaining("after today");
        assertThatThrownBy(() -> engine.getTaskService().complete(answerTask, Map.of("sphpAnswer", "PAID_IN_PART",
                "answerPaidAmount", 1_000L, "answerPaymentDate", today.minusDays(1).toString(), "answerPaymentReference", "B-1")))
                .isInstanceOf(id.sinergi.system.ContractViolationException.class).hasMessageContaining("answerPaymentDate")
                .hasMessageContaining("caseOpenedOn");
        driver.complete(Elements.RECORD_RESULTS_ANSWER, Map.of("sphpAnswer", "PAID_IN_PART", "answerPaidAmount", 1_000L,
                "answerPaymentDate", today.toString(), "answerPaymentReference", "B-1"));
        assertThat(instance(driver)).isWaitingAt(Elements.FINALIZE_INSPECTION_REPORT);
    }

    /** A debtor whose SPHP answer is an instalment plan, the LHPA establishing Rp9,000,000 over six months. */
    private EnforcementCaseDriver planSignedAtInspectionForNineMillion() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.CONTRIBUTION_ARREARS, 12, 4_320_000, 3))
                .advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 9_000_000, 6);
        return driver.answer(Map.of("sphpAnswer", "INSTALMENT_PLAN")).lhpa(9_000_000, 6);
    }

    @Test
    void instalmentPlanSignedAtInspectionPaidOffClosesAsComplied() {
        var driver = planSignedAtInspectionForNineMillion();
        assertThat(instance(driver)).isWaitingAt(Elements.PLAN_AT_INSPECTION);
        assertThat(engine.getRuntimeService().getVariable(driver.planInstanceId(), "planTotal")).isEqualTo(9_000_000L);

        driver.scheduleInstalments(2);
        String plan = driver.planInstanceId();
        driver.verified(service, ComplianceKind.INSTALMENT_PAID, 4_500_000L);
        assertThat(instance(driver)).as("one of two instalments paid").isWaitingAt(Elements.PLAN_AT_INSPECTION);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(plan)
                .activityId(InstalmentPlanProcess.Elements.CHECK_INSTALMENTS).finished().count()).as("the payment was checked").isEqualTo(1);
        driver.verified(service, ComplianceKind.INSTALMENT_PAID, 4_500_000L);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.FIRST_WARNING);
    }

    @Test
    void everyTaskCardCarriesTheCaseNumberEmployerAndIndonesianStage() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.CONTRIBUTION_ARREARS, 12, 4_320_000, 3));
        var triage = driver.task(Elements.TRIAGE);
        var variables = engine.getRuntimeService().getVariables(triage.getProcessInstanceId());
        assertThat(variables).containsEntry("caseNumber", driver.caseNumber)
                .containsEntry("stageName", "Verifikasi laporan");
        assertThat((String) variables.get("employerName")).isNotBlank();
        // Tasklist reads card variables with the officer's rights, who may read the task but not the instance.
        assertThat(engine.getTaskService().getVariablesLocal(triage.getId())).as("the card's copy on the task")
                .containsEntry("caseNumber", driver.caseNumber)
                .containsEntry("employerName", variables.get("employerName"))
                .containsEntry("stageName", "Verifikasi laporan");

        driver.advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 9_000_000, 6);
        driver.answer(Map.of("sphpAnswer", "INSTALMENT_PLAN")).lhpa(9_000_000, 6);
        var planVariables = engine.getRuntimeService().getVariables(driver.planInstanceId());
        assertThat(planVariables).as("the instalment plan's task shows the case too")
                .containsEntry("caseNumber", driver.caseNumber)
                .containsEntry("employerName", variables.get("employerName"))
                .containsEntry("stageName", "Pemeriksaan");

        var scheduleTask = engine.getTaskService().createTaskQuery().processInstanceId(driver.planInstanceId()).singleResult();
        assertThat(engine.getTaskService().getVariablesLocal(scheduleTask.getId()))
                .containsEntry("caseNumber", driver.caseNumber).containsEntry("stageName", "Pemeriksaan");

        driver.scheduleOverdueInstalments(3).instalmentGraceEnds();
        assertThat(driver.variable("stageName")).isEqualTo("Surat Teguran I");
    }

    @Test
    void taskListFiltersShowTheCaseColumns() {
        var filters = engine.getFilterService();
        for (String name : List.of("Tugas kelompok saya", "Tugas saya", "Penegakan kepatuhan")) {
            var filter = filters.createFilterQuery().filterName(name).singleResult();
            assertThat(filter).as(name).isNotNull();
            @SuppressWarnings("unchecked")
            var shown = ((List<Map<String, String>>) filter.getProperties().get("variables")).stream()
                    .map(variable -> variable.get("name")).toList();
            assertThat(shown).as(name).contains("caseNumber", "employerName", "stageName");
        }
    }

    @Test
    void instalmentPlanSignedAtInspectionInDefaultGoesOnToTheFirstWarning() {
        var driver = planSignedAtInspectionForNineMillion();

        driver.scheduleOverdueInstalments(3).instalmentGraceEnds();

        assertThat(driver.stage()).isEqualTo("WARNING_1");
        assertThat(lettersSent(driver)).endsWith(LetterKind.FIRST_WARNING, LetterKind.FINAL_INSPECTION_REPORT);
    }

    @Test
    void instalmentsPaidBeforeADefaultCountAgainstTheArrearsTheWarningsAndTheFine() {
        var driver = planSignedAtInspectionForNineMillion();
        driver.scheduleOverdueInstalments(2);

        // Rp2,000,000 of the first Rp4,500,000, after its grace period: the plan is in default and the ladder goes on.
        driver.verified(service, ComplianceKind.INSTALMENT_PAID, 2_000_000L);
        assertThat(driver.stage()).isEqualTo("WARNING_1");
        var firstWarning = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.FIRST_WARNING)
                .findFirst().orElseThrow();
        assertThat(firstWarning.body()).as("what is still owed").contains("Rp7.000.000").doesNotContain("sebesar Rp9.000.000");

        driver.fireTimer(Elements.FIRST_WARNING_EXPIRED).fireTimer(Elements.SECOND_WARNING_EXPIRED);
        // Pasal 10(4): 0.1 % of the contributions still unpaid when Teguran II ended, Rp7,000,000: Rp7,000, not Rp9,000.
        assertThat(driver.variable("fineAmount")).isEqualTo(7_000L);

        // The rest of the arrears and the fine: with the instalment, everything owed is paid, and the case is settled.
        driver.verified(service, ComplianceKind.ARREARS_PAID, 7_000_000L);
        assertThat(instance(driver)).as("the fine is still unpaid").isWaitingAt(Elements.FINE_PERIOD_EXPIRED);
        driver.verified(service, ComplianceKind.FINE_PAID, 7_000L);
        assertClosedAs(driver, Outcome.COMPLIED);
    }

    @Test
    void aReportedDistrictSendsTheWithholdingRequestToItsOwnLicensingOfficeAndOss() {
        var report = EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.UNREGISTERED, 12, 4_320_000, 3);
        var employer = report.employer();
        var driver = open(new CaseReport(new CaseReport.Employer(employer.nib(), employer.npwp(), employer.name(),
                employer.address(), employer.email(), employer.sizeClass(), "pemalang"), report.violation(), report.reference()))
                .advanceTo(Stage.FINE);

        driver.fireTimer(Elements.FINE_PERIOD_EXPIRED);

        assertThat(instance(driver)).as("no office to choose").isWaitingAt(Elements.RECORD_WITHHOLDING_DECISION);
        var requests = letters.forCase(driver.caseNumber).stream()
                .filter(l -> l.kind() == LetterKind.SERVICE_WITHHOLDING_REQUEST).toList();
        assertThat(requests).extracting(Letter::recipientName).hasSize(2)
                .anySatisfy(name -> assertThat(name).contains("Pemalang"))
                .anySatisfy(name -> assertThat(name).contains("OSS"));
        assertThat(requests).extracting(Letter::number).doesNotHaveDuplicates();
        assertThat(requests.get(0).body()).contains("Persetujuan Bangunan Gedung");
    }

    @Test
    void instalmentPlanAfterAWarningPausesTheLadderAndADefaultResumesItWhereItStood() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_1);
        driver.verified(service, ComplianceKind.INSTALMENT_AGREED, null);

        var warningTimer = driver.timer(Elements.FIRST_WARNING_EXPIRED);
        assertThat(warningTimer.isSuspended()).as("an agreed plan is not compliance, but the ladder waits").isTrue();
        driver.scheduleOverdueInstalments(3);
        driver.instalmentGraceEnds();

        assertThat(driver.planInstanceId()).isNull();
        assertThat(driver.timer(Elements.FIRST_WARNING_EXPIRED).isSuspended()).isFalse();
        driver.fireTimer(Elements.FIRST_WARNING_EXPIRED);
        assertThat(driver.stage()).isEqualTo("WARNING_2");
    }

    @Test
    void instalmentPlanAfterAWarningPaidOffClosesTheCase() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_2);
        driver.verified(service, ComplianceKind.INSTALMENT_AGREED, null).scheduleInstalments(1);

        driver.verified(service, ComplianceKind.INSTALMENT_PAID, 4_320_000L);

        assertClosedAs(driver, Outcome.COMPLIED);
    }

    @Test
    void instalmentDefaultAtTheProsecutorIsReportedAndAPaidOffPlanThereCloses() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.prepareSkk("kejari-batang").decideSkk("APPROVE").prosecutorOutcome("PAYMENT_AGREEMENT");
        assertThat(instance(driver)).isWaitingAt(Elements.PLAN_AT_PROSECUTOR);
        driver.scheduleOverdueInstalments(2).instalmentGraceEnds();

        assertThat(instance(driver)).isWaitingAt(Elements.RECORD_PROSECUTOR_OUTCOME);
        var report = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.INSTALMENT_DEFAULT_REPORT)
                .findFirst().orElseThrow();
        assertThat(report.recipientEmail()).isEqualTo("datun@kejari-batang.example");

        driver.prosecutorOutcome("PAYMENT_AGREEMENT").scheduleInstalments(1);
        driver.verified(service, ComplianceKind.INSTALMENT_PAID, 4_324_320L);
        // The plan paid the claim; services withheld from an unregistered employer wait for its registration (Pasal 10(7) a).
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        driver.complete(Elements.VERIFY_REGISTRATION_FOR_LIFTING, Map.of("registrationKind", "WORKERS_REGISTERED",
                "registeredWorkers", 12, "registrationDate", EnforcementCaseDriver.TODAY.toString(),
                "registrationReference", "REG-0045678"));
        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).endsWith(LetterKind.SANCTION_LIFTING_REQUEST);
    }

    @Test
    void writeOffIsBpjsDecisionRefusedOnceThenApproved() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.prepareSkk("kejari-pekalongan").decideSkk("APPROVE").prosecutorOutcome("FIRM_NOT_FOUND");
        assertThat(instance(driver)).as("the prosecutor cannot close the case").isWaitingAt(Elements.PROPOSE_LEGAL_ACTION);

        driver.proposeLegalAction("WRITE_OFF", null).decideLegalAction("REFUSE");
        assertThat(instance(driver)).as("a refused write-off goes back to legal").isWaitingAt(Elements.PROPOSE_LEGAL_ACTION);
        driver.proposeLegalAction("WRITE_OFF", null).decideLegalAction("APPROVE");

        assertClosedAs(driver, Outcome.WRITTEN_OFF);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
    }

    @Test
    void largeClaimGoesToAnOrdinaryCivilSuitAndALostSuitComesBackToBpjs() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.prepareSkk("kejari-pekalongan").decideSkk("APPROVE").prosecutorOutcome("NO_SETTLEMENT");

        // Rp500,000,001 is one rupiah over PERMA 4/2019's small-claims limit.
        driver.proposeLegalAction("SUE", 500_000_001L).decideLegalAction("APPROVE");
        assertThat(driver.variable("courtKind")).isEqualTo("CIVIL_SUIT");
        driver.suitFiled(EnforcementCaseDriver.TODAY);
        assertThat(driver.task(Elements.RECORD_COURT_PROGRESS).getDueDate())
                .as("SEMA 2/2014: five months from the first hearing").isEqualTo(deadlines.endOf(EnforcementCaseDriver.TODAY.plusMonths(5)));
        driver.complete(Elements.RECORD_COURT_PROGRESS, Map.of("courtEvent", "JUDGMENT", "judgment", "LOST",
                "judgmentOn", EnforcementCaseDriver.TODAY.toString()));

        assertThat(instance(driver)).isWaitingAt(Elements.PROPOSE_LEGAL_ACTION);
        assertThat(cases.find(driver.caseNumber).orElseThrow().stage()).isEqualTo(Stage.COURT);
    }

    @Test
    void smallClaimsJudgmentIsDue25DaysAfterTheFirstHearingAndChasedWhenLate() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.prepareSkk("kejari-pekalongan").decideSkk("APPROVE").prosecutorOutcome("NO_SETTLEMENT");
        driver.proposeLegalAction("SUE", 500_000_000L).decideLegalAction("APPROVE");
        assertThat(driver.variable("courtKind")).as("exactly Rp500,000,000 is still a small claim").isEqualTo("SMALL_CLAIMS");

        driver.suitFiled(EnforcementCaseDriver.TODAY);

        var due = deadlines.endOf(EnforcementCaseDriver.TODAY.plusDays(25));
        assertThat(driver.task(Elements.RECORD_COURT_PROGRESS).getDueDate()).isEqualTo(due);
        assertThat(driver.timer(Elements.JUDGMENT_OVERDUE).getDuedate()).isEqualTo(due);
        driver.fireTimer(Elements.JUDGMENT_OVERDUE);
        assertThat(instance(driver)).isWaitingAt(Elements.CHASE_JUDGMENT, Elements.RECORD_COURT_PROGRESS);
        driver.complete(Elements.CHASE_JUDGMENT, Map.of("chaseNotes", "majelis menunda pembacaan putusan"));
        driver.complete(Elements.RECORD_COURT_PROGRESS, Map.of("courtEvent", "JUDGMENT", "judgment", "SETTLED",
                "judgmentOn", EnforcementCaseDriver.TODAY.toString()));
        driver.complete(Elements.RECORD_EXECUTION, Map.of("executionResult", "UNENFORCEABLE"));
        assertThat(instance(driver)).isWaitingAt(Elements.PROPOSE_LEGAL_ACTION);
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
    @EnumSource(value = Stage.class, names = {"TRIAGE", "OUTREACH", "INSPECTION", "WARNING_1", "WARNING_2"})
    void verifiedComplianceBeforeAnyFineClosesCaseAndEndsEveryTaskAndTimer(Stage stage) {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(stage);

        driver.employerComplied(service);
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_COMPLIANCE);
        driver.verifyCompliance("VERIFIED");

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"FINE", "SERVICE_SANCTION", "PROSECUTOR"})
    void registrationAloneDoesNotCloseWhileTheFineIsUnpaidNorLiftTheSanction(Stage stage) {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(stage);

        driver.verified(service, ComplianceKind.WORKERS_REGISTERED, null);
        assertThat(instance(driver)).as("Pasal 10(7): the fine must be paid too").isNotNull();
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
        assertThat(driver.stage()).isEqualTo(stage.name());

        // 0.1% of the reported Rp4,320,000: Rp4,320, paid in two parts.
        driver.verified(service, ComplianceKind.FINE_PAID, 4_000L);
        assertThat(instance(driver)).as("Rp320 still owed").isNotNull();
        driver.verified(service, ComplianceKind.FINE_PAID, 320L);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver).contains(LetterKind.SANCTION_LIFTING_REQUEST))
                .as("lifting requested only when services were withheld").isEqualTo(stage != Stage.FINE);
    }

    @Test
    void fineUnpaidWhenItsPeriodEndsLeadsToWithholdingEvenIfPaidInPart() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.FINE);

        driver.verified(service, ComplianceKind.FINE_PAID, 2_000L);
        assertThat(instance(driver)).isWaitingAt(Elements.FINE_PERIOD_EXPIRED);
        driver.finePeriodEnds();

        assertThat(driver.stage()).isEqualTo("SERVICE_SANCTION");
        assertThat(lettersSent(driver)).contains(LetterKind.SERVICE_WITHHOLDING_REQUEST);
        // Pasal 10(6)'s ground as it stands: the fine, the day its period ended, and what is still missing.
        long fine = ((Number) driver.variable("fineAmount")).longValue();
        String periodEnded = formatted(java.time.LocalDate.ofInstant(((java.util.Date) driver.variable("fineDeadline")).toInstant(),
                id.sinergi.calendar.Zones.OFFICE));
        assertThat(withholdingRequest(driver).body()).contains("teguran tertulis I dan II tidak dipatuhi dan denda administratif "
                        + rupiah(fine) + " tidak dibayar lunas sampai dengan " + periodEnded + " (masih kurang " + rupiah(fine - 2_000) + ")",
                "setelah denda dibayar lunas dan kewajiban dipenuhi.");
    }

    @Test
    void aFinePaidInFullWithTheObligationUnmetIsNamedPaidInTheWithholdingRequest() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.FINE);
        // 0.1 % of the reported Rp4,320,000 (no inspection figure): Pasal 10(4).
        driver.verified(service, ComplianceKind.FINE_PAID, 4_320L);
        driver.finePeriodEnds();

        assertThat(driver.stage()).as("registration is still missing").isEqualTo("SERVICE_SANCTION");
        assertThat(withholdingRequest(driver).body())
                .contains("teguran tertulis I dan II tidak dipatuhi dan kewajiban belum dipenuhi, meskipun denda administratif "
                        + "Rp4.320 telah dibayar lunas", "setelah kewajiban dipenuhi.")
                .doesNotContain("tidak dibayar lunas", "setelah denda dibayar lunas");
    }

    private Letter withholdingRequest(EnforcementCaseDriver driver) {
        return letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.SERVICE_WITHHOLDING_REQUEST)
                .findFirst().orElseThrow();
    }

    private static String rupiah(long amount) {
        return "Rp" + String.format(java.util.Locale.forLanguageTag("id"), "%,d", amount);
    }

    @Test
    void finePaidInFullWithTheObligationMetClosesBeforeAnySanction() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.FINE);

        driver.verified(service, ComplianceKind.FINE_PAID, 4_320L);
        assertThat(instance(driver)).as("the fine alone is not the obligation").isWaitingAt(Elements.FINE_PERIOD_EXPIRED);
        driver.verified(service, ComplianceKind.WORKERS_REGISTERED, null);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SERVICE_WITHHOLDING_REQUEST, LetterKind.SANCTION_LIFTING_REQUEST);
    }

    @Test
    void finePaidLateAfterWithholdingClosesAndAsksTheOfficeToLift() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.SERVICE_SANCTION);
        driver.withholdingDecided("IMPOSED");

        driver.verified(service, ComplianceKind.WORKERS_REGISTERED, null).verified(service, ComplianceKind.FINE_PAID, 4_320L);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).endsWith(LetterKind.SANCTION_LIFTING_REQUEST);
        var lifting = liftingLetter(driver);
        assertThat(lifting.body()).contains("telah membayar lunas denda administratif", "bukti pembayaran denda Rp4.320");
    }

    @Test
    void withholdingRefusedByTheOfficeLeavesNothingToLift() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.SERVICE_SANCTION);
        driver.withholdingDecided("REFUSED");

        driver.verified(service, ComplianceKind.FINE_PAID, 4_320L).verified(service, ComplianceKind.WORKERS_REGISTERED, null);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
    }

    @Test
    void paidInFullAtInspectionClosesAsCompliedWithoutAWarning() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.CONTRIBUTION_ARREARS, 12, 4_320_000, 3))
                .advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 4_500_000, 3);

        driver.answer(EnforcementCaseDriver.paid("PAID_IN_FULL", 4_500_000)).lhpa(4_500_000, 3);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.FIRST_WARNING);
    }

    @Test
    void paidInPartAtInspectionLeavesTheRestForTheWarningsAndTheFine() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.CONTRIBUTION_ARREARS, 12, 4_320_000, 3))
                .advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 10_000_000, 5);

        // "Paid in full" of less than the LHPA figure is a payment in part.
        driver.answer(EnforcementCaseDriver.paid("PAID_IN_FULL", 4_000_000)).lhpa(10_000_000, 5);

        assertThat(driver.variable("outstandingArrears")).isEqualTo(6_000_000L);
        var warning = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.FIRST_WARNING).findFirst().orElseThrow();
        assertThat(warning.body()).contains("Rp6.000.000").doesNotContain("Rp10.000.000");
        driver.fireTimer(Elements.FIRST_WARNING_EXPIRED).fireTimer(Elements.SECOND_WARNING_EXPIRED);
        assertThat(driver.variable("fineAmount")).as("0.1% of the Rp6,000,000 remaining").isEqualTo(6_000L);

        // The rest paid during the fine, with the fine: the arrears obligation is met and the case closes.
        driver.verified(service, ComplianceKind.ARREARS_PAID, 6_000_000L).verified(service, ComplianceKind.FINE_PAID, 6_000L);
        assertClosedAs(driver, Outcome.COMPLIED);
    }

    @Test
    void objectionSustainedByTheInspectorRevisesTheFiguresBeforeTheLhpa() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 9_000_000, 6);

        driver.answer(Map.of("sphpAnswer", "OBJECTION", "objectionSummary", "enam pekerja sudah keluar sejak Mei"));
        driver.complete(Elements.REVIEW_OBJECTION, Map.of("objectionReview", "SUSTAINED", "revisedArrearsAmount", 5_000_000L,
                "revisedMonthsInArrears", 6, "revisedWorkers", 6, "objectionReviewNotes", "bukti PHK diterima"));

        assertThat(instance(driver)).isWaitingAt(Elements.FINALIZE_INSPECTION_REPORT);
        assertThat(driver.variable("finalArrearsAmount")).as("the LHPA starts from the revised figure").isEqualTo(5_000_000L);
        driver.lhpa(5_000_000, 6);
        var warning = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.FIRST_WARNING).findFirst().orElseThrow();
        assertThat(warning.body()).contains("Rp5.000.000");
    }

    /**
     * The fine is 0.1% of what was owed when it was imposed, and its notice states that base: a payment verified before
     * the notice's job ran (a retry after a failed first attempt) does not change the base printed beside the fine.
     */
    @Test
    void theFineNoticeStatesTheBaseTheFineWasComputedOn() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.WARNING_2);
        // Warning II ends: the fine is imposed on Rp4,320,000 (Rp4,320); the notice's job has not run yet.
        var management = engine.getManagementService();
        management.executeJob(driver.timer(Elements.SECOND_WARNING_EXPIRED).getId());
        // Run the ladder's jobs one by one until the fine is imposed, and stop before the notice's job.
        for (int step = 0; step < 10 && driver.variable("fineAmount") == null; step++) {
            management.executeJob(management.createJobQuery().processInstanceId(driver.processInstanceId).messages().list().get(0).getId());
        }
        assertThat(letters.forCase(driver.caseNumber)).extracting(Letter::kind).doesNotContain(LetterKind.FINE_NOTICE);
        jdbcClient.sql("""
                INSERT INTO compliance_report (id, case_number, kind, compliance_date, amount_paid, reference, status, received_at, source)
                VALUES (?, ?, 'ARREARS_PAID', ?, 1000000, 'BUKTI-SELA', 'VERIFIED', ?, 'STAFF')
                """).params(java.util.UUID.randomUUID().toString(), driver.caseNumber, EnforcementCaseDriver.TODAY,
                java.time.OffsetDateTime.now()).update();

        driver.runJobs();

        var notice = letters.forCase(driver.caseNumber).stream().filter(l -> l.kind() == LetterKind.FINE_NOTICE).findFirst().orElseThrow();
        assertThat(notice.body()).contains("Rp4.320.000", "Rp4.320 ").doesNotContain("Rp3.320.000");
    }

    /**
     * A debtor pays while its objection is reviewed, and the objection brings the figure down to what it paid: at the
     * LHPA it owes nothing, so the case closes as complied, with no warning for Rp0 and no request to withhold services.
     */
    @Test
    void aDebtorThatPaidWhatTheSustainedObjectionLeavesClosesAtTheLhpa() {
        var driver = open(EnforcementCaseDriver.report(SizeClass.SMALL, ViolationType.CONTRIBUTION_ARREARS, 12, 9_000_000, 6))
                .advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 9_000_000, 6);
        driver.answer(Map.of("sphpAnswer", "OBJECTION", "objectionSummary", "enam pekerja sudah keluar sejak Mei"));
        driver.verified(service, ComplianceKind.ARREARS_PAID, 5_000_000L);
        assertThat(cases.find(driver.caseNumber).orElseThrow().status()).as("Rp9,000,000 found, Rp5,000,000 paid").isEqualTo(EnforcementCase.OPEN);

        driver.complete(Elements.REVIEW_OBJECTION, Map.of("objectionReview", "SUSTAINED", "revisedArrearsAmount", 5_000_000L,
                "revisedMonthsInArrears", 6, "revisedWorkers", 6, "objectionReviewNotes", "bukti PHK diterima"));
        driver.lhpa(5_000_000, 6);

        assertClosedAs(driver, Outcome.COMPLIED);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.FIRST_WARNING, LetterKind.SERVICE_WITHHOLDING_REQUEST);
    }

    @Test
    void disputedObjectionRefusedByLegalKeepsTheSphpFigures() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.INSPECTION);
        driver.inspectionHeld(12, 9_000_000, 6);

        driver.answer(Map.of("sphpAnswer", "OBJECTION", "objectionSummary", "upah dilaporkan terlalu tinggi"));
        driver.complete(Elements.REVIEW_OBJECTION, Map.of("objectionReview", "DISPUTED", "objectionReviewNotes", "perlu pendapat hukum"));
        assertThat(instance(driver)).isWaitingAt(Elements.DECIDE_OBJECTION);
        driver.complete(Elements.DECIDE_OBJECTION, Map.of("objectionDecision", "REFUSED", "objectionDecisionNotes", "slip upah sah"));

        assertThat(driver.variable("finalArrearsAmount")).isEqualTo(9_000_000L);
        driver.lhpa(9_000_000, 6);
        assertThat(driver.stage()).isEqualTo("WARNING_1");
    }

    /** Pasal 10(7)(a): the employer and its workers registered, not some of them. The case reported 12 workers. */
    @Test
    void aVerifiedRegistrationOfSomeWorkersDoesNotCloseTheCase() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.OUTREACH);

        driver.reportRegistration(service, 5).verifyCompliance("VERIFIED");

        assertThat(cases.find(driver.caseNumber).orElseThrow().status()).isEqualTo(EnforcementCase.OPEN);
        assertThat(driver.stage()).isEqualTo("OUTREACH");
        driver.reportRegistration(service, 12).verifyCompliance("VERIFIED");
        assertClosedAs(driver, Outcome.COMPLIED);
    }

    @Test
    void aVerifiedRegistrationOfSomeWorkersLeavesTheSanctionWaitingForTheRest() {
        var driver = open(EnforcementCaseDriver.smallEmployer()).advanceTo(Stage.PROSECUTOR);
        driver.recoveredByTheProsecutor();

        driver.reportRegistration(service, 5);
        engine.getTaskService().complete(driver.task(Elements.VERIFY_REPORTED_REGISTRATION).getId(),
                Map.of("verificationDecision", "VERIFIED"));
        driver.runJobs();

        // The report is verified and recorded, but 5 of the 12 workers the inspection found do not lift anything.
        assertThat(reportStatuses(driver)).containsExactly("VERIFIED");
        assertThat(instance(driver)).isWaitingAt(Elements.VERIFY_REGISTRATION_FOR_LIFTING);
        assertThat(lettersSent(driver)).doesNotContain(LetterKind.SANCTION_LIFTING_REQUEST);
        assertThat(cases.find(driver.caseNumber).orElseThrow().status()).isEqualTo(EnforcementCase.OPEN);

        driver.reportRegistration(service, 12);
        engine.getTaskService().complete(driver.task(Elements.VERIFY_REPORTED_REGISTRATION).getId(),
                Map.of("verificationDecision", "VERIFIED"));
        driver.runJobs();
        assertClosedAs(driver, Outcome.PAID_IN_FULL);
        assertThat(liftingLetter(driver).body()).contains("bukti pendaftaran 12 pekerja, BUKTI-12-PEKERJA");
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
