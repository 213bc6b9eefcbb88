package id.sinergi.enforcement;

import static id.sinergi.enforcement.InstalmentPlanProcess.Elements;
import static id.sinergi.enforcement.InstalmentPlanProcess.Vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.sinergi.calendar.DeadlineCalculator;
import id.sinergi.calendar.WorkingDayCalendar;
import id.sinergi.enforcement.InstalmentPlanProcess.MadeAt;
import id.sinergi.enforcement.InstalmentPlanProcess.Status;
import id.sinergi.support.ProcessCoverageGate;
import id.sinergi.system.ContractViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code instalment-plan} on the real engine and database, started directly as the
 * enforcement case's call activity would start it (business key = case number of a registered case).
 * Timers fire by executing their jobs. The coverage gate holds this class to 100 % of the plan's model;
 * the enforcement case each test opens only to register a case is left to its own test class.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import({ProcessEngineCoverageConfiguration.class, AbstractInstalmentPlanProcessTest.PlanCoverageGate.class})
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
abstract class AbstractInstalmentPlanProcessTest {

    /**
     * The project's gate (100 %), applied to the plan: the case opened for each test is not this class's model.
     * {@code @Primary} because ProcessEngineCoverageConfiguration registers its own default properties too;
     * with two candidates the listener's lookup fails and it silently falls back to no gate at all.
     */
    @TestConfiguration
    static class PlanCoverageGate {
        @Bean
        @Primary
        ProcessEngineCoverageProperties processEngineCoverageProperties() {
            return ProcessEngineCoverageProperties.Companion.builder()
                    .assertClassCoverageAtLeast(ProcessCoverageGate.REQUIRED_CLASS_COVERAGE)
                    .excludeProcessDefinitionKeys(EnforcementCaseProcess.KEY)
                    .build();
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseService service;
    @Autowired
    InstalmentPlans plans;
    @Autowired
    LadderPause ladderPause;
    @Autowired
    DeadlineCalculator deadlines;
    @Autowired
    WorkingDayCalendar calendar;

    LocalDate today;

    @BeforeEach
    void bindAssertionsToThisEngine() {
        BpmnAwareTests.init(engine);
        today = deadlines.today();
    }

    /** A registered case with a plan of {@code total} rupiah agreed at {@code madeAt}, waiting for its schedule. */
    ProcessInstance planAgreed(long total, MadeAt madeAt) {
        String caseNumber = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).caseNumber;
        return engine.getRuntimeService().startProcessInstanceByKey(InstalmentPlanProcess.KEY, caseNumber,
                Map.of(Vars.PLAN_MADE_AT, madeAt.name(), Vars.PLAN_TOTAL, total, "caseNumber", caseNumber));
    }

    Task scheduleTask(ProcessInstance plan) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(plan.getId())
                .taskDefinitionKey(Elements.SCHEDULE_INSTALMENTS).singleResult();
        assertThat(task).as("schedule task").isNotNull();
        return task;
    }

    /** Completes the schedule task as its form sends it: a number and dates as yyyy-MM-dd. */
    void schedule(ProcessInstance plan, long count, LocalDate firstDue, LocalDate signedOn) {
        engine.getTaskService().complete(scheduleTask(plan).getId(), form(count, firstDue, signedOn));
    }

    static Map<String, Object> form(long count, LocalDate firstDue, LocalDate signedOn) {
        Map<String, Object> form = new HashMap<>();
        form.put(Vars.INSTALMENT_COUNT, count);
        form.put(Vars.FIRST_DUE_DATE, firstDue.toString());
        form.put(Vars.PLAN_SIGNED_ON, signedOn.toString());
        form.put(Vars.PLAN_REFERENCE, "SP-CICIL/2026/017");
        return form;
    }

    /** A verified instalment payment as the enforcement case applies it, then the message it sends. */
    boolean pay(ProcessInstance plan, long amount, LocalDate paidOn) {
        boolean paidOff = plans.recordPayment(plan.getBusinessKey(), BigDecimal.valueOf(amount), paidOn, "BUKTI-" + amount);
        plans.notifyPaymentRecorded(plan.getBusinessKey());
        runCheck(plan);
        return paidOff;
    }

