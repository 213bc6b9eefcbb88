package id.sinergi.metrics;

import id.sinergi.enforcement.Stage;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gauges of the branch's work: open enforcement cases per stage, overdue tasks, open incidents and jobs out of
 * retries. They are read from a snapshot taken at most every {@code sinergi.metrics.snapshot-max-age} (30 s), so a
 * scrape every few seconds
 * (or several scrapers) costs a handful of indexed counts per interval, not per scrape.
 */
@Component
class CaseGauges implements MeterBinder {

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Snapshot snapshot;

    CaseGauges(JdbcClient jdbc, TaskService tasks, RuntimeService runtime, ManagementService management, Clock clock,
               @Value("${sinergi.metrics.snapshot-max-age:PT30S}") Duration maxAge) {
        this.maxAge = maxAge;
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.clock = clock;
    }

    private record Snapshot(Instant takenAt, Map<Stage, Long> casesByStage, long overdueTasks, long incidents, long deadJobs) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (Stage stage : Stage.values()) {
            if (stage == Stage.CLOSED) {
                continue;
            }
            Gauge.builder("sinergi.enforcement.cases.open", this, g -> g.current().casesByStage().getOrDefault(stage, 0L))
                    .description("Open enforcement cases in the stage").tag("stage", stage.name()).register(registry);
        }
        Gauge.builder("sinergi.tasks.overdue", this, g -> g.current().overdueTasks())
                .description("Open tasks past their due date").register(registry);
        Gauge.builder("sinergi.engine.incidents", this, g -> g.current().incidents())
                .description("Open engine incidents (e.g. a letter job out of retries)").register(registry);
        Gauge.builder("sinergi.engine.jobs.failed", this, g -> g.current().deadJobs())
                .description("Jobs with no retries left").register(registry);
    }

    private synchronized Snapshot current() {
        Instant now = clock.instant();
        if (snapshot == null || !snapshot.takenAt().plus(maxAge).isAfter(now)) {
            Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
            jdbc.sql("SELECT stage, COUNT(*) AS n FROM enforcement_case WHERE status = 'OPEN' GROUP BY stage")
                    .query((rs, row) -> byStage.put(Stage.valueOf(rs.getString("stage")), rs.getLong("n")))
                    .list();
            snapshot = new Snapshot(now, byStage,
                    tasks.createTaskQuery().dueBefore(Date.from(now)).count(),
                    runtime.createIncidentQuery().count(),
                    management.createJobQuery().noRetriesLeft().count());
        }
        return snapshot;
    }
}
