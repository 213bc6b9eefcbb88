package id.sinergi.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** An agreement as its partner agency sees it through the API. */
@Schema(name = "Agreement", description = "An agreement between BPJS Kesehatan and the calling agency")
public record AgreementView(
        @Schema(description = "Draft reference, kept for life", example = "AGR-2026-0007") String agreementId,
        @Schema(description = "Agreement number, given at registration; null before", nullable = true, example = "PKS/0003/KC-PKL/XI/2026") String number,
        @Schema(description = "MOU or PKS") AgreementKind kind,
        @Schema(description = "Title") String title,
        @Schema(description = "Partner name as registered") String partnerName,
        @Schema(description = "Where the agreement stands") AgreementStage stage,
        @Schema(description = "OPEN, ENDED, or CANCELLED (its instance was cancelled by an operator)") String status,
        @Schema(description = "How it ended; null while open", nullable = true) AgreementOutcome outcome,
        @Schema(description = "First day in force; null before registration", nullable = true) LocalDate startDate,
        @Schema(description = "Last day in force; null before registration", nullable = true) LocalDate endDate,
        @Schema(description = "Drafting round the partner is asked to answer (0 before drafting)") int draftRound,
        @Schema(description = "True while the process waits for the partner's answer to the current draft") boolean awaitingPartnerResponse,
        @Schema(description = "Who signs and who signed") Signatories signatories,
        @Schema(description = "Data-exchange arrangement") DataExchange dataExchange,
        @Schema(description = "The agreement this one renews, if any", nullable = true) String renewalOf) {

    @Schema(description = "Signatory level picked by BPJS Kesehatan's rules and the signatures recorded")
    public record Signatories(@Schema(description = "PRESIDENT_DIRECTOR, DIRECTOR, REGIONAL_DEPUTY or BRANCH_HEAD; null before approval",
                                      nullable = true) String level,
                              @Schema(description = "BPJS Kesehatan's signatory", nullable = true) String bpjsSignatory,
                              @Schema(description = "Date BPJS Kesehatan signed", nullable = true) LocalDate bpjsSignedOn,
                              @Schema(description = "The partner's signatory", nullable = true) String partnerSignatory,
                              @Schema(description = "Date the partner signed", nullable = true) LocalDate partnerSignedOn) {
    }

    @Schema(description = "Data exchange under the agreement")
    public record DataExchange(@Schema(description = "NONE, SETUP, LIVE or REVOKED") String status,
                               @Schema(description = "API or BATCH; null until chosen", nullable = true) String mechanism) {
    }

    @Schema(name = "AgreementPage", description = "One page of agreements, newest first")
    public record Page(@Schema(description = "The agreements on this page") List<AgreementView> items,
                       @Schema(description = "Page size asked for; the last page may hold fewer") int size,
                       @Schema(description = "Agreements of this agency, counted on the first page only (absent on the "
                               + "pages after it) and no further than 1,000: see totalIsLowerBound", nullable = true)
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long totalItems,
                       @Schema(description = "true when totalItems stopped at its cap of 1,000; absent with totalItems",
                               nullable = true)
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean totalIsLowerBound,
                       @Schema(description = "Links to follow from this page") Links links) {
    }

    @Schema(name = "AgreementPageLinks", description = "Links to follow from this page")
    public record Links(@Schema(description = "The next page, with the same size and a cursor after this page's last "
                                + "agreement; absent on the last page", nullable = true)
                        @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
    }
}
