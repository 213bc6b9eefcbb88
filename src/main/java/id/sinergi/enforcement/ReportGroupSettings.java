package id.sinergi.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code sinergi.api.report-groups.*}: how reports through the agency API are grouped into shared
 * transactions ({@link ReportGroups}).
 *
 * @param writers how many groups are written at once; 0 (the default) means one per processor, so the
 *                JVM's share of a group and PostgreSQL's share of another overlap
 * @param maxSize the most reports one group writes: a larger group pays less per report for its
 *                transaction, but its reports wait for the slowest of them, and the engine's flush orders
 *                a group's inserts in time that grows with the square of their number
 * @param parallelFrom how many reports must wait before a writer starts beside one already writing
 */
@ConfigurationProperties("sinergi.api.report-groups")
public record ReportGroupSettings(@DefaultValue("0") int writers, @DefaultValue("16") int maxSize,
                                  @DefaultValue("4") int parallelFrom) {

    public ReportGroupSettings {
        if (writers < 0 || maxSize < 1 || parallelFrom < 1) {
            throw new IllegalArgumentException(
                    "sinergi.api.report-groups: writers must be 0 or more, max-size and parallel-from 1 or more");
        }
    }

    int writersOrProcessors() {
        return writers > 0 ? writers : Runtime.getRuntime().availableProcessors();
    }
}
