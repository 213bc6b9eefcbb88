package id.sinergi.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The steps recorded on a case or agreement: one row per user task completed, facts as a JSON object. */
@Repository
class RecordEntries {

    enum ActorType { STAFF, AGENCY, SYSTEM }

    static final String TASK_COMPLETED = "TASK_COMPLETED";

    /** One recorded step. */
    record Entry(RecordType recordType, String recordId, OffsetDateTime at, ActorType actorType, String actor,
                 String processKey, String activityId, String activityName, String kind, String decision,
                 Map<String, Object> facts, String notes) {
    }

    private static final TypeReference<LinkedHashMap<String, Object>> FACTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RecordEntries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(Entry entry) {
        jdbc.sql("""
                INSERT INTO record_entry (record_type, record_id, at, actor_type, actor, process_key, activity_id,
                    activity_name, kind, decision, facts, notes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(entry.recordType().name(), entry.recordId(), entry.at(), entry.actorType().name(), entry.actor(),
                        entry.processKey(), entry.activityId(), entry.activityName(), entry.kind(), entry.decision(),
                        write(entry.facts()), entry.notes())
                .update();
    }

    /** The record's steps, oldest first. */
    List<Entry> of(RecordType type, String recordId) {
        return jdbc.sql("""
                SELECT record_type, record_id, at, actor_type, actor, process_key, activity_id, activity_name, kind,
                    decision, facts, notes
                FROM record_entry WHERE record_type = ? AND record_id = ? ORDER BY at, id
                """).params(type.name(), recordId)
                .query((rs, n) -> new Entry(RecordType.valueOf(rs.getString("record_type")), rs.getString("record_id"),
                        rs.getObject("at", OffsetDateTime.class), ActorType.valueOf(rs.getString("actor_type")),
                        rs.getString("actor"), rs.getString("process_key"), rs.getString("activity_id"),
                        rs.getString("activity_name"), rs.getString("kind"), rs.getString("decision"),
                        read(rs.getString("facts")), rs.getString("notes")))
                .list();
    }

    private String write(Map<String, Object> facts) {
        try {
            return json.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Facts of a step are plain values", e);
        }
    }

    private Map<String, Object> read(String facts) {
        try {
            return json.readValue(facts, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored facts are not a JSON object", e);
        }
    }
}
