package id.sinergi.dashboard;

import id.sinergi.calendar.WorkingDayCalendar;
import id.sinergi.calendar.Zones;
import id.sinergi.dashboard.Dashboard.Agencies;
import id.sinergi.dashboard.Dashboard.ApiErrors;
import id.sinergi.dashboard.Dashboard.Agreements;
import id.sinergi.dashboard.Dashboard.CaseLinks;
import id.sinergi.dashboard.Dashboard.Cases;
import id.sinergi.dashboard.Dashboard.Count;
import id.sinergi.dashboard.Dashboard.Money;
import id.sinergi.dashboard.Dashboard.Month;
import id.sinergi.dashboard.Dashboard.Step;
import id.sinergi.dashboard.Dashboard.Tasks;
import id.sinergi.enforcement.CaseSettlement;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard from the register (enforcement_case, compliance_report, agreement) and the engine's
 * runtime task tables: fourteen queries whatever the number of cases. Calendar periods are Jakarta's.
 */
@Service
class DashboardFigures {

    static final String COCKPIT_PROCESSES = "/camunda/app/cockpit/default/#/processes";
    static final String TASKLIST = "/camunda/app/tasklist/default/#/";
    static final int DUE_WINDOW_WORKING_DAYS = 5;
    static final int EXPIRY_WINDOW_DAYS = 90;
    static final String MONITORING_REPORT = "UserTask_MonitoringReport";
    static final String PARTNER_RESPONSE = "UserTask_RecordPartnerResponse";
    /** The kinds of a verified compliance report that bring money in. */
    static final List<String> PAYMENT_KINDS = List.of("ARREARS_PAID", "FINE_PAID", "INSTALMENT_PAID");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final Period draftReminder;

