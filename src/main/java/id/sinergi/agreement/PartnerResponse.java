package id.sinergi.agreement;

import id.sinergi.system.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The partner's answer to the current draft. */
@Schema(description = "The partner's answer to the draft it was sent")
public record PartnerResponse(
        @Schema(description = "AGREED, or CHANGES_REQUESTED with comments", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotNull Answer response,
        @Schema(description = "The changes asked for; required with CHANGES_REQUESTED", maxLength = 2000)
        @PlainText(max = 2000, multiline = true) String comments,
        @Schema(description = "The draft round answered; when given it must be the current one", example = "1")
        @Min(1) @Max(1000) Integer round) {

    public enum Answer {
        AGREED, CHANGES_REQUESTED
    }

}
