package id.sinergi.dashboard;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.Groups;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The branch manager's dashboard: the register's figures in one read, for managers and administrators. */
@RestController
@RequestMapping(path = "/api/staff", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Dashboard (staff)", description = "The figures a branch manager watches")
@SecurityRequirement(name = "staffBasic")
@ApiResponse(responseCode = "401", description = "No staff credentials or Camunda webapp session", content = @Content(
        mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not a manager or administrator (or an agency token)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class DashboardController {

    private final DashboardFigures figures;

    DashboardController(DashboardFigures figures) {
        this.figures = figures;
    }

    @Operation(summary = "The manager's dashboard", description = "Open enforcement cases by stage, cases opened and "
            + "closed this month and year; engine tasks past their due date by candidate group and by step, and those "
            + "falling due in the next 5 working days; this year's arrears established, fines imposed, fines paid and "
            + "amounts recovered by month; open agreements by stage and those ending in the next 90 days; cases "
            + "reported per agency this year. Calendar periods are Asia/Jakarta's. For managers and administrators.")
    @ApiResponse(responseCode = "200", description = "The dashboard")
    @GetMapping("/dashboard")
    Dashboard dashboard(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff) {
        if (!staff.isIn(Groups.MANAGERS, Groups.ADMINS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The dashboard is for managers and administrators.");
        }
        return figures.read();
    }
}
