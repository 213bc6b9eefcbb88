package id.sinergi.dashboard;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The figures a branch manager asks for, as {@code GET /api/staff/dashboard} answers them. */
@Schema(name = "Dashboard", description = "The branch manager's figures; calendar periods are Asia/Jakarta's")
public record Dashboard(
        @Schema(description = "When the figures were read") OffsetDateTime asOf,
        @Schema(description = "Today in Jakarta, the day the periods are counted from") LocalDate today,
        @Schema(description = "Enforcement cases (table enforcement_case)") Cases enforcementCases,
        @Schema(description = "Engine tasks by due date (the engine's runtime task table)") Tasks tasks,
        @Schema(description = "This year's money by month") Money money,
        @Schema(description = "Agreements (table agreement)") Agreements agreements,
        @Schema(description = "Partner agencies' activity") Agencies agencies) {

    /** A count under a name (a stage, a group, an agency), with the list behind it where one exists. */
    @Schema(name = "DashboardCount", description = "A count under a name: a stage, a candidate group or an agency")
    public record Count(
            @Schema(description = "The stage, candidate group or agency id") String key,
            @Schema(description = "How many") long count,
            @Schema(description = "Where the list behind the count is, if there is one: a Sinergi list page in Cockpit for "
                    + "cases and agreements, Tasklist for tasks", nullable = true) String href) {
    }

    @Schema(name = "DashboardCases", description = "Enforcement cases")
    public record Cases(
            @Schema(description = "Open cases (status OPEN) by stage") List<Count> openByStage,
            @Schema(description = "Open cases") long open,
            @Schema(description = "Open cases by the route the DMN enforcement-route gave them (enforcement_case.route): "
                    + "OUTREACH (imbauan dahulu), INSPECTION (langsung pemeriksaan), UNDECIDED (still in triage, no "
                    + "route yet) or UNKNOWN (routed before the register kept the route)") List<Count> openByRoute,
            @Schema(description = "Cases reported (reported_at) this calendar month") long openedThisMonth,
            @Schema(description = "Cases reported (reported_at) this calendar year") long openedThisYear,
            @Schema(description = "Cases closed (closed_at) this calendar month") long closedThisMonth,
            @Schema(description = "Cases closed (closed_at) this calendar year") long closedThisYear,
            @Schema(description = "Cockpit's process list") String href,
            @Schema(description = "The Cockpit pages listing the cases behind each figure") CaseLinks links) {
    }

    @Schema(name = "DashboardCaseLinks", description = "The Cockpit pages listing the cases behind the case figures")
    public record CaseLinks(
            @Schema(description = "Open cases") String open,
            @Schema(description = "Cases reported this calendar month") String openedThisMonth,
            @Schema(description = "Cases reported this calendar year") String openedThisYear,
            @Schema(description = "Cases closed this calendar month") String closedThisMonth,
            @Schema(description = "Cases closed this calendar year") String closedThisYear) {
    }

    @Schema(name = "DashboardStep", description = "Overdue tasks of one step")
    public record Step(
            @Schema(description = "The task's definition key in the model", example = "UserTask_TriageCase") String taskDefinitionKey,
            @Schema(description = "The task's name") String name,
            @Schema(description = "Tasks of this step past their due date") long count) {
    }

    @Schema(name = "DashboardTasks", description = "Engine tasks by due date")
    public record Tasks(
            @Schema(description = "Tasks past their due date by candidate group (a task with two groups counts in both)")
            List<Count> overdueByCandidateGroup,
            @Schema(description = "Tasks past their due date by step") List<Step> overdueByStep,
            @Schema(description = "Tasks past their due date") long overdue,
            @Schema(description = "Tasks falling due from now to the end of the fifth working day after today")
            long dueInNextFiveWorkingDays,
            @Schema(description = "The fifth working day after today (the project's working-day calendar)") LocalDate dueWindowLastDay,
            @Schema(description = "Tasklist") String href) {
    }

    @Schema(name = "DashboardMonth", description = "One month's money, in whole rupiah")
    public record Month(
            @Schema(description = "Month of the year, 1 to 12") int month,
            @Schema(description = "enforcement_case.established_arrears of cases inspected (inspection_scheduled_at) in the month")
            BigDecimal arrearsEstablished,
            @Schema(description = "enforcement_case.fine_amount of fines imposed (fine_imposed_at) in the month") BigDecimal finesImposed,
            @Schema(description = "Fines paid in the month (compliance_date): VERIFIED FINE_PAID amounts, and what VERIFIED "
                    + "INSTALMENT_PAID amounts paid beyond the case's arrears (a plan pays the arrears first: LHPA figure, else "
                    + "the reported one, less direct arrears payments), counted in the month of the instalment that did")
            BigDecimal finesPaid,
            @Schema(description = "compliance_report.amount_paid of VERIFIED ARREARS_PAID, FINE_PAID and INSTALMENT_PAID reports "
                    + "dated (compliance_date) in the month") BigDecimal recovered) {
    }

    @Schema(name = "DashboardMoney", description = "This year's money by month")
    public record Money(
            @Schema(description = "The calendar year") int year,
            @Schema(description = "Twelve months, January first") List<Month> months) {
    }

    @Schema(name = "DashboardAgreements", description = "Agreements")
    public record Agreements(
            @Schema(description = "Open agreements (status OPEN) by stage") List<Count> openByStage,
            @Schema(description = "Open agreements whose end_date is within 90 days from today") long expiringInNext90Days,
            @Schema(description = "Open 6-monthly monitoring and evaluation reports (engine tasks UserTask_MonitoringReport)")
            long monitoringReportsOpen,
            @Schema(description = "Open monitoring and evaluation reports past their due date") long monitoringReportsOverdue,
            @Schema(description = "Drafts whose partner answer is still awaited after the reminder period "
                    + "(sinergi.agreement.draft-reminder): engine tasks UserTask_RecordPartnerResponse created that long ago "
                    + "or longer") long partnerResponsesPastReminder,
            @Schema(description = "Cockpit's process list") String href,
            @Schema(description = "The Cockpit page listing the open agreements ending within 90 days") String expiringHref) {
    }

    @Schema(name = "DashboardAgencies", description = "Partner agencies' activity")
    public record Agencies(
            @Schema(description = "Cases reported this calendar year by reporting agency (enforcement_case.reporting_agency)")
            List<Count> casesReportedThisYear,
            @Schema(description = "Agency API calls answered with an error this calendar month, by agency (api_audit.status)")
            List<ApiErrors> apiErrorsThisMonth) {
    }

    @Schema(name = "DashboardApiErrors", description = "One agency's API calls answered with an error")
    public record ApiErrors(
            @Schema(description = "The agency id") String agency,
            @Schema(description = "Calls refused with a 4xx status (invalid request, not found, conflict...)") long clientErrors,
            @Schema(description = "Calls that failed with a 5xx status") long serverErrors) {
    }
}
