package id.sinergi.system;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a connection pool that the job executor could drain.
 *
 * <p>A letter job holds the engine's connection while {@code LetterService} runs its own short
 * transactions, so each job thread may need two connections at once. If every pool connection were held
 * by a job thread waiting for its second one, every job, API call and health check would wait for the
 * pool's timeout: the deadlock the hardening attack found. With at least two connections per job thread,
 * one for the acquisition thread and a reserve for web requests, job threads alone can never take the
 * last connection a job needs, and web requests (which hold one connection at a time) always progress.
 * Case numbers and other identifiers drawn inside a transaction take no second connection from this pool:
 * {@link Sequences} draws them on a small pool of its own.
 */
@Component
class ConnectionBudget {

    static final int CONNECTIONS_PER_JOB_THREAD = 2;
    static final int ACQUISITION_THREAD = 1;
    static final int WEB_RESERVE = 2;

    ConnectionBudget(DataSource dataSource, CamundaBpmProperties camunda) {
        var jobs = camunda.getJobExecution();
        if (!jobs.isEnabled() || !(dataSource instanceof HikariDataSource pool)) {
            return;
        }
        int needed = required(jobs.getMaxPoolSize());
        if (pool.getMaximumPoolSize() < needed) {
            throw new IllegalStateException(("The database pool has %d connections, but %d job executor threads need "
                    + "%d (2 per thread, 1 for job acquisition, %d for web requests). Raise "
                    + "spring.datasource.hikari.maximum-pool-size or lower camunda.bpm.job-execution.max-pool-size.")
                    .formatted(pool.getMaximumPoolSize(), jobs.getMaxPoolSize(), needed, WEB_RESERVE));
        }
    }

    static int required(int jobThreads) {
        return CONNECTIONS_PER_JOB_THREAD * jobThreads + ACQUISITION_THREAD + WEB_RESERVE;
    }
}
