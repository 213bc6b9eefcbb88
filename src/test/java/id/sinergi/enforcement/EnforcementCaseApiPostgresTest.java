package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.EmbeddedPostgresInitializer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/** The agency API on a real PostgreSQL server. */
@ContextConfiguration(initializers = EmbeddedPostgresInitializer.class)
@DirtiesContext
class EnforcementCaseApiPostgresTest extends AbstractEnforcementCaseApiTest {

    /**
     * On PostgreSQL, each branch of the list walks its V27 index in order from the cursor: no sequential scan of
     * the register, no sort of an agency's whole history. The planner is told not to scan sequentially (the test
     * database is small enough for a scan to look cheap), so the plan shows which index serves each branch.
     */
    @Test
    void caseListBranchesWalkTheirIndexes() {
        var register = applicationContext().getBean(EnforcementCaseRepository.class);
        var transaction = new org.springframework.transaction.support.TransactionTemplate(
                applicationContext().getBean(org.springframework.transaction.PlatformTransactionManager.class));
        var after = new EnforcementCaseRepository.ListKey(OffsetDateTime.now(ZoneOffset.UTC), "ENF-2026-000100");
        // Which agency index serves a status filter is the planner's choice (with most cases open, the plain list
        // index filtered by status is as cheap as the status index); either walks the agency's cases in order.
        Map<String, List<String>> expectedIndexes = Map.of(
                "", List.of("enforcement_case_agency_list", "enforcement_case_prosecutor_list"),
                "OPEN", List.of("enforcement_case_agency_", "enforcement_case_prosecutor_list"));
        expectedIndexes.forEach((status, indexes) -> {
            var filter = new EnforcementCaseRepository.AgencyFilter("disnaker-batang", status.isEmpty() ? null : status, null, null);
            for (var key : java.util.Arrays.asList(null, after)) {
                var query = register.visibleToQuery(filter, key, 21);
                String plan = transaction.execute(tx -> {
                    jdbc.sql("SET LOCAL enable_seqscan = off").update();
                    return String.join("\n", jdbc.sql("EXPLAIN " + query.sql()).params(query.params()).query(String.class).list());
                });
                System.out.println(plan);
                assertThat(plan).as(plan).contains(indexes.toArray(String[]::new)).contains("Index Scan using enforcement_case_agency")
                        .doesNotContain("Seq Scan").doesNotContainPattern("->\\s+Sort\\s+\\(");
            }
        });
    }

    /** Tasklist's search and sort, on the database that answers it from its indexes (see the scenario). */
    @Test
    void officersSearchAndSortTasks() {
        officersSearchAndSortTasksByCaseNumberAndEmployer();
    }
}
