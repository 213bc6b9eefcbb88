package id.sinergi.enforcement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What the employer did to comply, as reported to the case. */
public record ComplianceReport(
        @NotNull ComplianceKind kind,
        @NotNull @PastOrPresent LocalDate date,
        @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal amountPaid,
        @Min(0) @Max(1_000_000) Integer workersRegistered,
        @Size(max = 100) String reference) {
}
