package id.sinergi.batch;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sinergi.batch.*}: how many reports one bulk report may hold, and how many of them one job of the
 * job executor opens (one transaction: a crash repeats at most one chunk, and nothing in it twice).
 */
@ConfigurationProperties("sinergi.batch")
public record BatchSettings(int maxReports, int chunkSize) {

    public BatchSettings {
        maxReports = maxReports <= 0 ? 10_000 : maxReports;
        chunkSize = chunkSize <= 0 ? 100 : chunkSize;
    }
}
