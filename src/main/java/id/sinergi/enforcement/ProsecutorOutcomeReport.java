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

/** What the prosecutor's office (Jaksa Pengacara Negara) achieved with the SKK. */
public record ProsecutorOutcomeReport(
        @Schema(description = "The outcome. SUIT_FILED keeps the case open until the judgment is reported.",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Kind outcome,
        @Schema(description = "When the outcome was reached", example = "2026-11-20", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @PastOrPresent LocalDate date,
        @Schema(description = "Amount recovered so far, in whole rupiah", example = "15750000")
        @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 0) BigDecimal recoveredAmount,
        @Schema(description = "Short note for the case file", maxLength = 1000)
        @PlainText(max = 1000, multiline = true) String notes) {

    public enum Kind {
        PAID_IN_FULL, PAYMENT_AGREEMENT, UNCOLLECTABLE, SUIT_FILED, JUDGMENT_PAID
    }
}
