package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A number that states "all of them" is held to what the case counts: the first of its floor variables the process
 * holds, so the inspection's figure replaces the report's once there is one.
 */
class TaskContractFloorTest {

    private final TaskContract registration = TaskContract.task("UserTask_Register")
            .number("registeredWorkers").range(1, 1_000_000).required().atLeastFirstOf("foundWorkers", "workersAffected");

    @Test
    void beforeAnInspectionEveryReportedWorkerCounts() {
        Map<String, Object> reported = Map.of("workersAffected", 40);
        assertThatThrownBy(() -> registration.checkCompletion(Map.of("registeredWorkers", 39), true, reported::get))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("'registeredWorkers' must be at least 40 (workersAffected)");
        assertThatCode(() -> registration.checkCompletion(Map.of("registeredWorkers", 40), true, reported::get)).doesNotThrowAnyException();
    }

    @Test
    void theInspectionsFigureReplacesTheReportedOneEitherWay() {
        Map<String, Object> inspected = Map.of("workersAffected", 40, "foundWorkers", 25L);
        assertThatCode(() -> registration.checkCompletion(Map.of("registeredWorkers", 25), true, inspected::get)).doesNotThrowAnyException();
        Map<String, Object> moreFound = Map.of("workersAffected", 40, "foundWorkers", 55L);
        assertThatThrownBy(() -> registration.checkCompletion(Map.of("registeredWorkers", 40), true, moreFound::get))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("'registeredWorkers' must be at least 55 (foundWorkers)");
    }

    @Test
    void withoutEitherFigureOnlyTheRangeHolds() {
        assertThatCode(() -> registration.checkCompletion(Map.of("registeredWorkers", 1), true, name -> null)).doesNotThrowAnyException();
    }
}
