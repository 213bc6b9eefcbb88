package id.sinergi.enforcement;

import id.sinergi.calendar.DeadlineCalculator;
import id.sinergi.calendar.WorkingDayCalendar;
import id.sinergi.enforcement.InstalmentPlanProcess.MadeAt;
import id.sinergi.enforcement.InstalmentPlanProcess.Status;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instalment plans of enforcement cases (tables of V10): created by the {@code instalment-plan}
 * process, paid by verified INSTALMENT_PAID compliance reports, judged on time, late or in default.
 * A case's current plan is its latest by creation.
 */
@Service("instalmentPlans")
public class InstalmentPlans {

    private static final Logger log = LoggerFactory.getLogger(InstalmentPlans.class);

    private final JdbcClient jdbc;
    private final DeadlineCalculator deadlines;
    private final WorkingDayCalendar calendar;
    private final InstalmentSettings settings;
    private final Clock clock;
    private final RuntimeService runtime;

    InstalmentPlans(JdbcClient jdbc, DeadlineCalculator deadlines, WorkingDayCalendar calendar,
                    InstalmentSettings settings, Clock clock, @Lazy RuntimeService runtime) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.settings = settings;
        this.clock = clock;
        this.runtime = runtime;
    }

    /** A plan as the register and the agency API show it. */
    public record Plan(String id, String caseNumber, MadeAt madeAt, Status status, BigDecimal total, LocalDate signedOn,
                       String reference, OffsetDateTime createdAt, OffsetDateTime endedAt, List<Instalment> instalments) {
    }

    /**
     * One instalment. {@code paidOn} is the day the payment completing it was made; {@code late} when it
     * was paid after its due date, or is still unpaid after it.
     */
    public record Instalment(int seq, LocalDate dueDate, BigDecimal amount, BigDecimal paidAmount, LocalDate paidOn,
                             boolean late) {

        boolean isPaid() {
            return paidAmount.compareTo(amount) >= 0;
        }
    }

    /** Stores an ACTIVE plan and its instalments; returns the plan's id. */
    @Transactional
    public String create(String caseNumber, MadeAt madeAt, long total, LocalDate signedOn, String reference,
                         List<InstalmentRules.Scheduled> instalments) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO instalment_plan (id, case_number, made_at, status, total, signed_on, reference, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(id, caseNumber, madeAt.name(), Status.ACTIVE.name(), BigDecimal.valueOf(total), signedOn,
                        reference, OffsetDateTime.now(clock)).update();
        for (var instalment : instalments) {
            jdbc.sql("INSERT INTO instalment (plan_id, seq, due_date, amount, paid_amount) VALUES (?, ?, ?, ?, 0)")
                    .params(id, instalment.seq(), instalment.dueDate(), BigDecimal.valueOf(instalment.amount())).update();
        }
        return id;
    }

    /**
     * Applies a verified payment to the case's ACTIVE plan, oldest unpaid instalment first; an instalment
     * becomes paid on {@code paidOn} when the payment completes it (late if after its due date). What
     * exceeds the plan stays only in the compliance ledger. The reference is kept there too.
     *
     * @return whether every instalment of the plan is now paid; false also when the case has no active plan
     */
    @Transactional
    public boolean recordPayment(String caseNumber, BigDecimal amount, LocalDate paidOn, String reference) {
        if (amount == null || amount.signum() <= 0 || paidOn == null) {
            throw new IllegalArgumentException("A payment needs an amount above Rp0 and a date");
        }
        Optional<String> planId = jdbc.sql("""
                SELECT id FROM instalment_plan WHERE case_number = ? AND status = ? AND ended_at IS NULL
                ORDER BY created_at DESC, id FOR UPDATE
                """).params(caseNumber, Status.ACTIVE.name()).query(String.class).list().stream().findFirst();
        if (planId.isEmpty()) {
            log.warn("Instalment payment {} for case {} with no active plan: kept in the compliance ledger only",
                    reference, caseNumber);
            return false;
        }
        BigDecimal left = amount;
        for (var instalment : instalments(planId.get())) {
            if (left.signum() <= 0) {
                break;
            }
            if (instalment.isPaid()) {
                continue;
            }
            BigDecimal applied = left.min(instalment.amount().subtract(instalment.paidAmount()));
            BigDecimal paid = instalment.paidAmount().add(applied);
            jdbc.sql("UPDATE instalment SET paid_amount = ?, paid_on = ? WHERE plan_id = ? AND seq = ?")
                    .params(paid, paid.compareTo(instalment.amount()) >= 0 ? paidOn : null, planId.get(), instalment.seq())
                    .update();
            left = left.subtract(applied);
        }
        return instalments(planId.get()).stream().allMatch(Instalment::isPaid);
    }

    /**
     * Tells the case's waiting {@code instalment-plan} instance, if any, that a payment was recorded, so it
     * checks at once rather than at its next timer. Nothing waits (no plan, or one not yet scheduled): nothing
     * happens, since the check reads the stored payments whenever it runs.
     */
    public void notifyPaymentRecorded(String caseNumber) {
        runtime.createExecutionQuery()
                .processDefinitionKey(InstalmentPlanProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(InstalmentPlanProcess.MESSAGE_PAYMENT_RECORDED)
                .list()
                .forEach(waiting -> runtime.createMessageCorrelation(InstalmentPlanProcess.MESSAGE_PAYMENT_RECORDED)
                        .processInstanceId(waiting.getProcessInstanceId())
                        .correlateWithResult());
    }

    /** The case's current plan (its latest), with its instalments; empty when it never had one. */
    public Optional<Plan> current(String caseNumber) {
        return jdbc.sql("""
                SELECT id, case_number, made_at, status, total, signed_on, reference, created_at, ended_at
                FROM instalment_plan WHERE case_number = ? ORDER BY created_at DESC, id
                """).param(caseNumber)
                .query((rs, n) -> new Plan(rs.getString("id"), rs.getString("case_number"),
                        MadeAt.valueOf(rs.getString("made_at")), Status.valueOf(rs.getString("status")),
                        rs.getBigDecimal("total"), rs.getObject("signed_on", LocalDate.class), rs.getString("reference"),
                        rs.getObject("created_at", OffsetDateTime.class), rs.getObject("ended_at", OffsetDateTime.class),
                        List.of()))
                .list().stream().findFirst()
                .map(plan -> new Plan(plan.id(), plan.caseNumber(), plan.madeAt(), plan.status(), plan.total(),
                        plan.signedOn(), plan.reference(), plan.createdAt(), plan.endedAt(), instalments(plan.id())));
    }

    /**
     * Where the plan stands now: PAID_OFF when every instalment is paid; DEFAULTED when an instalment was not
     * paid by the end of its grace period (its due date plus the grace working days, 23:59:59 Asia/Jakarta);
     * otherwise ACTIVE. Paid off wins: a plan whose money is all in has met the obligation.
     */
    Status assess(String planId) {
        var instalments = instalments(planId);
        if (instalments.stream().allMatch(Instalment::isPaid)) {
            return Status.PAID_OFF;
        }
        var now = clock.instant();
        for (var instalment : instalments) {
            LocalDate graceEnds = graceEnds(instalment.dueDate());
            boolean paidInTime = instalment.isPaid() && !instalment.paidOn().isAfter(graceEnds);
            if (!paidInTime && !now.isBefore(deadlines.endOf(graceEnds).toInstant())) {
                return Status.DEFAULTED;
            }
        }
        return Status.ACTIVE;
    }

    /** End of the grace period of the earliest instalment not yet paid: when the timer checks next. */
    Date nextCheckAt(String planId) {
        return instalments(planId).stream().filter(instalment -> !instalment.isPaid()).findFirst()
                .map(instalment -> deadlines.endOf(graceEnds(instalment.dueDate())))
                .orElseGet(() -> Date.from(clock.instant()));
    }

    /** The plan ends PAID_OFF or DEFAULTED. */
    void end(String planId, Status status) {
        jdbc.sql("UPDATE instalment_plan SET status = ?, ended_at = ? WHERE id = ? AND status = ?")
                .params(status.name(), OffsetDateTime.now(clock), planId, Status.ACTIVE.name()).update();
    }

    /**
     * The plan's process ends (a process-level end listener): when it was cancelled, because the case ended
     * on another path while the plan ran (its compliance verified in full, or an administrator), the plan
     * stops with it: {@code ended_at} is set and its status is left as it stood, so no later payment is
     * applied to it. A plan that ended PAID_OFF or DEFAULTED is not touched.
     */
    public void endIfCancelled(DelegateExecution execution) {
        String planId = InstalmentPlanProcess.variables(execution).planId();
        if (execution.isCanceled() && planId != null) {
            jdbc.sql("UPDATE instalment_plan SET ended_at = ? WHERE id = ? AND ended_at IS NULL")
                    .params(OffsetDateTime.now(clock), planId).update();
        }
    }

    /** The last day an instalment due on {@code dueDate} may be paid: due date plus the grace working days. */
    LocalDate graceEnds(LocalDate dueDate) {
        return calendar.addWorkingDays(dueDate, settings.graceWorkingDays());
    }

    private List<Instalment> instalments(String planId) {
        LocalDate today = deadlines.today();
        return jdbc.sql("""
                SELECT seq, due_date, amount, paid_amount, paid_on FROM instalment WHERE plan_id = ? ORDER BY seq
                """).param(planId)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    LocalDate paidOn = rs.getObject("paid_on", LocalDate.class);
                    return new Instalment(rs.getInt("seq"), due, rs.getBigDecimal("amount"), rs.getBigDecimal("paid_amount"),
                            paidOn, paidOn != null ? paidOn.isAfter(due) : today.isAfter(due));
                })
                .list();
    }
}
