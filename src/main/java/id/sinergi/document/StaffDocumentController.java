package id.sinergi.document;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.agency.ApiCall;
import id.sinergi.agreement.AgreementProcess;
import id.sinergi.agreement.AgreementRepository;
import id.sinergi.enforcement.EnforcementCaseProcess;
import id.sinergi.enforcement.EnforcementCaseRepository;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import id.sinergi.system.StaffUser;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * The documents of a case or agreement for the branch's staff: the groups that work the process (and
 * administrators) attach signed copies, inspection record scans and proofs, and read and download them with
 * the record's letters. HTTP Basic works for everything; a Camunda webapp session for reads, and for uploads
 * with the session's CSRF token (Tasklist's "Dokumen" tab; the authentication filter checks it).
 */
@RestController
@RequestMapping(path = "/api/staff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case documents (staff)", description = "Attach, list and download the documents of cases and agreements")
@SecurityRequirement(name = "staffBasic")
@ApiResponse(responseCode = "401", description = "No staff credentials or Camunda webapp session", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a member of a group that works these records (or an agency token)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such case, agreement or document", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class StaffDocumentController {

    private static final String CASES = "enforcement-cases";
    private static final String AGREEMENTS = "agreements";

    private final EnforcementCaseRepository cases;
    private final AgreementRepository agreements;
    private final Documents documents;
    private final Map<String, ProcessAccess> access;

    StaffDocumentController(EnforcementCaseRepository cases, AgreementRepository agreements, Documents documents,
                            List<ProcessAccess> access) {
        this.cases = cases;
        this.agreements = agreements;
        this.documents = documents;
        this.access = access.stream().collect(Collectors.toMap(ProcessAccess::processKey, a -> a));
    }

    @Operation(summary = "Attach a document to a case or agreement", description = "Multipart form: `file` (PDF, JPEG or "
            + "PNG, judged by its content, at most `sinergi.documents.max-size`), `kind` (PROOF_OF_PAYMENT, SIGNED_COPY, "
            + "INSPECTION_RECORD, OTHER) and an optional `description`. `records` is `enforcement-cases` (by case number) or "
            + "`agreements` (by agreement id).")
    @ApiResponse(responseCode = "201", description = "Stored", headers = @Header(name = "Location", description = "URL to download it"))
    @ApiResponse(responseCode = "400", description = "`file` or `kind` missing or invalid", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "File over the size limit", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "Not a PDF, JPEG or PNG by content", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/{records:enforcement-cases|agreements}/{recordId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentViews.DocumentView> attach(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                                      @PathVariable String records, @PathVariable String recordId,
                                                      @RequestPart("file") MultipartFile file,
                                                      @RequestParam DocumentKind kind,
                                                      @RequestParam(required = false) String description,
                                                      HttpServletRequest request) {
        var stored = documents.attach(target(staff, records, recordId, request), kind, file, description);
        var view = DocumentViews.view(stored, base(records, recordId), true);
        return ResponseEntity.created(URI.create(view.href())).body(view);
    }

    @Operation(summary = "The documents and letters of a case or agreement", description = "Oldest first, each with its "
            + "SHA-256 and a download link. Each read is recorded in the personal-data access log.")
    @ApiResponse(responseCode = "200", description = "The documents and letters")
    @GetMapping("/{records:enforcement-cases|agreements}/{recordId}/documents")
    DocumentViews.Listing list(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                               @PathVariable String records, @PathVariable String recordId, HttpServletRequest request) {
        return documents.list(target(staff, records, recordId, request), base(records, recordId));
    }

    @Operation(summary = "Download a document")
    @ApiResponse(responseCode = "200", description = "The file", content = {@Content(mediaType = "application/pdf"),
            @Content(mediaType = "image/jpeg"), @Content(mediaType = "image/png")})
    @GetMapping(path = "/{records:enforcement-cases|agreements}/{recordId}/documents/{documentId}", produces = {
            MediaType.APPLICATION_PDF_VALUE, MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> download(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                    @PathVariable String records, @PathVariable String recordId,
                                    @PathVariable long documentId, HttpServletRequest request) {
        return Downloads.of(documents.download(target(staff, records, recordId, request), documentId));
    }

    @Operation(summary = "Download a letter's archived PDF")
    @ApiResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @GetMapping(path = "/{records:enforcement-cases|agreements}/{recordId}/letters/{fileName}", produces = {
            MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<byte[]> letter(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                  @PathVariable String records, @PathVariable String recordId,
                                  @Parameter(example = "00012-TEG-I-PKL-XI-2026.pdf") @PathVariable String fileName,
                                  HttpServletRequest request) {
        return Downloads.of(documents.letter(target(staff, records, recordId, request), fileName));
    }

    /** Only the groups that work the process (and administrators), refused before any look-up; then the record must exist. */
    private Documents.Target target(StaffUser staff, String records, String recordId, HttpServletRequest request) {
        boolean isCase = CASES.equals(records);
        var groups = access.containsKey(isCase ? EnforcementCaseProcess.KEY : AgreementProcess.KEY)
                ? access.get(isCase ? EnforcementCaseProcess.KEY : AgreementProcess.KEY).groups() : List.<String>of();
        if (!staff.isIn(Groups.ADMINS) && groups.stream().noneMatch(staff::isIn)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The documents of " + (isCase ? "enforcement cases" : "agreements") + " are for the groups that work them.");
        }
        Read read = isCase
                ? cases.find(recordId).map(c -> new Read(RecordType.ENFORCEMENT_CASE, c.caseNumber(), c.employerNib()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "case-not-found", "Case not found",
                        "No enforcement case " + recordId + " exists."))
                : agreements.find(recordId).map(a -> new Read(RecordType.AGREEMENT, a.agreementId(), null))
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "agreement-not-found", "Agreement not found",
                        "No agreement " + recordId + " exists."));
        return new Documents.Target(read, ActorType.STAFF, ApiCall.of(request, staff.userId()));
    }

    private static String base(String records, String recordId) {
        return "/api/staff/" + (CASES.equals(records) ? CASES : AGREEMENTS) + "/" + recordId;
    }
}
