package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Variables;
import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a case is settled, in one place (PP 86/2013 Pasal 10(7)-(8)): the obligation met AND any fine
 * paid in full. The obligation depends on the violation: an unregistered employer registers itself and
 * its workers (WORKERS_REGISTERED), a partly registered one gives complete data (DATA_COMPLETED or
 * WORKERS_REGISTERED), a debtor pays the established arrears (verified ARREARS_PAID amounts reach the
 * LHPA figure). Verified compliance reports are the ledger; nothing here trusts an unverified report.
 */
@Component("caseSettlement")
public class CaseSettlement {

    private static final java.util.Set<Outcome> SETTLED_OUTCOMES = java.util.Set.of(Outcome.COMPLIED,
            Outcome.PAID_IN_FULL, Outcome.JUDGMENT_PAID);

    private final JdbcClient jdbc;

    CaseSettlement(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The verified amounts per kind (ARREARS_PAID, FINE_PAID, ...), which kinds were verified at all, and the most
     * workers a verified registration counted (each states the workers registered by then, so the largest counts).
     */
    record Ledger(Map<ComplianceKind, BigDecimal> paid, int workersRegistered) {

        Ledger(Map<ComplianceKind, BigDecimal> paid) {
            this(paid, 0);
        }

        BigDecimal paid(ComplianceKind kind) {
            return paid.getOrDefault(kind, BigDecimal.ZERO);
        }

        boolean has(ComplianceKind kind) {
            return paid.containsKey(kind);
        }

        /**
         * What was paid toward the assessed arrears: arrears payments, then instalments up to what they left. An
         * instalment pays contributions before the fine (the branch's rule; PP 86/2013 has none): the contributions
         * are the obligation itself, and what of them is unpaid when warning II ends is the fine's base.
         */
        BigDecimal arrearsPaid(BigDecimal assessed) {
            BigDecimal direct = paid(ComplianceKind.ARREARS_PAID);
            return direct.add(paid(ComplianceKind.INSTALMENT_PAID).min(assessed.subtract(direct).max(BigDecimal.ZERO)));
        }

        /**
         * What was paid toward a fine of {@code fine}: fine payments, and what instalments paid beyond the arrears, up to
         * what the fine payments left of it (an instalment paying more than both is not a fine paid twice).
         */
        BigDecimal finePaid(BigDecimal assessed, BigDecimal fine) {
            BigDecimal direct = paid(ComplianceKind.FINE_PAID);
            return direct.add(instalmentsTowardTheFine(paid(ComplianceKind.INSTALMENT_PAID), assessed,
                    paid(ComplianceKind.ARREARS_PAID), fine.subtract(direct).max(BigDecimal.ZERO)));
        }
    }

    /**
     * What {@code instalments} (a case's instalments, in total or up to one of them) paid toward the fine: what they
     * paid beyond the arrears that direct arrears payments left, up to {@code fineLeft} (the fine less direct fine
     * payments). The ledger's rule, also for the dashboard's month of each instalment.
     */
    public static BigDecimal instalmentsTowardTheFine(BigDecimal instalments, BigDecimal assessed, BigDecimal arrearsPaid,
                                                      BigDecimal fineLeft) {
        return instalments.subtract(assessed.subtract(arrearsPaid).max(BigDecimal.ZERO)).max(BigDecimal.ZERO).min(fineLeft);
    }

    Ledger ledger(String caseNumber) {
        Map<ComplianceKind, BigDecimal> paid = new EnumMap<>(ComplianceKind.class);
        int[] workers = {0};
        jdbc.sql("""
                SELECT kind, COALESCE(SUM(amount_paid), 0) AS paid, COALESCE(MAX(workers_registered), 0) AS workers
                FROM compliance_report WHERE case_number = ? AND status = 'VERIFIED' GROUP BY kind
                """).param(caseNumber)
                .query((rs, n) -> {
                    var kind = ComplianceKind.valueOf(rs.getString("kind"));
                    if (kind == ComplianceKind.WORKERS_REGISTERED) {
                        workers[0] = rs.getInt("workers");
                    }
                    return Map.entry(kind, rs.getBigDecimal("paid"));
                })
                .list().forEach(entry -> paid.put(entry.getKey(), entry.getValue()));
        return new Ledger(paid, workers[0]);
    }

    /** What remains of the assessed arrears after verified arrears and instalment payments; never below zero. */
    BigDecimal outstanding(String caseNumber, BigDecimal assessed) {
        return assessed.subtract(ledger(caseNumber).arrearsPaid(assessed)).max(BigDecimal.ZERO);
    }

    /**
     * The contributions still owed on the case, read from the ledger each time: what every letter states, the fine's
     * base and an SKK's claim. The {@code outstandingArrears} variable is a copy for Cockpit, set at the LHPA and on
     * each verified payment; it would miss a payment verified before a change in how the ledger counts.
     */
    public BigDecimal outstanding(Variables variables) {
        return outstanding(variables.caseNumber(), variables.assessedArrears());
    }

    /** What remains of the case's fine after verified fine payments and instalments beyond the arrears. */
    BigDecimal unpaidFine(Variables variables) {
        return variables.fineAmount().subtract(ledger(variables.caseNumber()).finePaid(variables.assessedArrears(), variables.fineAmount())).max(BigDecimal.ZERO);
    }

    boolean obligationMet(Variables variables) {
        return obligationMet(variables, ledger(variables.caseNumber()));
    }

    boolean obligationMet(Variables variables, Ledger ledger) {
        return switch (variables.violationType()) {
            case UNREGISTERED -> allWorkersRegistered(variables, ledger);
            case PARTIALLY_REGISTERED -> ledger.has(ComplianceKind.DATA_COMPLETED) || allWorkersRegistered(variables, ledger);
            case CONTRIBUTION_ARREARS -> ledger.arrearsPaid(variables.assessedArrears()).compareTo(variables.assessedArrears()) >= 0;
        };
    }

    /**
     * Pasal 10(7)(a) asks for the employer and its workers registered, not some of them: a verified registration
     * counts once it covers the workers the case is about ({@link #workersToRegister}).
     */
    private static boolean allWorkersRegistered(Variables variables, Ledger ledger) {
        return ledger.has(ComplianceKind.WORKERS_REGISTERED) && ledger.workersRegistered() >= workersToRegister(variables);
    }

    /** The workers the case is about: as the inspection found them, else as reported. */
    static long workersToRegister(Variables variables) {
        Long found = variables.amount(Vars.FOUND_WORKERS);
        return found != null ? found : variables.workersAffected();
    }

    /** Pasal 10(7): the obligation met and the fine (if any) paid in full. */
    boolean settled(Variables variables) {
        Ledger ledger = ledger(variables.caseNumber());
        boolean finePaid = ledger.finePaid(variables.assessedArrears(), variables.fineAmount()).compareTo(variables.fineAmount()) >= 0;
        return obligationMet(variables, ledger) && finePaid;
    }

    /** What an instalment plan must cover: the arrears still outstanding plus any unpaid fine. */
    public long planTotal(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        return outstanding(variables).add(unpaidFine(variables)).longValueExact();
    }

    /**
     * Lifting is asked only when services were requested withheld (and the office did not refuse) and the
     * case ended settled: complied, recovered in full, or a judgment paid. A write-off lifts nothing.
     */
    public boolean liftingDue(DelegateExecution execution) {
        var variables = EnforcementCaseProcess.variables(execution);
        return variables.servicesWithheld() && variables.outcome() != null && SETTLED_OUTCOMES.contains(variables.outcome());
    }

    /**
     * Compliance staff saw themselves (the SPHP answer's proof of payment, a registration checked before lifting):
     * recorded in the ledger as verified at once.
     */
    void recordVerified(String caseNumber, String source, ComplianceKind kind, LocalDate date, BigDecimal amount,
                        Integer workersRegistered, String reference, OffsetDateTime at) {
        jdbc.sql("""
                INSERT INTO compliance_report (id, case_number, reporting_agency, kind, compliance_date, amount_paid,
                    workers_registered, reference, idempotency_key, status, received_at, source)
                VALUES (?, ?, NULL, ?, ?, ?, ?, ?, NULL, 'VERIFIED', ?, ?)
                """).params(UUID.randomUUID().toString(), caseNumber, kind.name(), date, amount, workersRegistered,
                        reference, at, source)
                .update();
    }
}
