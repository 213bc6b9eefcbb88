package id.sinergi.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a data-matching upload and the size of each batch the job executor runs: a chunk is one
 * transaction, so a crash repeats at most one chunk and a re-run skips what is already recorded.
 */
@ConfigurationProperties("sinergi.matching")
public record MatchingSettings(DataSize maxFileSize, int maxRows, int chunkSize) {

    public MatchingSettings {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(8) : maxFileSize;
        maxRows = maxRows <= 0 ? 20_000 : maxRows;
        chunkSize = chunkSize <= 0 ? 250 : chunkSize;
    }
}
