package id.sinergi.agreement;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.agency.ApiCall;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import java.util.List;
import id.sinergi.privacy.PersonalDataAccessLog;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agency API for agreements: a partner agency follows its own agreements and answers drafts. */
@RestController
@RequestMapping(path = "/api/v1/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Agreements", description = "The calling agency's agreements with BPJS Kesehatan")
@SecurityRequirement(name = "agencyToken")
@ApiResponse(responseCode = "401", description = "Token missing, unknown or revoked", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such agreement for this agency", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", headers = @Header(name = "Retry-After"),
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AgreementController {

    private final PartnerAgreementService service;
    private final PersonalDataAccessLog reads;

    AgreementController(PartnerAgreementService service, PersonalDataAccessLog reads) {
        this.service = service;
        this.reads = reads;
    }

    /** An agreement names its officials: each one a partner reads is recorded (UU 27/2022). */
    private void recordReads(AgencyClient agency, HttpServletRequest request, String channel, List<AgreementView> agreements) {
        reads.record(ActorType.AGENCY, agency.agencyId(), channel, ApiCall.of(request, agency.agencyId()).requestId(),
                agreements.stream().map(a -> new Read(RecordType.AGREEMENT, a.agreementId(), null)).toList());
    }

    @Operation(summary = "One agreement", description = "An agreement whose partner is the calling agency; any other id answers 404.")
    @GetMapping("/{agreementId}")
    AgreementView find(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency, @PathVariable String agreementId,
                       HttpServletRequest request) {
        AgreementView found = service.find(agency, agreementId);
        recordReads(agency, request, "GET /api/v1/agreements/{agreementId}", List.of(found));
        return found;
    }

    @Operation(summary = "This agency's agreements", description = "Newest first, a page at a time: follow `links.next` "
            + "(absent on the last page), which carries an opaque `cursor`. The first page also counts the agreements, "
            + "up to 1,000. `page` is deprecated: it still pages by offset within the first 1,000 agreements.")
    @ApiResponse(responseCode = "400", description = "Invalid size, page or cursor; `errors` names the parameter", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    AgreementView.Page list(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                            @Parameter(description = "Where the previous page ended; take it from `links.next`, never build it")
                            @RequestParam(required = false) @Size(max = 200) String cursor,
                            @Parameter(description = "Deprecated: page number from 0, within the first 1,000 agreements; use `cursor`",
                                    deprecated = true)
                            @RequestParam(required = false) @Min(0) @Max(1_000) Integer page,
                            @Parameter(description = "Page size, 1-100") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                            HttpServletRequest request) {
        AgreementView.Page found = service.list(agency, cursor, page, size);
        recordReads(agency, request, "GET /api/v1/agreements", found.items());
        return found;
    }

    @Operation(summary = "Answer the current draft", description = "Agree, or request changes with comments. With an "
            + "Idempotency-Key a retry answers the same; the same key with another body answers 422.")
    @ApiResponse(responseCode = "202", description = "Answer delivered to the drafting round")
    @ApiResponse(responseCode = "400", description = "Invalid answer; `errors` lists the fields", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The agreement is not waiting for an answer, or not for that round",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Body is not application/json", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/{agreementId}/partner-responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AgreementView> respond(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                                          @PathVariable String agreementId,
                                          @Parameter(description = "Makes retries safe: at most 100 characters")
                                          @RequestHeader(name = "Idempotency-Key", required = false)
                                          @Size(min = 1, max = 100) String idempotencyKey,
                                          @Valid @RequestBody PartnerResponse response, HttpServletRequest request) {
        var answered = service.respond(agency, ApiCall.of(request, agency.agencyId()), agreementId, response, idempotencyKey);
        var builder = ResponseEntity.status(HttpStatus.ACCEPTED);
        if (answered.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(answered.view());
    }
}
