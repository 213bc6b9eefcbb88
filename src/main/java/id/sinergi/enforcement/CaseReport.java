package id.sinergi.enforcement;

import id.sinergi.system.PlainText;
import id.sinergi.system.MailAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/** A report of a non-compliant employer: what opens an enforcement case. */
@Schema(description = "A report of a non-compliant employer")
public record CaseReport(
        @Schema(description = "The employer reported", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid Employer employer,
        @Schema(description = "What the employer failed to do", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull @Valid Violation violation,
        @Schema(description = "The reporting agency's own reference for this report", example = "DN-BTG/2026/017", maxLength = 100)
        @PlainText(max = 100) String reference) {

    @Schema(description = "The employer (badan usaha)")
    public record Employer(
            @Schema(description = "Nomor Induk Berusaha from OSS: exactly 13 digits", example = "9120301234567",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Pattern(regexp = "\\d{13}", message = "must be exactly 13 digits") String nib,
            @Schema(description = "NPWP: 15 or 16 digits, no punctuation", example = "012345678901234",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Pattern(regexp = "\\d{15}|\\d{16}", message = "must be 15 or 16 digits") String npwp,
            @Schema(description = "Registered name, kept exactly as sent", example = "PT Maju Jaya Tbk.",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @PlainText(max = 200) String name,
            @Schema(description = "Address letters are sent to", example = "Jl. Gajah Mada 1, Batang",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @PlainText(max = 300) String address,
            @Schema(description = "Email address letters are sent to", example = "hrd@majujaya.example",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank @MailAddress String email,
            @Schema(description = "Business size class", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull SizeClass sizeClass,
            @Schema(description = "District (kabupaten/kota) of the branch the employer is in; decides which licensing "
                    + "and labour office letters go to. One of kota-pekalongan, kabupaten-pekalongan, batang, pemalang; "
                    + "left out when unknown, and the branch chooses before withholding services is requested",
                    example = "batang", nullable = true)
            @Pattern(regexp = "kota-pekalongan|kabupaten-pekalongan|batang|pemalang",
                    message = "must be one of kota-pekalongan, kabupaten-pekalongan, batang, pemalang") String district) {

        /** An employer whose district is not known. */
        public Employer(String nib, String npwp, String name, String address, String email, SizeClass sizeClass) {
            this(nib, npwp, name, address, email, sizeClass, null);
        }
    }

    @Schema(description = "The violation reported")
    public record Violation(
            @Schema(description = "Kind of violation", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull ViolationType type,
            @Schema(description = "Workers affected, 1 to 1,000,000", example = "42", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Min(1) @Max(1_000_000) Integer workersAffected,
            @Schema(description = "Contributions in arrears, in whole rupiah (0 to 1,000,000,000,000)", example = "15750000",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @DecimalMin("0") @DecimalMax("1000000000000")
            @Digits(integer = 13, fraction = 0, message = "must be whole rupiah, at most 13 digits") BigDecimal arrearsAmount,
            @Schema(description = "Months in arrears, 0 to 240", example = "3", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull @Min(0) @Max(240) Integer monthsInArrears,
            @Schema(description = "Short description of what was found", example = "42 pekerja belum didaftarkan", maxLength = 1000)
            @PlainText(max = 1000, multiline = true) String description) {
    }
}