    DashboardFigures(JdbcClient jdbc, Clock clock, WorkingDayCalendar calendar,
                     @Value("${sinergi.agreement.draft-reminder}") Period draftReminder) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.draftReminder = draftReminder;
    }

    @Transactional(readOnly = true)
    Dashboard read() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(Zones.OFFICE));
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate monthStart = today.withDayOfMonth(1);
        return new Dashboard(now, today, cases(yearStart, monthStart), tasks(now, today), money(yearStart),
                agreements(now, today), agencies(yearStart, monthStart));
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Zones.OFFICE).toOffsetDateTime();
    }

    private Cases cases(LocalDate yearStart, LocalDate monthStart) {
        List<Count> byStage = jdbc.sql("""
                SELECT stage, COUNT(*) AS n FROM enforcement_case WHERE status = 'OPEN' GROUP BY stage ORDER BY stage
                """).query((rs, i) -> new Count(rs.getString("stage"), rs.getLong("n"),
                        DashboardLists.casesPage(DashboardLists.ordered("stage", rs.getString("stage"), "status", "OPEN"))))
                .list();
        OffsetDateTime year = startOf(yearStart);
        OffsetDateTime nextYear = startOf(yearStart.plusYears(1));
        OffsetDateTime month = startOf(monthStart);
        OffsetDateTime nextMonth = startOf(monthStart.plusMonths(1));
        long[] periods = jdbc.sql("""
                SELECT
                  SUM(CASE WHEN reported_at >= ? AND reported_at < ? THEN 1 ELSE 0 END) AS opened_month,
                  SUM(CASE WHEN reported_at >= ? AND reported_at < ? THEN 1 ELSE 0 END) AS opened_year,
                  SUM(CASE WHEN closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END) AS closed_month,
                  SUM(CASE WHEN closed_at >= ? AND closed_at < ? THEN 1 ELSE 0 END) AS closed_year
                FROM enforcement_case
                WHERE (reported_at >= ? AND reported_at < ?) OR (closed_at >= ? AND closed_at < ?)
                """).params(month, nextMonth, year, nextYear, month, nextMonth, year, nextYear, year, nextYear, year, nextYear)
                .query((rs, i) -> new long[] {rs.getLong("opened_month"), rs.getLong("opened_year"),
                        rs.getLong("closed_month"), rs.getLong("closed_year")}).single();
        List<Count> byRoute = jdbc.sql("""
                SELECT CASE WHEN route IS NOT NULL THEN route WHEN stage = 'TRIAGE' THEN 'UNDECIDED' ELSE 'UNKNOWN' END AS r,
                       COUNT(*) AS n
                FROM enforcement_case WHERE status = 'OPEN'
                GROUP BY CASE WHEN route IS NOT NULL THEN route WHEN stage = 'TRIAGE' THEN 'UNDECIDED' ELSE 'UNKNOWN' END
                ORDER BY r
                """).query((rs, i) -> new Count(rs.getString("r"), rs.getLong("n"),
                        DashboardLists.casesPage(DashboardLists.ordered("route", rs.getString("r"), "status", "OPEN"))))
                .list();
        long open = byStage.stream().mapToLong(Count::count).sum();
        var links = new CaseLinks(DashboardLists.casesPage(DashboardLists.ordered("status", "OPEN")),
                DashboardLists.casesPage(DashboardLists.ordered("openedIn", "month")),
                DashboardLists.casesPage(DashboardLists.ordered("openedIn", "year")),
                DashboardLists.casesPage(DashboardLists.ordered("closedIn", "month")),
                DashboardLists.casesPage(DashboardLists.ordered("closedIn", "year")));
        return new Cases(byStage, open, byRoute, periods[0], periods[1], periods[2], periods[3], COCKPIT_PROCESSES, links);
    }

    private Tasks tasks(OffsetDateTime now, LocalDate today) {
        // The engine keeps due dates as local timestamps of this JVM; a java.sql.Timestamp compares like for like.
        Timestamp at = Timestamp.from(now.toInstant());
        List<Count> byGroup = jdbc.sql("""
                SELECT l.GROUP_ID_ AS group_id, COUNT(DISTINCT t.ID_) AS n
                FROM ACT_RU_TASK t JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_
                WHERE l.TYPE_ = 'candidate' AND l.GROUP_ID_ IS NOT NULL AND t.DUE_DATE_ < ?
                GROUP BY l.GROUP_ID_ ORDER BY l.GROUP_ID_
                """).param(at).query((rs, i) -> new Count(rs.getString("group_id"), rs.getLong("n"), TASKLIST)).list();
        List<Step> byStep = jdbc.sql("""
                SELECT TASK_DEF_KEY_ AS task_key, NAME_ AS task_name, COUNT(*) AS n FROM ACT_RU_TASK
                WHERE DUE_DATE_ < ? GROUP BY TASK_DEF_KEY_, NAME_ ORDER BY TASK_DEF_KEY_, NAME_
                """).param(at).query((rs, i) -> new Step(rs.getString("task_key"), rs.getString("task_name"), rs.getLong("n"))).list();
        LocalDate lastDay = calendar.addWorkingDays(today, DUE_WINDOW_WORKING_DAYS);
        Timestamp windowEnd = Timestamp.from(startOf(lastDay.plusDays(1)).toInstant());
        long dueSoon = jdbc.sql("SELECT COUNT(*) FROM ACT_RU_TASK WHERE DUE_DATE_ >= ? AND DUE_DATE_ < ?")
                .params(at, windowEnd).query(Long.class).single();
        long overdue = byStep.stream().mapToLong(Step::count).sum();
        return new Tasks(byGroup, byStep, overdue, dueSoon, lastDay, TASKLIST);
    }

    /** Twelve sums per figure in one query each: SUM(CASE WHEN column in month m THEN amount END). */
    private Money money(LocalDate yearStart) {
        List<Object> caseParams = new ArrayList<>();
        List<Object> reportParams = new ArrayList<>();
        StringBuilder caseColumns = new StringBuilder();
        StringBuilder reportColumns = new StringBuilder();
        for (int m = 1; m <= 12; m++) {
            LocalDate from = yearStart.withMonth(m);
            LocalDate to = from.plusMonths(1);
            String sep = m == 1 ? "" : ", ";
            caseColumns.append(sep)
                    .append("SUM(CASE WHEN inspection_scheduled_at >= ? AND inspection_scheduled_at < ? THEN established_arrears END) AS a")
                    .append(m)
                    .append(", SUM(CASE WHEN fine_imposed_at >= ? AND fine_imposed_at < ? THEN fine_amount END) AS f").append(m);
            caseParams.addAll(List.of(startOf(from), startOf(to), startOf(from), startOf(to)));
            reportColumns.append(sep)
                    .append("SUM(CASE WHEN kind = 'FINE_PAID' AND compliance_date >= ? AND compliance_date < ? THEN amount_paid END) AS p")
                    .append(m)
                    .append(", SUM(CASE WHEN compliance_date >= ? AND compliance_date < ? THEN amount_paid END) AS r").append(m);
            reportParams.addAll(List.of(from, to, from, to));
        }
        OffsetDateTime year = startOf(yearStart);
        OffsetDateTime nextYear = startOf(yearStart.plusYears(1));
        caseParams.addAll(List.of(year, nextYear, year, nextYear));
        BigDecimal[][] established = jdbc.sql("SELECT " + caseColumns + " FROM enforcement_case"
                        + " WHERE (inspection_scheduled_at >= ? AND inspection_scheduled_at < ?) OR (fine_imposed_at >= ? AND fine_imposed_at < ?)")
                .params(caseParams).query((rs, i) -> {
                    BigDecimal[][] sums = new BigDecimal[2][12];
                    for (int m = 1; m <= 12; m++) {
                        sums[0][m - 1] = orZero(rs.getBigDecimal("a" + m));
                        sums[1][m - 1] = orZero(rs.getBigDecimal("f" + m));
                    }
                    return sums;
                }).single();
        reportParams.addAll(List.of(yearStart, yearStart.plusYears(1)));
        reportParams.addAll(PAYMENT_KINDS);
        BigDecimal[][] paid = jdbc.sql("SELECT " + reportColumns + " FROM compliance_report"
                        + " WHERE status = 'VERIFIED' AND compliance_date >= ? AND compliance_date < ?"
                        + " AND amount_paid IS NOT NULL AND kind IN (?, ?, ?)")
                .params(reportParams).query((rs, i) -> {
                    BigDecimal[][] sums = new BigDecimal[2][12];
                    for (int m = 1; m <= 12; m++) {
                        sums[0][m - 1] = orZero(rs.getBigDecimal("p" + m));
                        sums[1][m - 1] = orZero(rs.getBigDecimal("r" + m));
                    }
                    return sums;
                }).single();
        BigDecimal[] instalmentsToFines = instalmentsTowardFines(yearStart);
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(new Month(m, established[0][m - 1], established[1][m - 1], paid[0][m - 1].add(instalmentsToFines[m - 1]),
                    paid[1][m - 1]));
        }
        return new Money(yearStart.getYear(), months);
    }

    /**
     * Fines paid by instalments, per month of the year: a plan pays the arrears first, so an instalment pays the fine
     * with what it brings beyond them, up to what direct fine payments left of it (CaseSettlement's ledger), in its own
     * month. Each case of an instalment dated this year is walked in the order of its instalments, earlier years'
     * included.
     */
    private BigDecimal[] instalmentsTowardFines(LocalDate yearStart) {
        BigDecimal[] sums = new BigDecimal[12];
        java.util.Arrays.fill(sums, BigDecimal.ZERO);
        var walked = new Object() {
            String caseNumber;
            BigDecimal before = BigDecimal.ZERO;
        };
        jdbc.sql("""
                SELECT r.case_number, r.compliance_date, r.amount_paid, COALESCE(c.established_arrears, c.arrears_amount) AS assessed,
                    COALESCE(c.fine_amount, 0) AS fine,
                    (SELECT COALESCE(SUM(a.amount_paid), 0) FROM compliance_report a
                     WHERE a.case_number = r.case_number AND a.status = 'VERIFIED' AND a.kind = 'ARREARS_PAID') AS arrears_paid,
                    (SELECT COALESCE(SUM(f.amount_paid), 0) FROM compliance_report f
                     WHERE f.case_number = r.case_number AND f.status = 'VERIFIED' AND f.kind = 'FINE_PAID') AS fine_paid
                FROM compliance_report r JOIN enforcement_case c ON c.case_number = r.case_number
                WHERE r.status = 'VERIFIED' AND r.kind = 'INSTALMENT_PAID' AND r.amount_paid IS NOT NULL
                  AND r.compliance_date < ? AND r.case_number IN (SELECT case_number FROM compliance_report
                      WHERE status = 'VERIFIED' AND compliance_date >= ? AND compliance_date < ? AND kind = 'INSTALMENT_PAID')
                ORDER BY r.case_number, r.compliance_date, r.received_at
                """).params(yearStart.plusYears(1), yearStart, yearStart.plusYears(1)).query(rs -> {
                    String caseNumber = rs.getString("case_number");
                    if (!caseNumber.equals(walked.caseNumber)) {
                        walked.caseNumber = caseNumber;
                        walked.before = BigDecimal.ZERO;
                    }
                    BigDecimal assessed = rs.getBigDecimal("assessed");
                    BigDecimal arrearsPaid = rs.getBigDecimal("arrears_paid");
                    BigDecimal fineLeft = rs.getBigDecimal("fine").subtract(rs.getBigDecimal("fine_paid")).max(BigDecimal.ZERO);
                    BigDecimal after = walked.before.add(rs.getBigDecimal("amount_paid"));
                    LocalDate date = rs.getObject("compliance_date", LocalDate.class);
                    if (!date.isBefore(yearStart)) {
                        sums[date.getMonthValue() - 1] = sums[date.getMonthValue() - 1]
                                .add(CaseSettlement.instalmentsTowardTheFine(after, assessed, arrearsPaid, fineLeft)
                                        .subtract(CaseSettlement.instalmentsTowardTheFine(walked.before, assessed, arrearsPaid, fineLeft)));
                    }
                    walked.before = after;
                });
        return sums;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private Agreements agreements(OffsetDateTime now, LocalDate today) {
        List<Count> byStage = jdbc.sql("""
                SELECT stage, COUNT(*) AS n FROM agreement WHERE status = 'OPEN' GROUP BY stage ORDER BY stage
                """).query((rs, i) -> new Count(rs.getString("stage"), rs.getLong("n"),
                        DashboardLists.agreementsPage(DashboardLists.ordered("stage", rs.getString("stage"), "status", "OPEN"))))
                .list();
        long expiring = jdbc.sql("""
                SELECT COUNT(*) FROM agreement WHERE status = 'OPEN' AND end_date >= ? AND end_date <= ?
                """).params(today, today.plusDays(EXPIRY_WINDOW_DAYS)).query(Long.class).single();
        // Engine timestamps are this JVM's local time; java.sql.Timestamp compares like for like (see tasks()).
        Timestamp at = Timestamp.from(now.toInstant());
        Timestamp remindedBefore = Timestamp.from(now.minus(draftReminder).toInstant());
        long[] monitoring = jdbc.sql("""
                SELECT
                  SUM(CASE WHEN TASK_DEF_KEY_ = ? THEN 1 ELSE 0 END) AS monitoring_open,
                  SUM(CASE WHEN TASK_DEF_KEY_ = ? AND DUE_DATE_ < ? THEN 1 ELSE 0 END) AS monitoring_overdue,
                  SUM(CASE WHEN TASK_DEF_KEY_ = ? AND CREATE_TIME_ <= ? THEN 1 ELSE 0 END) AS awaited
                FROM ACT_RU_TASK WHERE TASK_DEF_KEY_ IN (?, ?)
                """).params(MONITORING_REPORT, MONITORING_REPORT, at, PARTNER_RESPONSE, remindedBefore,
                        MONITORING_REPORT, PARTNER_RESPONSE)
                .query((rs, i) -> new long[] {rs.getLong("monitoring_open"), rs.getLong("monitoring_overdue"),
                        rs.getLong("awaited")}).single();
        return new Agreements(byStage, expiring, monitoring[0], monitoring[1], monitoring[2], COCKPIT_PROCESSES,
                DashboardLists.agreementsPage(DashboardLists.ordered("expiringWithinDays", EXPIRY_WINDOW_DAYS)));
    }

    private Agencies agencies(LocalDate yearStart, LocalDate monthStart) {
        List<Count> reported = jdbc.sql("""
                SELECT reporting_agency, COUNT(*) AS n FROM enforcement_case
                WHERE reporting_agency IS NOT NULL AND reported_at >= ? AND reported_at < ?
                GROUP BY reporting_agency ORDER BY reporting_agency
                """).params(startOf(yearStart), startOf(yearStart.plusYears(1)))
                .query((rs, i) -> new Count(rs.getString("reporting_agency"), rs.getLong("n"), null)).list();
        List<ApiErrors> errors = jdbc.sql("""
                SELECT a.actor AS agency,
                       SUM(CASE WHEN a.status < 500 THEN 1 ELSE 0 END) AS client_errors,
                       SUM(CASE WHEN a.status >= 500 THEN 1 ELSE 0 END) AS server_errors
                FROM api_audit a JOIN agency_client c ON c.agency_id = a.actor
                WHERE a.at >= ? AND a.at < ? AND a.status >= 400
                GROUP BY a.actor ORDER BY a.actor
                """).params(startOf(monthStart), startOf(monthStart.plusMonths(1)))
                .query((rs, i) -> new ApiErrors(rs.getString("agency"), rs.getLong("client_errors"), rs.getLong("server_errors")))
                .list();
        return new Agencies(reported, errors);
    }
}
