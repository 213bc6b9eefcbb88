package id.sinergi.privacy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For an administrator answering a data subject or an audit: who read one employer's data, and when. */
@RestController
@Validated
@RequestMapping(path = "/api/admin/personal-data-access", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Personal-data access (admin)", description = "Reads of personal data (UU 27/2022), for Camunda administrators")
@SecurityRequirement(name = "adminBasic")
class PersonalDataAccessController {

    private final PersonalDataAccessLog log;

    PersonalDataAccessController(PersonalDataAccessLog log) {
        this.log = log;
    }

    @Operation(summary = "Accesses to one employer's data", description = "Newest first: agency API reads of its "
            + "cases, staff opening its cases' tasks in Tasklist, and staff reading its cases' files.")
    @GetMapping
    List<PersonalDataAccessLog.Access> toEmployer(
            @Parameter(description = "Employer NIB, 13 digits") @RequestParam
            @Pattern(regexp = "\\d{13}", message = "must be exactly 13 digits") String nib,
            @Parameter(description = "At most this many, 1-1000") @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int limit) {
        return log.toEmployer(nib, limit);
    }
}
