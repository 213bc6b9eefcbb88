package id.sinergi.enforcement;

import id.sinergi.system.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the employer did to comply, as reported to the case. */
@Schema(description = "What the employer did to comply")
@ComplianceFacts
public record ComplianceReport(
        @Schema(description = "What was done. WORKERS_REGISTERED: registered itself and its workers; DATA_COMPLETED: "
                + "completed its workers' data; ARREARS_PAID: paid contributions owed; FINE_PAID: paid the administrative "
                + "fine; INSTALMENT_PAID: paid an instalment of its plan; INSTALMENT_AGREED: signed an instalment plan",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull ComplianceKind kind,
        @Schema(description = "When it was done: not in the future and not before the case was reported, both judged by "
                + "the calendar in Asia/Jakarta", example = "2026-11-20", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @PastOrPresent LocalDate date,
        @Schema(description = "Amount paid, in whole rupiah; required and more than 0 for ARREARS_PAID, FINE_PAID and "
                + "INSTALMENT_PAID", example = "15750000")
        @DecimalMin("0") @DecimalMax("1000000000000")
        @Digits(integer = 13, fraction = 0, message = "must be whole rupiah, at most 13 digits") BigDecimal amountPaid,
        @Schema(description = "Workers registered; required for WORKERS_REGISTERED", example = "42")
        @Min(0) @Max(1_000_000) Integer workersRegistered,
        @Schema(description = "Reference of the proof (payment slip, registration receipt)", example = "BUKTI-REG-01", maxLength = 100)
        @PlainText(max = 100) String reference) {
}
