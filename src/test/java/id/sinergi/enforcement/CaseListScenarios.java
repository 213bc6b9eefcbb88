package id.sinergi.enforcement;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.agency.AgencyTokens;
import id.sinergi.support.ApiClient;
import id.sinergi.support.SqlStatementCounter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The agency's case list, newest first by (reported_at, case_number), page by page through `links.next`: every
 * case exactly once, in order, with the filters kept; a cursor the API did not give out is a 400 naming it; and
 * a page costs the same number of SQL statements whatever its size. Each scenario lists for an agency of its
 * own, which reported some of the cases and holds the SKK of others, so the shared demo agencies' cases do not
 * get in the way. Run by the agency-API test classes, so on H2 and on PostgreSQL.
 */
public interface CaseListScenarios {

    String LIST = "/api/v1/enforcement-cases";
    String REPORTER = "demo-token-disnaker-batang";
    AtomicLong LIST_NIBS = new AtomicLong(9_150_000_000_000L + (System.nanoTime() % 100_000) * 10_000);

    int port();

    JdbcClient jdbc();

    ApplicationContext applicationContext();

    /** What the scenario gave the agency: each case's number and the instant it says it was reported. */
    record Given(String token, Map<String, OffsetDateTime> reportedAt) {

        /** The rule: newest first, and within one instant the higher case number first. */
        List<String> expectedOrder() {
            return reportedAt.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, OffsetDateTime>, OffsetDateTime>comparing(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey).reversed())
                    .map(Map.Entry::getKey).toList();
        }
    }

    /**
     * {@code count} open cases reported by a demo agency, handed to a new agency: a third reported by it, a third
     * whose SKK names it, a third both (which must still be listed once). Their reported_at fall on four
     * instants only, so the case number breaks most ties.
     */
    private Given casesOfANewAgency(int count, boolean withCompliance) {
        ApiClient api = new ApiClient(port());
        String agencyId = "list-" + System.nanoTime();
        String token = applicationContext().getBean(AgencyTokens.class).issue(agencyId, "Dinas Uji Daftar", Set.of(), null).token();
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusDays(3);
        Map<String, OffsetDateTime> reportedAt = new HashMap<>();
        for (int i = 0; i < count; i++) {
            var created = api.postJson(LIST, REPORTER, ApiClient.json(AbstractEnforcementCaseApiTest.report(
                    Long.toString(LIST_NIBS.incrementAndGet()), "SMALL", "UNREGISTERED", 5, 1_000_000)));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String caseId = created.json().path("caseId").asText();
            if (withCompliance) {
                assertThat(api.postJson(LIST + "/" + caseId + "/compliance-reports", REPORTER,
                        AbstractEnforcementCaseApiTest.compliance()).status()).isEqualTo(202);
                for (String kind : List.of("OUTREACH", "SUMMONS")) {
                    jdbc().sql("""
                            INSERT INTO letter (letter_number, case_reference, kind, recipient_name, recipient_email, subject,
                                body, status, created_at) VALUES (?, ?, ?, 'PT Uji', 'hrd@uji.example', 'Uji', 'Isi', 'SENT', ?)
                            """).params("UJI/" + caseId + "/" + kind, caseId, kind, OffsetDateTime.now(ZoneOffset.UTC)).update();
                }
                jdbc().sql("""
                        UPDATE enforcement_case SET fine_amount = 1000, fine_basis = 1000000, fine_imposed_at = ?,
                            inspection_scheduled_at = ?, inspection_place = 'Kantor Cabang' WHERE case_number = ?
                        """).params(base, base, caseId).update();
            }
            OffsetDateTime at = base.plusSeconds(i % 4);
            String reporting = i % 3 == 1 ? "disnaker-batang" : agencyId;
            String prosecutor = i % 3 == 0 ? null : agencyId;
            jdbc().sql("UPDATE enforcement_case SET reporting_agency = ?, prosecutor_office = ?, reported_at = ? WHERE case_number = ?")
                    .params(reporting, prosecutor, at, caseId).update();
            reportedAt.put(caseId, at);
        }
        return new Given(token, reportedAt);
    }

    /** Follows `links.next` from {@code first} to the end; the case ids in the order the pages gave them. */
    private List<String> walk(ApiClient api, String token, String first, String keptInLinks) {
        List<String> seen = new ArrayList<>();
        String next = first;
        int pages = 0;
        while (next != null) {
            var response = api.get(next, token);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode page = response.json();
            assertThat(page.path("items").size()).as("no empty page before the end").isPositive();
            page.path("items").forEach(item -> seen.add(item.path("caseId").asText()));
            JsonNode link = page.path("links").path("next");
            next = link.isMissingNode() || link.isNull() ? null : link.asText();
            if (next != null) {
                assertThat(next).contains(keptInLinks.split("&"));
            }
            assertThat(++pages).as("pages").isLessThan(1_000);
        }
        return seen;
    }

    @Test
    default void caseListWalksEveryCaseOnceInOrderThroughNextLinksWithFiltersKept() {
        ApiClient api = new ApiClient(port());
        Given given = casesOfANewAgency(23, false);
        List<String> expected = given.expectedOrder();

        JsonNode first = api.get(LIST + "?status=OPEN&stage=TRIAGE&size=5", given.token()).json();
        assertThat(first.path("size").asInt()).isEqualTo(5);
        assertThat(first.path("totalItems").asLong()).isEqualTo(23);
        assertThat(first.path("totalIsLowerBound").asBoolean()).isFalse();
        assertThat(first.path("items").findValuesAsText("caseId")).containsExactlyElementsOf(expected.subList(0, 5));
        String second = first.path("links").path("next").asText();
        assertThat(api.get(second, given.token()).json().has("totalItems")).as("counted on the first page only").isFalse();

        List<String> walked = walk(api, given.token(), LIST + "?status=OPEN&stage=TRIAGE&size=5", "status=OPEN&stage=TRIAGE&size=5");
        assertThat(walked).as("every case once, newest first, ties by case number").containsExactlyElementsOf(expected);
        assertThat(walk(api, given.token(), LIST + "?size=100", "size=100")).containsExactlyElementsOf(expected);
        assertThat(walk(api, given.token(), LIST + "?size=1", "size=1")).containsExactlyElementsOf(expected);

        String one = expected.get(7);
        String nib = api.get(LIST + "/" + one, given.token()).json().path("employer").path("nib").asText();
        JsonNode byNib = api.get(LIST + "?nib=" + nib + "&size=1", given.token()).json();
        assertThat(byNib.path("items").findValuesAsText("caseId")).containsExactly(one);
        assertThat(byNib.path("links").has("next")).as("a last page has no next").isFalse();
        JsonNode closed = api.get(LIST + "?status=CLOSED", given.token()).json();
        assertThat(closed.path("items").size()).isZero();
        assertThat(closed.path("totalItems").asLong()).isZero();
        assertThat(closed.path("links").has("next")).isFalse();

        // The deprecated page parameter still pages by offset within the first 1,000 cases.
        assertThat(api.get(LIST + "?size=5&page=2", given.token()).json().path("items").findValuesAsText("caseId"))
                .containsExactlyElementsOf(expected.subList(10, 15));
        assertProblem(api.get(LIST + "?size=100&page=11", given.token()), 400);
    }

    @Test
    default void caseListRefusesACursorItDidNotGiveOut() {
        ApiClient api = new ApiClient(port());
        Given given = casesOfANewAgency(3, false);
        String next = api.get(LIST + "?size=1", given.token()).json().path("links").path("next").asText();
        String cursor = next.substring(next.indexOf("cursor=") + "cursor=".length());
        assertThat(cursor).doesNotStartWith("A");

        for (String tampered : List.of("A" + cursor.substring(1), cursor.substring(0, cursor.length() - 3) + "$$$", "bm90LWEtY3Vyc29y")) {
            var refused = api.get(LIST + "?size=1&cursor=" + tampered, given.token());
            assertProblem(refused, 400);
            assertThat(refused.json().path("errors").findValuesAsText("field")).as(tampered).containsExactly("cursor");
        }
        var both = api.get(LIST + "?size=1&page=0&cursor=" + cursor, given.token());
        assertProblem(both, 400);
        assertThat(both.json().path("errors").findValuesAsText("field")).containsExactly("page");
        assertThat(api.get(LIST + "?size=1&cursor=" + cursor, given.token()).status()).as("the cursor as given").isEqualTo(200);
    }

    @Test
    default void caseListPageTakesTheSameNumberOfQueriesAtAnySize() {
        ApiClient api = new ApiClient(port());
        Given given = casesOfANewAgency(60, true);
        api.get(LIST + "?size=50", given.token());

        int firstOf5 = counted(api, given.token(), LIST + "?size=5", 5);
        int firstOf50 = counted(api, given.token(), LIST + "?size=50", 50);
        assertThat(firstOf50).as("first page of 50 vs of 5 (%d statements)", firstOf5).isEqualTo(firstOf5);

        String secondOf5 = api.get(LIST + "?size=5", given.token()).json().path("links").path("next").asText();
        String secondOf25 = api.get(LIST + "?size=25", given.token()).json().path("links").path("next").asText();
        int laterOf5 = counted(api, given.token(), secondOf5, 5);
        int laterOf25 = counted(api, given.token(), secondOf25, 25);
        assertThat(laterOf25).as("a later page of 25 vs of 5 (%d statements)", laterOf5).isEqualTo(laterOf5);
    }

    /** The statements of one list request, asserting the page came back full with what the scenario gave it. */
    private static int counted(ApiClient api, String token, String path, int size) {
        String tag = "list-" + System.nanoTime();
        var headers = new HashMap<>(ApiClient.bearer(token));
        headers.put(SqlStatementCounter.HEADER, tag);
        var response = api.send("GET", path, headers, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode items = response.json().path("items");
        assertThat(items.size()).as("a full page").isEqualTo(size);
        items.forEach(item -> {
            assertThat(item.path("letters").size()).as("letters").isEqualTo(2);
            assertThat(item.path("complianceReports").size()).as("compliance reports").isOne();
            assertThat(item.path("fine").path("amount").asLong()).as("fine section").isEqualTo(1000);
            assertThat(item.path("timeline").size()).as("timeline").isPositive();
            assertThat(item.path("currentStepDue").isTextual()).as("due date of an open step").isTrue();
        });
        Integer executed = SqlStatementCounter.executed(tag);
        assertThat(executed).as("statements counted for " + path).isNotNull().isPositive();
        System.out.printf("%s: %d SQL statements for a page of %d%n", path, executed, size);
        return executed;
    }
}
