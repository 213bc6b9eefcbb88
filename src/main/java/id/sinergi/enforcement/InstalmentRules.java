package id.sinergi.enforcement;

import id.sinergi.system.ContractViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of an instalment plan (cicilan), in one tested place. PP 86/2013 does not regulate
 * instalments; these are the branch's choices, documented in the README:
 * <ul>
 *   <li>1 to {@value #MAX_INSTALMENTS} monthly instalments, so a plan runs at most 12 months;</li>
 *   <li>the plan is signed today or earlier (Asia/Jakarta): an officer records what was signed;</li>
 *   <li>the first instalment falls due on or after the signing day and at most {@value #MAX_DAYS_TO_FIRST_DUE}
 *       days after it, so the first payment is not pushed beyond the month in which the ladder is paused;</li>
 *   <li>each next instalment falls due on the same day of the month as the first, on the month's last day
 *       when the month is shorter (31 January, 28 February, 31 March);</li>
 *   <li>amounts are equal in whole rupiah; what does not divide goes to the last instalment, so no
 *       instalment is ever below the others and the sum is exactly the total;</li>
 *   <li>no instalment may be Rp0, so a plan has at most as many instalments as rupiah.</li>
 * </ul>
 * The schedule task's contract refuses what it can (ranges); {@link #check} refuses the rest when the
 * task completes, naming the field, which engine-rest answers with 400.
 */
public final class InstalmentRules {

    public static final int MAX_INSTALMENTS = 12;
    public static final int MAX_DAYS_TO_FIRST_DUE = 30;

    /** One instalment as agreed: its number (1-based), due date and amount in whole rupiah. */
    public record Scheduled(int seq, LocalDate dueDate, long amount) {
    }

    private InstalmentRules() {
    }

    /**
     * Checks a plan as the officer enters it against the rules, on {@code today} in Asia/Jakarta.
     *
     * @throws ContractViolationException naming the first field that breaks a rule
     */
    public static void check(long total, Integer count, LocalDate firstDue, LocalDate signedOn, LocalDate today) {
        if (total <= 0) {
            throw new IllegalStateException("An instalment plan needs a total above Rp0, was " + total);
        }
        if (count == null) {
            throw refuse(InstalmentPlanProcess.Vars.INSTALMENT_COUNT, "'instalmentCount' is required");
        }
        if (count < 1 || count > MAX_INSTALMENTS) {
            throw refuse(InstalmentPlanProcess.Vars.INSTALMENT_COUNT,
                    "'instalmentCount' must be between 1 and %d (a plan runs at most 12 months)".formatted(MAX_INSTALMENTS));
        }
        if (count > total) {
            throw refuse(InstalmentPlanProcess.Vars.INSTALMENT_COUNT,
                    "'instalmentCount' must not exceed the total in rupiah (%d): no instalment may be Rp0".formatted(total));
        }
        if (signedOn == null) {
            throw refuse(InstalmentPlanProcess.Vars.PLAN_SIGNED_ON, "'planSignedOn' is required (yyyy-MM-dd)");
        }
        if (signedOn.isAfter(today)) {
            throw refuse(InstalmentPlanProcess.Vars.PLAN_SIGNED_ON,
                    "'planSignedOn' must not be in the future (today is %s in Asia/Jakarta)".formatted(today));
        }
        if (firstDue == null) {
            throw refuse(InstalmentPlanProcess.Vars.FIRST_DUE_DATE, "'firstDueDate' is required (yyyy-MM-dd)");
        }
        if (firstDue.isBefore(signedOn) || firstDue.isAfter(signedOn.plusDays(MAX_DAYS_TO_FIRST_DUE))) {
            throw refuse(InstalmentPlanProcess.Vars.FIRST_DUE_DATE,
                    "'firstDueDate' must be between the signing date %s and %d days after it (%s)"
                            .formatted(signedOn, MAX_DAYS_TO_FIRST_DUE, signedOn.plusDays(MAX_DAYS_TO_FIRST_DUE)));
        }
    }

    /** The instalments of a checked plan: monthly due dates from the first, equal amounts, remainder last. */
    public static List<Scheduled> schedule(long total, int count, LocalDate firstDue) {
        if (count < 1 || count > MAX_INSTALMENTS || total < count) {
            throw new IllegalArgumentException("No plan of %d instalments for Rp%d".formatted(count, total));
        }
        long equal = total / count;
        long last = total - equal * (count - 1);
        List<Scheduled> instalments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // plusMonths from the first date (never from the previous one) keeps the day of month and
            // clamps it to the month's end: 31 Jan -> 28 Feb -> 31 Mar, not 28 Mar.
            instalments.add(new Scheduled(i + 1, firstDue.plusMonths(i), i == count - 1 ? last : equal));
        }
        return List.copyOf(instalments);
    }

    private static ContractViolationException refuse(String field, String message) {
        return new ContractViolationException(field, message);
    }
}
