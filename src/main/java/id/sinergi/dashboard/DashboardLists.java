package id.sinergi.dashboard;

import id.sinergi.agreement.AgreementRepository;
import id.sinergi.agreement.AgreementStage;
import id.sinergi.calendar.Zones;
import id.sinergi.enforcement.EnforcementCaseRepository;
import id.sinergi.enforcement.EnforcementCaseRepository.BranchFilter;
import id.sinergi.enforcement.EnforcementCaseRepository.ListedCase;
import id.sinergi.enforcement.Stage;
import id.sinergi.privacy.PersonalDataAccessLog;
import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.Read;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import id.sinergi.system.ApiProblem;
import id.sinergi.system.ListCursor;
import id.sinergi.system.StaffUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The lists behind the dashboard's figures: the cases (or agreements) a figure counts, newest first, a page at a
 * time by the same keyset walk as the agencies' lists. One query per page, and one batch for the access log.
 */
@Service
class DashboardLists {

    static final String COCKPIT = "/camunda/app/cockpit/default/#";
    static final String CASE_LIST_PAGE = COCKPIT + "/sinergi/daftar-kasus";
    static final String AGREEMENT_LIST_PAGE = COCKPIT + "/sinergi/daftar-perjanjian";
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final Set<String> CASE_STATUSES = Set.of("OPEN", "CLOSED", "CANCELLED");
    static final Set<String> ROUTES = Set.of("OUTREACH", "INSPECTION", "UNDECIDED", "UNKNOWN");
    static final Set<String> AGREEMENT_STATUSES = Set.of("OPEN", "ENDED", "CANCELLED");

    private final EnforcementCaseRepository cases;
    private final AgreementRepository agreements;
    private final PersonalDataAccessLog reads;
    private final Clock clock;

    DashboardLists(EnforcementCaseRepository cases, AgreementRepository agreements, PersonalDataAccessLog reads, Clock clock) {
        this.cases = cases;
        this.agreements = agreements;
        this.reads = reads;
        this.clock = clock;
    }

    /** The query string of a list page, in a fixed order; the Cockpit page and the API share it. */
    static String query(Map<String, Object> filters) {
        var query = UriComponentsBuilder.newInstance();
        filters.forEach((name, value) -> {
            if (value != null) {
                query.queryParam(name, value);
            }
        });
        return query.build().toUriString();
    }

    static String casesPage(Map<String, Object> filters) {
        return CASE_LIST_PAGE + query(filters);
    }

    static String agreementsPage(Map<String, Object> filters) {
        return AGREEMENT_LIST_PAGE + query(filters);
    }

    @Transactional
    CaseList cases(StaffUser staff, String requestId, String stage, String route, String status, String openedIn,
                   String closedIn, Integer size, String cursor) {
        Stage stageCode = stage == null ? null : Arrays.stream(Stage.values()).filter(s -> s.name().equals(stage))
                .findFirst().orElseThrow(() -> invalid("stage", "is not a stage code"));
        oneOf("route", route, ROUTES);
        oneOf("status", status, CASE_STATUSES);
        OffsetDateTime[] opened = period("openedIn", openedIn);
        OffsetDateTime[] closed = period("closedIn", closedIn);
        int pageSize = size(size);
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        var filter = new BranchFilter(stageCode, route, status, opened[0], opened[1], closed[0], closed[1]);
        List<ListedCase> found = cases.ofBranch(filter, after, pageSize + 1);
        List<ListedCase> page = found.subList(0, Math.min(pageSize, found.size()));
        String next = null;
        if (found.size() > pageSize) {
            ListedCase last = page.get(page.size() - 1);
            next = "/api/staff/enforcement-cases" + query(ordered("stage", stage, "route", route, "status", status,
                    "openedIn", openedIn, "closedIn", closedIn, "size", pageSize,
                    "cursor", new ListCursor(last.reportedAt(), last.caseNumber()).encode()));
        }
        reads.record(ActorType.STAFF, staff.userId(), "GET /api/staff/enforcement-cases", requestId,
                page.stream().map(c -> new Read(RecordType.ENFORCEMENT_CASE, c.caseNumber(), c.employerNib())).toList());
        return new CaseList(page.stream().map(c -> new CaseList.Row(c.caseNumber(), c.employerName(), c.stage().name(),
                c.stage().label(), c.route(), c.status(), c.reportedAt(), c.closedAt(), c.processInstanceId(),
                new CaseList.RowLinks(COCKPIT + "/sinergi/kasus/" + c.caseNumber(), instance(c.processInstanceId()))))
                .toList(), pageSize, new CaseList.Links(next));
    }

