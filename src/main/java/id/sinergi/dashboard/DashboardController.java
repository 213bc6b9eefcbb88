package id.sinergi.dashboard;

import id.sinergi.agency.ApiAuthenticationFilter;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.Groups;
import id.sinergi.system.StaffUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
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
    private final DashboardLists lists;

    DashboardController(DashboardFigures figures, DashboardLists lists) {
        this.figures = figures;
        this.lists = lists;
    }

    @Operation(summary = "The manager's dashboard", description = "Open enforcement cases by stage, cases opened and "
            + "closed this month and year; engine tasks past their due date by candidate group and by step, and those "
            + "falling due in the next 5 working days; this year's arrears established, fines imposed, fines paid and "
            + "amounts recovered by month; open agreements by stage and those ending in the next 90 days; cases "
            + "reported per agency this year. Calendar periods are Asia/Jakarta's. For managers and administrators.")
    @ApiResponse(responseCode = "200", description = "The dashboard")
    @GetMapping("/dashboard")
    Dashboard dashboard(@RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff) {
        managerOnly(staff);
        return figures.read();
    }

    @Operation(summary = "The cases behind a dashboard figure", description = "The branch's enforcement cases, newest "
            + "first (reported_at, then case id), filtered as the dashboard counts them: by stage, by route (OUTREACH, "
            + "INSPECTION, UNDECIDED: no route yet, in triage; UNKNOWN: no route, past triage), by status, by the "
            + "Jakarta month or year they were reported (openedIn) or closed (closedIn). Follow links.next for the next "
            + "page. Each row links to the case file and the process instance in Cockpit. For managers and "
            + "administrators; each listed case is recorded in the personal-data access log.")
    @ApiResponse(responseCode = "200", description = "A page of cases")
    @ApiResponse(responseCode = "400", description = "A filter, size or cursor that is not valid", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/enforcement-cases")
    CaseList cases(@Parameter(description = "Stage code", example = "WARNING_1") @RequestParam(required = false) String stage,
                   @Parameter(description = "OUTREACH, INSPECTION, UNDECIDED or UNKNOWN") @RequestParam(required = false) String route,
                   @Parameter(description = "OPEN, CLOSED or CANCELLED") @RequestParam(required = false) String status,
                   @Parameter(description = "month or year: reported in the current Jakarta month or year")
                   @RequestParam(required = false) String openedIn,
                   @Parameter(description = "month or year: closed in the current Jakarta month or year")
                   @RequestParam(required = false) String closedIn,
                   @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) Integer size,
                   @Parameter(description = "Where the previous page ended (from links.next)") @RequestParam(required = false) String cursor,
                   @RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff,
                   @RequestAttribute(ApiAuthenticationFilter.REQUEST_ID) String requestId) {
        managerOnly(staff);
        return lists.cases(staff, requestId, stage, route, status, openedIn, closedIn, size, cursor);
    }

    @Operation(summary = "The agreements behind a dashboard figure", description = "The branch's agreements, newest "
            + "first (created_at, then agreement id), by stage and status, or those in force (OPEN unless a status is "
            + "given) whose end date is between today and the given number of days from today (Jakarta). Follow "
            + "links.next for the next page. For managers and administrators.")
    @ApiResponse(responseCode = "200", description = "A page of agreements")
    @ApiResponse(responseCode = "400", description = "A filter, size or cursor that is not valid", content = @Content(
            mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping("/agreements")
    CaseList.Agreements agreements(
            @Parameter(description = "Agreement stage code", example = "ACTIVE") @RequestParam(required = false) String stage,
            @Parameter(description = "OPEN, ENDED or CANCELLED") @RequestParam(required = false) String status,
            @Parameter(description = "Ending between today and this many days from today", example = "90")
            @RequestParam(required = false) Integer expiringWithinDays,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) Integer size,
            @Parameter(description = "Where the previous page ended (from links.next)") @RequestParam(required = false) String cursor,
            @RequestAttribute(ApiAuthenticationFilter.STAFF) StaffUser staff) {
        managerOnly(staff);
        return lists.agreements(stage, status, expiringWithinDays, size, cursor);
    }

    private static void managerOnly(StaffUser staff) {
        if (!staff.isIn(Groups.MANAGERS, Groups.ADMINS)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "The dashboard and its lists are for managers and administrators.");
        }
    }
}
