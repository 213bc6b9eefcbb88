package id.sinergi.document;

import id.sinergi.privacy.PersonalDataAccessLog.ActorType;
import id.sinergi.privacy.PersonalDataAccessLog.RecordType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The documents attached to cases and agreements (V21__case_document.sql); lists never read the bytes. */
@Repository
class CaseDocuments {

    private static final String COLUMNS = """
            id, record_type, record_id, kind, file_name, media_type, byte_size, sha256, uploaded_by, uploader_type,
            uploaded_at, description""";

    private final JdbcClient jdbc;

    CaseDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CaseDocument insert(RecordType recordType, String recordId, DocumentKind kind, DocumentUploads.Accepted file,
                        String uploadedBy, ActorType uploaderType, OffsetDateTime at, String description) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO case_document (record_type, record_id, kind, file_name, media_type, byte_size, sha256, content,
                    uploaded_by, uploader_type, uploaded_at, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(recordType.name(), recordId, kind.name(), file.fileName(), file.type().mediaType(),
                        file.content().length, file.sha256(), file.content(), uploadedBy, uploaderType.name(), at, description)
                .update(keys, "id");
        return new CaseDocument(keys.getKey().longValue(), recordType, recordId, kind, file.fileName(),
                file.type().mediaType(), file.content().length, file.sha256(), uploadedBy, uploaderType, at, description);
    }

    /** The record's documents, oldest first. */
    List<CaseDocument> of(RecordType recordType, String recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM case_document WHERE record_type = ? AND record_id = ? ORDER BY uploaded_at, id")
                .params(recordType.name(), recordId).query(CaseDocuments::map).list();
    }

    /** The document with its bytes, only if it belongs to that record: an id of another case finds nothing. */
    Optional<CaseDocument.Content> content(RecordType recordType, String recordId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM case_document WHERE id = ? AND record_type = ? AND record_id = ?")
                .params(id, recordType.name(), recordId)
                .query((rs, n) -> new CaseDocument.Content(map(rs, n), rs.getBytes("content"))).optional();
    }

    private static CaseDocument map(ResultSet rs, int row) throws SQLException {
        return new CaseDocument(rs.getLong("id"), RecordType.valueOf(rs.getString("record_type")), rs.getString("record_id"),
                DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("media_type"),
                rs.getInt("byte_size"), rs.getString("sha256").strip(), rs.getString("uploaded_by"),
                ActorType.valueOf(rs.getString("uploader_type")), rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getString("description"));
    }
}
