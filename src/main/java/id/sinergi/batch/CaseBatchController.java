package id.sinergi.batch;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Bulk reports: an agency posts up to 10,000 reports at once and follows what became of each. */
@RestController
@RequestMapping(path = CaseBatchService.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Enforcement case batches", description = "Report many employers at once and follow each report's outcome")
@SecurityRequirement(name = "agencyToken")
@ApiResponse(responseCode = "401", description = "Token missing, unknown or revoked", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Rate limit exceeded (a batch counts as one request); see Retry-After",
        headers = @Header(name = "Retry-After"),
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class CaseBatchController {

    static final String CSV = "text/csv";

    private final CaseBatchService service;

    CaseBatchController(CaseBatchService service) {
        this.service = service;
    }

    @Operation(summary = "Report many employers", description = "Takes 1 to 10,000 reports, as JSON {\"reports\": [...]} "
            + "(each the body of POST /enforcement-cases) or as CSV in UTF-8 with the data-matching header "
            + "nib,npwp,name,address,email,size_class,violation,workers,arrears,months,reference. The reports are "
            + "stored and answered 202 at once; the job executor opens the cases. Each report ends CREATED (its case), "
            + "DUPLICATE (the open case of its employer and violation) or INVALID (field and reason): read them with GET. "
            + "With an Idempotency-Key, the same batch posted again answers the first batch and opens nothing; the same "
            + "key with another body answers 422.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CaseBatchView.Request.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", description = "UTF-8 CSV, header line first"))})
    @ApiResponse(responseCode = "202", description = "Batch accepted (or the batch of an earlier request with the same key)",
            headers = @Header(name = "Location", description = "URL of the batch"))
    @ApiResponse(responseCode = "400", description = "No reports, more than 10,000, a CSV header that is wrong, malformed JSON "
            + "or an unknown top-level field; `errors` names the field. Nothing is stored",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "This agency may not report employers", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "A request with this Idempotency-Key is still being processed", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "Body over the batch limit (32 MiB)", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Body is neither application/json nor text/csv", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, CSV})
    ResponseEntity<CaseBatchView> submit(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                                         @Parameter(description = "Makes retries safe: at most 100 characters")
                                         @RequestHeader(name = "Idempotency-Key", required = false)
                                         @Size(min = 1, max = 100) String idempotencyKey,
                                         @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                         @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        var submitted = service.submit(agency, ApiCall.of(request, agency.agencyId()), contentType, body, idempotencyKey);
        var view = service.view(submitted.batch(), 0, 100);
        var builder = ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(view.links().self()));
        if (submitted.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(view);
    }

    @Operation(summary = "This agency's batches", description = "Newest first, a page at a time: follow `links.next` (absent "
            + "on the last page), which keeps the filter and size and carries an opaque `cursor`. Each batch shows its "
            + "progress; its rows are at `self`. The first page also counts the batches, up to 1,000.")
    @ApiResponse(responseCode = "200", description = "One page of batches")
    @ApiResponse(responseCode = "400", description = "Invalid status, size or cursor; `errors` names the parameter", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping
    CaseBatchView.Page list(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                            @Parameter(description = "PROCESSING or COMPLETED") @RequestParam(required = false)
                            @Pattern(regexp = "PROCESSING|COMPLETED", message = "must be PROCESSING or COMPLETED") String status,
                            @Parameter(description = "Where the previous page ended; take it from `links.next`, never build it")
                            @RequestParam(required = false) @Size(max = 200) String cursor,
                            @Parameter(description = "Page size, 1-100") @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return service.list(agency, status, cursor, size);
    }

    @Operation(summary = "One batch", description = "Progress and, page by page, the outcome of each processed report. "
            + "Only the agency that posted the batch may read it; any other id answers 404.")
    @ApiResponse(responseCode = "200", description = "The batch and one page of its rows")
    @ApiResponse(responseCode = "400", description = "Invalid paging", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such batch for this agency", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/{batchId}")
    CaseBatchView find(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency, @PathVariable String batchId,
                       @Parameter(description = "Rows after this row number (the `next` link carries it)")
                       @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int after,
                       @Parameter(description = "Rows per page, 1-1000") @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return service.view(service.visible(agency, batchId), after, size);
    }
}
