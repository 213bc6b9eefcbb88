package id.sinergi.casefile;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.casefile.CaseFile.AgreementFile;
import id.sinergi.casefile.CaseFile.EnforcementCaseFile;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case file for staff and managers: everything the register holds on one case or agreement, in one
 * place, with a single timeline. Each read is a read of personal data and is recorded.
 */
@RestController
@RequestMapping(path = "/api/staff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Case files (staff)", description = "The whole file of a case or agreement, for the branch's staff")
@SecurityRequirement(name = "staffBasic")
@ApiResponse(responseCode = "401", description = "No staff credentials or Camunda webapp session", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a member of a group that works these records (or an agency token)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class CaseFileController {

    private final CaseFiles files;

    CaseFileController(CaseFiles files) {
        this.files = files;
    }

    @Operation(summary = "An enforcement case's file", description = "The register's facts (employer, violation, source, "
            + "inspection figures, fine, sanction, court, instalment plan, compliance reports with their verification), "
            + "the letters, the staff notes and one timeline, oldest first, of stages, recorded steps (who, when, what "
            + "was decided), letters, compliance reports and a cancellation. For enforcement officers, inspectors, legal, "
            + "managers and administrators; each read is recorded in the personal-data access log.")
    @ApiResponse(responseCode = "200", description = "The case file")
    @ApiResponse(responseCode = "404", description = "No such case", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/enforcement-cases/{caseNumber}/file")
    EnforcementCaseFile caseFile(@Parameter(description = "Case number", example = "ENF-2026-000017") @PathVariable String caseNumber,
                                 @RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                 @RequestAttribute(ApiAuthenticationFilter.REQUEST_ID) String requestId) {
        return files.caseFile(staff, caseNumber, "GET /api/staff/enforcement-cases/{caseNumber}/file", requestId);
    }

    @Operation(summary = "An agreement's file", description = "The register's facts (partner, purposes, signatures, "
            + "term, data exchange), the letters, the round and staff notes and one timeline, oldest first, of the "
            + "proposal, recorded steps (reviews, signatures, monitoring reports, amendments, termination), the "
            + "partner's API answers, letters and its end or cancellation. For partnerships, legal, managers, "
            + "signatories and administrators; each read is recorded in the personal-data access log.")
    @ApiResponse(responseCode = "200", description = "The agreement file")
    @ApiResponse(responseCode = "404", description = "No such agreement", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/agreements/{agreementId}/file")
    AgreementFile agreementFile(@Parameter(description = "Agreement id (draft reference)", example = "AGR-2026-0007")
                                @PathVariable String agreementId,
                                @RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                @RequestAttribute(ApiAuthenticationFilter.REQUEST_ID) String requestId) {
        return files.agreementFile(staff, agreementId, "GET /api/staff/agreements/{agreementId}/file", requestId);
    }
}
