package id.sinergi.enforcement;

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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Map;
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

/** The agency API for enforcement cases: partner agencies report employers and follow their cases. */
@RestController
@RequestMapping(path = "/api/v1/enforcement-cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enforcement cases", description = "Report non-compliant employers and follow their cases")
@SecurityRequirement(name = "agencyToken")
@ApiResponse(responseCode = "401", description = "Token missing, unknown or revoked", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", headers = @Header(name = "Retry-After"),
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class EnforcementCaseController {


    private final AgencyCaseService service;
    private final PersonalDataAccessLog reads;

    EnforcementCaseController(AgencyCaseService service, PersonalDataAccessLog reads) {
        this.service = service;
        this.reads = reads;
    }

    /** Each case an agency reads is a read of its employer's data (UU 27/2022), recorded per case. */
    private void recordReads(AgencyClient agency, HttpServletRequest request, String channel, List<CaseView> cases) {
        reads.record(ActorType.AGENCY, agency.agencyId(), channel, ApiCall.of(request, agency.agencyId()).requestId(),
                cases.stream().map(c -> new Read(RecordType.ENFORCEMENT_CASE, c.caseId(), c.employer().nib())).toList());
    }

    @Operation(summary = "Report an employer", description = "Opens an enforcement case. With an Idempotency-Key, "
            + "a retry with the same key and body answers the same case; the same key with another body answers 422.")
    @ApiResponse(responseCode = "201", description = "Case opened (or the case of an earlier request with the same key)",
            headers = @Header(name = "Location", description = "URL of the case"))
    @ApiResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value; `errors` lists the fields",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "This agency may not report employers", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "An open case for this NIB and violation type exists; `caseId` names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body over 1 MiB", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Body is not application/json", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> report(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                                    @Parameter(description = "Makes retries safe: at most 100 characters")
                                    @RequestHeader(name = "Idempotency-Key", required = false)
                                    @Size(min = 1, max = 100) String idempotencyKey,
                                    @Valid @RequestBody CaseReport report, HttpServletRequest request) {
        var reported = service.report(agency, ApiCall.of(request, agency.agencyId()), report, idempotencyKey);
        var builder = ResponseEntity.created(URI.create("/api/v1/enforcement-cases/" + reported.view().caseId()));
        if (reported.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(reported.view());
    }

    @Operation(summary = "One case", description = "A case this agency reported or holds the SKK of; any other id answers 404.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No such case for this agency", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{caseId}")
    CaseView find(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                  @PathVariable String caseId, HttpServletRequest request) {
        CaseView found = service.find(agency, caseId);
        recordReads(agency, request, "GET /api/v1/enforcement-cases/{caseId}", List.of(found));
        return found;
    }

    @Operation(summary = "This agency's cases", description = "Newest first, a page at a time: follow `links.next` "
            + "(absent on the last page), which keeps the filters and size and carries an opaque `cursor`. The first "
            + "page also counts the matching cases, up to 1,000 (`totalIsLowerBound` beyond). `page` is deprecated: "
            + "it still pages by offset within the first 1,000 cases.")
    @ApiResponse(responseCode = "200", description = "One page of cases")
    @ApiResponse(responseCode = "400", description = "Invalid filter, size, page or cursor; `errors` names the parameter",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    CaseView.Page list(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                       @Parameter(description = "OPEN, CLOSED or CANCELLED") @RequestParam(required = false)
                       @Pattern(regexp = "OPEN|CLOSED|CANCELLED", message = "must be OPEN, CLOSED or CANCELLED") String status,
                       @RequestParam(required = false) Stage stage,
                       @Parameter(description = "Employer NIB, 13 digits") @RequestParam(required = false)
                       @Pattern(regexp = "\\d{13}", message = "must be exactly 13 digits") String nib,
                       @Parameter(description = "Where the previous page ended; take it from `links.next`, never build it")
                       @RequestParam(required = false) @Size(max = 200) String cursor,
                       @Parameter(description = "Deprecated: page number from 0, within the first 1,000 cases; use `cursor`",
                               deprecated = true)
                       @RequestParam(required = false) @Min(0) @Max(1_000) Integer page,
                       @Parameter(description = "Page size, 1-100") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                       HttpServletRequest request) {
        CaseView.Page found = service.list(agency, status, stage, nib, cursor, page, size);
        recordReads(agency, request, "GET /api/v1/enforcement-cases", found.items());
        return found;
    }

    @Operation(summary = "Report the employer's compliance", description = "Delivers EmployerComplied to the case; "
            + "staff verify it. Verified reports are the case's payment ledger: the case closes as COMPLIED once the "
            + "obligation is met and any fine is paid. Payments (ARREARS_PAID, FINE_PAID, INSTALMENT_PAID) need "
            + "amountPaid > 0, WORKERS_REGISTERED needs workersRegistered. The date is judged in Asia/Jakarta: not after "
            + "today there, not before the day the case was reported.")
    @ApiResponse(responseCode = "202", description = "Accepted for verification")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, unknown field, invalid value, a fact the kind needs "
            + "missing, or a date before the case was reported; `errors` lists the fields",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case for this agency", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The case is closed, or another request changed it at the same moment "
            + "(`/problems/conflict`: send again)", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/{caseId}/compliance-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> reportCompliance(
            @RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
            @PathVariable String caseId,
            @Parameter(description = "Makes retries safe: at most 100 characters")
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Size(min = 1, max = 100) String idempotencyKey,
            @Valid @RequestBody ComplianceReport report, HttpServletRequest request) {
        var reported = service.reportCompliance(agency, ApiCall.of(request, agency.agencyId()), caseId, report, idempotencyKey);
        var builder = ResponseEntity.status(HttpStatus.ACCEPTED);
        if (reported.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(Map.of("caseId", caseId, "reportId", reported.reportId(), "status", "PENDING_VERIFICATION"));
    }

    @Operation(summary = "Record the prosecutor's report", description = "Only for the prosecutor's office named in "
            + "the case's special power of attorney (SKK), while the case waits for it. The office reports what happened "
            + "out of court: SUMMONED, MEDIATION, PAYMENT_STATEMENT, PARTLY_RECOVERED (progress; the case waits for the "
            + "next report), PAID_IN_FULL (ends the ladder; the case closes, except that withheld services of an employer "
            + "whose registration BPJS has not yet verified stay withheld, and the case open, until it does: PP 86/2013 "
            + "Pasal 10(7)), PAYMENT_AGREEMENT (an instalment plan follows), "
            + "FIRM_NOT_FOUND or NO_SETTLEMENT (BPJS decides between a suit and a write-off). The date is judged in "
            + "Asia/Jakarta: not after today there, not before the day the case was reported.")
    @ApiResponse(responseCode = "202", description = "Report recorded")
    @ApiResponse(responseCode = "400", description = "Malformed JSON, unknown field, invalid value (an outcome outside the "
            + "list, such as UNCOLLECTABLE), or a date before the case was reported; `errors` lists the fields",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "This agency is not a prosecutor's office", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case, or its SKK names another office", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The case is not waiting for an outcome", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/{caseId}/prosecutor-outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CaseView> recordProsecutorOutcome(
            @RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
            @PathVariable String caseId,
            @Valid @RequestBody ProsecutorOutcomeReport report, HttpServletRequest request) {
        service.recordProsecutorOutcome(agency, ApiCall.of(request, agency.agencyId()), caseId, report);
        CaseView answered = service.find(agency, caseId);
        // The answer is the case as a GET shows it, employer's data included: a read like a GET's.
        recordReads(agency, request, "POST /api/v1/enforcement-cases/{caseId}/prosecutor-outcomes", List.of(answered));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(answered);
    }
}
