package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

/** Camunda's defaults (10 job threads) with Hikari's (10 connections) are the deadlock the attack found. */
class ConnectionBudgetTest {

    @Test
    void defaultPoolWithDefaultJobThreadsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ConnectionBudget(pool(10), jobThreads(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("10 connections").hasMessageContaining("10 job executor threads need 23");
    }

    @Test
    void twoConnectionsPerJobThreadPlusAcquisitionAndWebReserveIsEnough() {
        assertThatCode(() -> new ConnectionBudget(pool(11), jobThreads(4))).doesNotThrowAnyException();
        assertThatThrownBy(() -> new ConnectionBudget(pool(10), jobThreads(4))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theShippedConfigurationFitsItsOwnBudget() {
        // application.yaml: 4 job threads, 20 connections.
        assertThatCode(() -> new ConnectionBudget(pool(20), jobThreads(4))).doesNotThrowAnyException();
    }

    private static HikariDataSource pool(int size) {
        var pool = new HikariDataSource();
        pool.setMaximumPoolSize(size);
        return pool;
    }

    private static CamundaBpmProperties jobThreads(int threads) {
        var properties = new CamundaBpmProperties();
        properties.getJobExecution().setEnabled(true);
        properties.getJobExecution().setMaxPoolSize(threads);
        return properties;
    }
}