    /** The check runs in its own job (asyncBefore), apart from the transaction that recorded the payment. */
    void runCheck(ProcessInstance plan) {
        var management = engine.getManagementService();
        management.createJobQuery().processInstanceId(plan.getId()).messages().list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    Job checkTimer(ProcessInstance plan) {
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).timers()
                .activityId(Elements.INSTALMENT_CHECK_DUE).singleResult();
        assertThat(timer).as("instalment check timer").isNotNull();
        return timer;
    }

    void fireCheckTimer(ProcessInstance plan) {
        engine.getManagementService().executeJob(checkTimer(plan).getId());
        runCheck(plan);
    }

    InstalmentPlans.Plan stored(ProcessInstance plan) {
        return plans.current(plan.getBusinessKey()).orElseThrow();
    }

    /** The last day of the grace the rule gives an instalment: due date plus 5 working days, holidays skipped. */
    LocalDate graceEnds(LocalDate dueDate) {
        return calendar.addWorkingDays(dueDate, 5);
    }

    void assertEndedAs(ProcessInstance plan, Status result, String endEvent) {
        assertThat(plan).isEnded().hasPassed(endEvent);
        var variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(plan.getId()).variableName(Vars.INSTALMENT_PLAN_RESULT).singleResult();
        assertThat(variable.getValue()).isEqualTo(result.name());
        assertThat(stored(plan).status()).isEqualTo(result);
        assertThat(stored(plan).endedAt()).isNotNull();
    }

    @Test
    void aPlanPaidOnTimeIsPaidOff() {
        var plan = planAgreed(10_000_001L, MadeAt.WARNING);
        Task task = scheduleTask(plan);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("enforcement-officers"));
        assertThat(task.getDueDate()).isEqualTo(deadlines.workingDays(3));
        // Nothing waits for a payment before the plan is scheduled: the notice is a no-op, not an error.
        plans.notifyPaymentRecorded(plan.getBusinessKey());
        assertThat(plans.current(plan.getBusinessKey())).isEmpty();

        LocalDate firstDue = today.plusDays(10);
        schedule(plan, 3, firstDue, today);

        assertThat(plan).isWaitingAt(Elements.AWAIT_INSTALMENT);
        var stored = stored(plan);
        assertThat(stored.caseNumber()).isEqualTo(plan.getBusinessKey());
        assertThat(stored.madeAt()).isEqualTo(MadeAt.WARNING);
        assertThat(stored.status()).isEqualTo(Status.ACTIVE);
        assertThat(stored.total()).isEqualByComparingTo("10000001");
        assertThat(stored.signedOn()).isEqualTo(today);
        assertThat(stored.reference()).isEqualTo("SP-CICIL/2026/017");
        assertThat(stored.instalments()).extracting(InstalmentPlans.Instalment::dueDate)
                .containsExactly(firstDue, firstDue.plusMonths(1), firstDue.plusMonths(2));
        assertThat(stored.instalments()).extracting(i -> i.amount().longValueExact())
                .containsExactly(3_333_333L, 3_333_333L, 3_333_335L);
        // The timer waits for the end of the first instalment's grace: due date + 5 working days, 23:59:59 WIB.
        assertThat(checkTimer(plan).getDuedate()).isEqualTo(deadlines.endOf(graceEnds(firstDue)));

        assertThat(pay(plan, 3_333_333L, today)).isFalse();
        assertThat(plan).isWaitingAt(Elements.AWAIT_INSTALMENT);
        assertThat(checkTimer(plan).getDuedate()).isEqualTo(deadlines.endOf(graceEnds(firstDue.plusMonths(1))));
        assertThat(stored(plan).instalments().get(0).paidOn()).isEqualTo(today);
        assertThat(stored(plan).instalments().get(0).late()).isFalse();

        assertThat(pay(plan, 6_666_668L, today)).isTrue();