    @Transactional(readOnly = true)
    CaseList.Agreements agreements(String stage, String status, Integer expiringWithinDays, Integer size, String cursor) {
        AgreementStage stageCode = stage == null ? null : Arrays.stream(AgreementStage.values())
                .filter(s -> s.name().equals(stage)).findFirst().orElseThrow(() -> invalid("stage", "is not an agreement stage code"));
        oneOf("status", status, AGREEMENT_STATUSES);
        LocalDate endFrom = null;
        LocalDate endTo = null;
        if (expiringWithinDays != null) {
            if (expiringWithinDays < 0 || expiringWithinDays > 3660) {
                throw invalid("expiringWithinDays", "must be between 0 and 3660");
            }
            endFrom = LocalDate.now(clock.withZone(Zones.OFFICE));
            endTo = endFrom.plusDays(expiringWithinDays);
        }
        // Expiring means still in force: the dashboard counts open agreements only.
        String effectiveStatus = expiringWithinDays != null && status == null ? "OPEN" : status;
        int pageSize = size(size);
        ListCursor after = cursor == null ? null : ListCursor.decode(cursor);
        var found = agreements.ofBranch(new AgreementRepository.BranchFilter(stageCode, effectiveStatus, endFrom, endTo),
                after, pageSize + 1);
        var page = found.subList(0, Math.min(pageSize, found.size()));
        String next = null;
        if (found.size() > pageSize) {
            var last = page.get(page.size() - 1);
            next = "/api/staff/agreements" + query(ordered("stage", stage, "status", status,
                    "expiringWithinDays", expiringWithinDays, "size", pageSize,
                    "cursor", new ListCursor(last.createdAt(), last.agreementId()).encode()));
        }
        return new CaseList.Agreements(page.stream().map(a -> new CaseList.AgreementRow(a.agreementId(), a.agreementNumber(),
                a.title(), a.partnerName(), a.stage().name(), a.stage().label(), a.status(), a.endDate(), a.processInstanceId(),
                new CaseList.RowLinks(COCKPIT + "/sinergi/perjanjian/" + a.agreementId(), instance(a.processInstanceId()))))
                .toList(), pageSize, new CaseList.Links(next));
    }

    private static String instance(String processInstanceId) {
        return processInstanceId == null ? null : COCKPIT + "/process-instance/" + processInstanceId + "/runtime";
    }

    /** Name-value pairs in the order given. */
    static Map<String, Object> ordered(Object... pairs) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private OffsetDateTime[] period(String field, String value) {
        if (value == null) {
            return new OffsetDateTime[2];
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.OFFICE));
        return switch (value) {
            case "month" -> new OffsetDateTime[] {DashboardFigures.startOf(today.withDayOfMonth(1)),
                    DashboardFigures.startOf(today.withDayOfMonth(1).plusMonths(1))};
            case "year" -> new OffsetDateTime[] {DashboardFigures.startOf(today.withDayOfYear(1)),
                    DashboardFigures.startOf(today.withDayOfYear(1).plusYears(1))};
            default -> throw invalid(field, "must be month or year");
        };
    }

    private static int size(Integer size) {
        if (size == null) {
            return DEFAULT_SIZE;
        }
        if (size < 1 || size > MAX_SIZE) {
            throw invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    private static void oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw invalid(field, "must be one of " + allowed.stream().sorted().toList());
        }
    }

    private static ApiProblem invalid(String field, String message) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", field + " " + message)
                .with("errors", List.of(Map.of("field", field, "message", message)));
    }
}
