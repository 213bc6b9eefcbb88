package id.sinergi.document;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.agency.ApiCall;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseRepository;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of a case in the agency API: an agency attaches proofs to a case it may see and reads that
 * case's documents and letters. A case it may not see answers 404, as everywhere in the API.
 */
@RestController
@RequestMapping(path = "/api/v1/enforcement-cases", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case documents", description = "Attach proofs to a case; read and download its documents and letters")
@SecurityRequirement(name = "agencyToken")
@ApiResponse(responseCode = "401", description = "Token missing, unknown or revoked", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such case for this agency (or no such document on it)", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "429", description = "Rate limit exceeded; see Retry-After", headers = @Header(name = "Retry-After"),
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class AgencyDocumentController {

    private final EnforcementCaseRepository cases;
    private final Documents documents;

    AgencyDocumentController(EnforcementCaseRepository cases, Documents documents) {
        this.cases = cases;
        this.documents = documents;
    }

    @Operation(summary = "Attach a document to a case", description = "Multipart form: `file` (PDF, JPEG or PNG, judged "
            + "by its content, at most `sinergi.documents.max-size`, 10 MB by default), `kind` and an optional `description` "
            + "(at most 500 characters). For any case this agency may see, as compliance reports are.")
    @ApiResponse(responseCode = "201", description = "Stored", headers = @Header(name = "Location", description = "URL to download it"))
    @ApiResponse(responseCode = "400", description = "`file` or `kind` missing, an unknown kind, an empty file or a long description; "
            + "`errors` names the field", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "File over the size limit", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by content (`errors` names `file`), or the body "
            + "is not multipart/form-data", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/{caseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentViews.DocumentView> attach(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                                                      @PathVariable String caseId,
                                                      @RequestPart("file") MultipartFile file,
                                                      @Parameter(description = "What the document is") @RequestParam DocumentKind kind,
                                                      @RequestParam(required = false) String description,
                                                      HttpServletRequest request) {
        var target = target(agency, caseId, request);
        var stored = documents.attach(target, kind, file, description);
        var view = DocumentViews.view(stored, base(caseId), false);
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @Operation(summary = "A case's documents and letters", description = "The documents attached to the case (by any "
            + "agency that sees it and by BPJS Kesehatan) and the letters issued on it, each with its SHA-256 and a "
            + "download link. Each read is recorded in the personal-data access log.")
    @ApiResponse(responseCode = "200", description = "The documents and letters, oldest first")
    @GetMapping("/{caseId}/documents")
    DocumentViews.Listing list(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                               @PathVariable String caseId, HttpServletRequest request) {
        return documents.list(target(agency, caseId, request), base(caseId));
    }

    @Operation(summary = "Download a document", description = "The bytes as stored; `Repr-Digest` carries their SHA-256.")
    @ApiResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "application/pdf"),
            @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @GetMapping(path = "/{caseId}/documents/{documentId}", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> download(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                                    @PathVariable String caseId, @PathVariable long documentId, HttpServletRequest request) {
        return Downloads.of(documents.download(target(agency, caseId, request), documentId));
    }

    @Operation(summary = "Download a letter", description = "The letter's archived, signed PDF, byte for byte as issued; "
            + "the name is the letter number with its slashes as dashes (`00012-TEG-I-PKL-XI-2026.pdf`), as in the list.")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @GetMapping(path = "/{caseId}/letters/{fileName}", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> letter(@RequestAttribute(ApiAuthenticationFilter.AGENCY) AgencyClient agency,
                                  @PathVariable String caseId,
                                  @Parameter(example = "00012-TEG-I-PKL-XI-2026.pdf") @PathVariable String fileName,
                                  HttpServletRequest request) {
        return Downloads.of(documents.letter(target(agency, caseId, request), fileName));
    }

    /** A case the agency may not see is answered exactly like one that does not exist. */
    private Documents.Target target(AgencyClient agency, String caseId, HttpServletRequest request) {
        EnforcementCase c = cases.find(caseId).filter(found -> found.visibleTo(agency.agencyId()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                        "No enforcement case " + caseId + " exists for this agency."));
        return new Documents.Target(new Read(RecordType.ENFORCEMENT_CASE, c.caseNumber(), c.employerNib()),
                ActorType.AGENCY, ApiCall.of(request, agency.agencyId()));
    }

    private static String base(String caseId) {
        return "/api/v1/enforcement-cases/" + caseId;
    }
}
