package id.sinergi.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The figures a branch manager asks for, as {@code GET /api/staff/dashboard} answers them. */
public record Dashboard(OffsetDateTime asOf, LocalDate today, Cases enforcementCases, Tasks tasks, Money money,
                        Agreements agreements, Agencies agencies) {

    /** A count under a name (a stage, a group, an agency), with the list behind it where one exists. */
    public record Count(String key, long count, String href) {
    }

    public record Cases(List<Count> openByStage, long open, long openedThisMonth, long openedThisYear,
                        long closedThisMonth, long closedThisYear, String href) {
    }

    public record Step(String taskDefinitionKey, String name, long count) {
    }

    public record Tasks(List<Count> overdueByCandidateGroup, List<Step> overdueByStep, long overdue,
                        long dueInNextFiveWorkingDays, LocalDate dueWindowLastDay, String href) {
    }

    public record Month(int month, BigDecimal arrearsEstablished, BigDecimal finesImposed, BigDecimal finesPaid,
                        BigDecimal recovered) {
    }

    public record Money(int year, List<Month> months) {
    }

    public record Agreements(List<Count> openByStage, long expiringInNext90Days, String href) {
    }

    public record Agencies(List<Count> casesReportedThisYear) {
    }
}
