package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The Tasklist filters list the card variables, also in an installation whose filters predate them. */
@SpringBootTest
@ActiveProfiles("test")
class TaskCardFiltersTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AccessSetup accessSetup;

    @Test
    void everyStaffFilterListsTheCardVariablesWithIndonesianLabels() {
        assertThat(shownVariables(AccessSetup.FILTER_GROUP_TASKS)).containsExactly(
                "caseNumber:No. kasus", "agreementId:No. referensi", "agreementNumber:No. perjanjian",
                "employerName:Badan usaha", "partnerName:Mitra", "stageName:Tahap");
        assertThat(shownVariables(AccessSetup.FILTER_MY_TASKS)).contains("caseNumber:No. kasus", "employerName:Badan usaha",
                "partnerName:Mitra", "stageName:Tahap");
        assertThat(shownVariables(AccessSetup.FILTER_ENFORCEMENT))
                .containsExactly("caseNumber:No. kasus", "employerName:Badan usaha", "stageName:Tahap");
        assertThat(shownVariables(AccessSetup.FILTER_AGREEMENTS)).containsExactly(
                "agreementId:No. referensi", "agreementNumber:No. perjanjian", "partnerName:Mitra", "stageName:Tahap");
    }

    @Test
    void aFilterCreatedBeforeTheCardVariablesGetsThemAtTheNextStart() {
        FilterService filters = engine.getFilterService();
        Filter old = filters.createFilterQuery().filterName(AccessSetup.FILTER_MY_TASKS).singleResult();
        Object query = expressions(filters.getFilter(old.getId()));
        old.setProperties(new java.util.HashMap<>(Map.of("description", "Tugas yang sudah Anda klaim", "priority", -5,
                "refresh", true)));
        filters.saveFilter(old);
        assertThat(shownVariables(AccessSetup.FILTER_MY_TASKS)).isEmpty();

        accessSetup.setUp();

        Filter updated = filters.createFilterQuery().filterName(AccessSetup.FILTER_MY_TASKS).singleResult();
        assertThat(updated.getId()).as("the same filter, updated in place").isEqualTo(old.getId());
        assertThat(shownVariables(AccessSetup.FILTER_MY_TASKS)).contains("caseNumber:No. kasus", "stageName:Tahap");
        assertThat(updated.getProperties()).containsEntry("showUndefinedVariable", false);
        assertThat(filters.createFilterQuery().filterName(AccessSetup.FILTER_MY_TASKS).count()).isEqualTo(1);
        assertThat(expressions(filters.getFilter(updated.getId()))).as("its query is kept").isEqualTo(query)
                .hasToString("{taskAssignee=${currentUser()}}");
    }

    private static Object expressions(Filter filter) {
        return ((org.camunda.bpm.engine.impl.TaskQueryImpl) filter.getQuery()).getExpressions();
    }

    @SuppressWarnings("unchecked")
    private List<String> shownVariables(String filterName) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName(filterName).singleResult();
        assertThat(filter).as(filterName).isNotNull();
        Object variables = filter.getProperties().get("variables");
        if (variables == null) {
            return List.of();
        }
        return ((List<Map<String, Object>>) variables).stream()
                .map(variable -> variable.get("name") + ":" + variable.get("label")).toList();
    }
}
