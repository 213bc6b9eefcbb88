package id.sinergi.privacy;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who read whose personal data, when, and through what (UU 27/2022). Written in the reading request's own
 * transaction, one row per record read, so a list of cases leaves one row per case shown.
 */
@Repository
public class PersonalDataAccessLog {

    public enum ActorType { AGENCY, STAFF }

    public enum RecordType { ENFORCEMENT_CASE, AGREEMENT }

    /** One record read: its type, id and, for a case, the employer's NIB. */
    public record Read(RecordType recordType, String recordId, String employerNib) {
    }

    @Schema(name = "PersonalDataAccess", description = "One read of personal data")
    public record Access(@Schema(description = "When it was read") OffsetDateTime accessedAt,
                         @Schema(description = "AGENCY (through the API) or STAFF (Tasklist, a case file)") ActorType actorType,
                         @Schema(description = "The agency id or the staff user id") String actor,
                         @Schema(description = "ENFORCEMENT_CASE or AGREEMENT") RecordType recordType,
                         @Schema(description = "Case number or agreement id") String recordId,
                         @Schema(description = "The employer's NIB, for a case", nullable = true) String employerNib,
                         @Schema(description = "Through what: the API endpoint (agency or staff) or the Tasklist form") String channel,
                         @Schema(description = "The API request's X-Request-Id", nullable = true) String requestId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    PersonalDataAccessLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** One row per record read, written as one JDBC batch: a page of a hundred cases is one round trip, not a hundred. */
    public void record(ActorType actorType, String actor, String channel, String requestId, Collection<Read> reads) {
        if (reads.isEmpty()) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = reads.stream().map(read -> new Object[] {now, actorType.name(), actor,
                read.recordType().name(), read.recordId(), read.employerNib(), channel, requestId}).toList();
        batch.batchUpdate("""
                INSERT INTO personal_data_access (accessed_at, actor_type, actor, record_type, record_id, employer_nib,
                    channel, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** The accesses to one employer's data, newest first. */
    public List<Access> toEmployer(String nib, int limit) {
        return jdbc.sql("""
                SELECT * FROM personal_data_access WHERE employer_nib = ? ORDER BY accessed_at DESC, id DESC FETCH FIRST ? ROWS ONLY
                """).params(nib, limit).query((rs, n) -> new Access(rs.getObject("accessed_at", OffsetDateTime.class),
                        ActorType.valueOf(rs.getString("actor_type")), rs.getString("actor"),
                        RecordType.valueOf(rs.getString("record_type")), rs.getString("record_id"),
                        rs.getString("employer_nib"), rs.getString("channel"), rs.getString("request_id")))
                .list();
    }
}
