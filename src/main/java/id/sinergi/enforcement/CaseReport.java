package id.sinergi.enforcement;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A report of a non-compliant employer: what opens an enforcement case. */
public record CaseReport(
        @NotNull @Valid Employer employer,
        @NotNull @Valid Violation violation,
        @JsonPropertyDescription("The reporting agency's own reference for this report")
        @Size(max = 100) String reference) {

    public record Employer(
            @JsonPropertyDescription("Nomor Induk Berusaha from OSS: 13 digits")
            @NotNull @Pattern(regexp = "\\d{13}", message = "must be exactly 13 digits") String nib,
            @JsonPropertyDescription("NPWP: 15 or 16 digits, no punctuation")
            @NotNull @Pattern(regexp = "\\d{15}|\\d{16}", message = "must be 15 or 16 digits") String npwp,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 300) String address,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull SizeClass sizeClass) {
    }

    public record Violation(
            @NotNull ViolationType type,
            @NotNull @Min(1) @Max(1_000_000) Integer workersAffected,
            @JsonPropertyDescription("Arrears in whole rupiah")
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal arrearsAmount,
            @NotNull @Min(0) @Max(240) Integer monthsInArrears,
            @Size(max = 1000) String description) {
    }
}
