package id.sinergi.enforcement;

import id.sinergi.system.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the prosecutor's office (Jaksa Pengacara Negara) achieved with the SKK out of court. The office reports;
 * it does not decide: whether to sue or write the debt off is BPJS's decision (legal proposes, a manager
 * approves), so an outside office can neither close a case as uncollectable nor report a suit or a judgment.
 */
@Schema(description = "What the prosecutor's office achieved out of court")
public record ProsecutorOutcomeReport(
        @Schema(description = "What happened. SUMMONED, MEDIATION, PAYMENT_STATEMENT and PARTLY_RECOVERED are progress "
                + "reports (the case keeps waiting for the next); PAID_IN_FULL ends the ladder and closes the case (if public "
                + "services were withheld from an employer whose registration is not yet verified, they are lifted, and the "
                + "case closed, once BPJS verifies it); PAYMENT_AGREEMENT starts an "
                + "instalment plan; FIRM_NOT_FOUND and NO_SETTLEMENT hand the case back to BPJS, which decides between a "
                + "suit and a write-off.", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Kind outcome,
        @Schema(description = "When it happened: not in the future and not before the case was reported, both judged "
                + "by the calendar in Asia/Jakarta", example = "2026-11-20", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @PastOrPresent LocalDate date,
        @Schema(description = "Amount recovered so far, in whole rupiah", example = "15750000")
        @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 0) BigDecimal recoveredAmount,
        @Schema(description = "Short note for the case file", maxLength = 1000)
        @PlainText(max = 1000, multiline = true) String notes) {

    /**
     * What the office may report. UNCOLLECTABLE, SUIT_FILED and JUDGMENT_PAID are gone: the write-off and the
     * suit are BPJS's decisions, and the court stage is recorded by BPJS staff.
     */
    public enum Kind {
        /** The employer was summoned to the prosecutor's office. */
        SUMMONED,
        /** A mediation between the employer and BPJS took place. */
        MEDIATION,
        /** The employer signed a statement that it will pay. */
        PAYMENT_STATEMENT,
        /** Part of the debt was recovered; recoveredAmount says how much so far. */
        PARTLY_RECOVERED,
        /** The whole debt was recovered: the case closes. */
        PAID_IN_FULL,
        /** The employer agreed to pay in instalments: an instalment plan follows. */
        PAYMENT_AGREEMENT,
        /** The employer could not be found at any known address. */
        FIRM_NOT_FOUND,
        /** Summons and mediation did not lead to a settlement. */
        NO_SETTLEMENT
    }
}