        assertEndedAs(plan, Status.PAID_OFF, Elements.PLAN_PAID_OFF);
        assertThat(stored(plan).instalments()).allSatisfy(instalment -> {
            assertThat(instalment.paidAmount()).isEqualByComparingTo(instalment.amount());
            assertThat(instalment.late()).isFalse();
        });
    }

    @Test
    void anInstalmentPaidLateButWithinItsGraceKeepsThePlanRunning() {
        var plan = planAgreed(2_000_000L, MadeAt.INSPECTION);
        LocalDate signedOn = today.minusDays(30);
        LocalDate firstDue = today.minusDays(1);
        schedule(plan, 2, firstDue, signedOn);

        // Paid a day after its due date: late, yet inside the grace (due date + 5 working days).
        plans.recordPayment(plan.getBusinessKey(), BigDecimal.valueOf(1_000_000), today, "BUKTI-1");
        // The timer comes first this time (its job run early, as the job executor might run a check).
        fireCheckTimer(plan);

        assertThat(plan).isWaitingAt(Elements.AWAIT_INSTALMENT);
        var first = stored(plan).instalments().get(0);
        assertThat(first.paidOn()).isEqualTo(today);
        assertThat(first.late()).isTrue();
        assertThat(stored(plan).status()).isEqualTo(Status.ACTIVE);
        assertThat(checkTimer(plan).getDuedate()).isEqualTo(deadlines.endOf(graceEnds(firstDue.plusMonths(1))));

        // Two payments for the second instalment: paid when the second completes it.
        assertThat(pay(plan, 400_000L, today)).isFalse();
        assertThat(stored(plan).instalments().get(1).paidOn()).isNull();
        assertThat(pay(plan, 600_000L, today)).isTrue();

        assertEndedAs(plan, Status.PAID_OFF, Elements.PLAN_PAID_OFF);
        assertThat(stored(plan).instalments().get(1).late()).isFalse();
    }

    @Test
    void anInstalmentUnpaidAtTheEndOfItsGraceDefaultsThePlan() {
        var plan = planAgreed(3_000_000L, MadeAt.PROSECUTOR);
        LocalDate signedOn = today.minusDays(30);
        schedule(plan, 3, signedOn, signedOn);
        // Due thirty days ago: its grace ended long before today, so the timer is already due.
        assertThat(checkTimer(plan).getDuedate()).isEqualTo(deadlines.endOf(graceEnds(signedOn)));
        assertThat(graceEnds(signedOn)).isBefore(today);

        fireCheckTimer(plan);

        assertEndedAs(plan, Status.DEFAULTED, Elements.PLAN_DEFAULTED);
        assertThat(stored(plan).instalments().get(0).late()).isTrue();
        // A payment after the plan ended belongs to no plan: nothing is applied, the ledger keeps it.
        assertThat(plans.recordPayment(plan.getBusinessKey(), BigDecimal.valueOf(1_000_000), today, "BUKTI-late")).isFalse();
        assertThat(stored(plan).instalments().get(0).paidAmount()).isEqualByComparingTo("0");
    }

    @Test
    void anInstalmentPaidOnlyAfterItsGraceDefaultsThePlanAtTheNextPayment() {
        var plan = planAgreed(3_000_000L, MadeAt.WARNING);
        LocalDate signedOn = today.minusDays(30);
        schedule(plan, 3, signedOn, signedOn);

        // The first instalment is paid today, weeks after its grace ended: the plan was already in default.
        assertThat(pay(plan, 1_000_000L, today)).isFalse();

        assertEndedAs(plan, Status.DEFAULTED, Elements.PLAN_DEFAULTED);
        assertThat(plan).hasPassed(Elements.PAYMENT_RECORDED);
    }

    @Test
    void aPlanCancelledWithItsCaseStopsAndTakesNoMorePayments() {
        var plan = planAgreed(2_000_000L, MadeAt.WARNING);
        schedule(plan, 2, today.plusDays(5), today);

        // The case ended on another path (e.g. its arrears verified as paid in full): the call activity is cancelled.
        engine.getRuntimeService().deleteProcessInstance(plan.getId(), "case closed");

        assertThat(stored(plan).endedAt()).isNotNull();
        assertThat(stored(plan).status()).isEqualTo(Status.ACTIVE);
        assertThat(plans.recordPayment(plan.getBusinessKey(), BigDecimal.valueOf(1_000_000), today, "BUKTI-after")).isFalse();
        assertThat(stored(plan).instalments().get(0).paidAmount()).isEqualByComparingTo("0");
    }

    @Test
    void aScheduleOutsideTheRulesIsRefusedNamingTheFieldAndTheTaskStaysOpen() {
        var plan = planAgreed(1_000_000L, MadeAt.INSPECTION);
        String taskId = scheduleTask(plan).getId();
        var tasks = engine.getTaskService();

        // Refused by the contract (a range the form states too) ...
        assertRefused(() -> tasks.complete(taskId, form(13, today, today)), Vars.INSTALMENT_COUNT);
        // ... and by the rules, checked as the task completes.
        assertRefused(() -> tasks.complete(taskId, form(3, today.plusDays(31), today)), Vars.FIRST_DUE_DATE);
        assertRefused(() -> tasks.complete(taskId, form(3, today.minusDays(1), today)), Vars.FIRST_DUE_DATE);
        assertRefused(() -> tasks.complete(taskId, form(3, today.plusDays(2), today.plusDays(1))), Vars.PLAN_SIGNED_ON);
        var missingReference = form(3, today, today);
        missingReference.remove(Vars.PLAN_REFERENCE);
        assertRefused(() -> tasks.complete(taskId, missingReference), Vars.PLAN_REFERENCE);
        var foreign = form(3, today, today);
        foreign.put(Vars.PLAN_TOTAL, 1L);
        assertRefused(() -> tasks.complete(taskId, foreign), Vars.PLAN_TOTAL);

        assertThat(plan).isWaitingAt(Elements.SCHEDULE_INSTALMENTS);
        assertThat(plans.current(plan.getBusinessKey())).isEmpty();
        // A Date from the Java API is read as a day in Asia/Jakarta, like the form's yyyy-MM-dd.
        var withDates = form(3, today, today);
        withDates.put(Vars.FIRST_DUE_DATE, deadlines.endOf(today.plusDays(30)));
        withDates.put(Vars.PLAN_SIGNED_ON, deadlines.endOf(today));
        tasks.complete(taskId, withDates);
        assertThat(stored(plan).instalments().get(0).dueDate()).isEqualTo(today.plusDays(30));
    }

    private void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable completion, String field) {
        assertThatThrownBy(completion).isInstanceOfSatisfying(ContractViolationException.class,
                refused -> assertThat((String) refused.getDetail()).isEqualTo(field)).hasMessageContaining(field);
    }

    @Test
    void theLadderPausesAtItsStepAndResumesExactlyThoseTimers() {
        var ladder = EnforcementCaseDriver.open(service, engine, EnforcementCaseDriver.smallEmployer()).acceptTriage();
        Job outreach = ladder.timer(EnforcementCaseProcess.Elements.OUTREACH_PERIOD_EXPIRED);
        var management = engine.getManagementService();

        // As the call activity's start listener runs it: inside the engine, on the case's execution.
        inCommand(ladder.processInstanceId, ladderPause::pause);

        assertThat(management.createJobQuery().jobId(outreach.getId()).singleResult().isSuspended()).isTrue();
        assertThat(engine.getRuntimeService().getVariableLocal(ladder.processInstanceId, LadderPause.PAUSED_JOBS))
                .isEqualTo(outreach.getId());
        // Nothing else of the case was touched, and a pause while paused finds nothing more to suspend.
        assertThat(management.createJobQuery().processInstanceId(ladder.processInstanceId).active().count()).isZero();
        assertThat(ladderPause.pause(ladder.processInstanceId)).isEmpty();

        // Only a plan in default resumes the ladder (a paid-off plan closes the case instead).
        inCommand(ladder.processInstanceId, ladderPause::resume);
        assertThat(management.createJobQuery().jobId(outreach.getId()).singleResult().isSuspended())
                .as("not resumed without a default").isTrue();
        engine.getRuntimeService().setVariableLocal(ladder.processInstanceId, LadderPause.PAUSED_JOBS, outreach.getId());
        engine.getRuntimeService().setVariable(ladder.processInstanceId, EnforcementCaseProcess.Vars.INSTALMENT_PLAN_RESULT,
                InstalmentPlanProcess.Status.DEFAULTED.name());
        inCommand(ladder.processInstanceId, ladderPause::resume);

        var resumed = management.createJobQuery().jobId(outreach.getId()).singleResult();
        assertThat(resumed.isSuspended()).isFalse();
        // The step keeps its date: the ladder goes on where it was, with the time it had left.
        assertThat(resumed.getDuedate()).isEqualTo(outreach.getDuedate());
        assertThat(engine.getRuntimeService().getVariables(ladder.processInstanceId)).doesNotContainKey(LadderPause.PAUSED_JOBS);
        ladder.fireTimer(EnforcementCaseProcess.Elements.OUTREACH_PERIOD_EXPIRED);
        assertThat(ladder.stage()).isEqualTo(Stage.INSPECTION.name());
    }

    private void inCommand(String processInstanceId, java.util.function.Consumer<DelegateExecution> listener) {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        configuration.getCommandExecutorTxRequired().execute(context -> {
            listener.accept(context.getExecutionManager().findExecutionById(processInstanceId));
            return null;
        });
    }
}
