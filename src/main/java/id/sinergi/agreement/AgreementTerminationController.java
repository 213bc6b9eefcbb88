package id.sinergi.agreement;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.Groups;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Partnerships staff record a mutual termination of an agreement in force, when the parties agree on it. */
@RestController
@RequestMapping(path = "/api/staff/agreements", produces = MediaType.APPLICATION_JSON_VALUE)
class AgreementTerminationController {

    private final AgreementTermination termination;

    AgreementTerminationController(AgreementTermination termination) {
        this.termination = termination;
    }

    /** The fields of the former termination form. */
    record TerminationRequest(
            @Schema(description = "The agreed day the agreement ends (yyyy-MM-dd); today or earlier ends it at once")
            @NotNull LocalDate terminationDate,
            @Schema(description = "Why the parties end it") @NotBlank @Size(max = 2000) String terminationReason) {
    }

    @Operation(summary = "Record a mutual termination", description = "Ends an agreement in force: at once when "
            + "`terminationDate` is today or earlier, else at the end of that day (Asia/Jakarta). 409 when the "
            + "agreement is not in force or a termination is already recorded.")
    @PostMapping(path = "/{agreementId}/termination", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> terminate(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                                   @PathVariable String agreementId, @Valid @RequestBody TerminationRequest request) {
        if (!staff.isIn(Groups.PARTNERSHIPS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "not-partnerships", "Not allowed",
                    "Only the partnerships group records a termination.");
        }
        termination.terminate(agreementId, request.terminationDate(), request.terminationReason(), staff.userId());
        return ResponseEntity.accepted().build();
    }
}
