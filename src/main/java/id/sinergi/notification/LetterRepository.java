package id.sinergi.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class LetterRepository {

    private final JdbcClient jdbc;

    LetterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The letter of that kind sent on that occasion, if archived: what a retried job finds. */
    public Optional<Letter> find(String caseReference, LetterKind kind, String occasion) {
        return jdbc.sql("SELECT * FROM letter WHERE case_reference = ? AND kind = ? AND occasion = ?")
                .params(caseReference, kind.name(), occasion).query(LetterRepository::map).optional();
    }

    public List<Letter> forCase(String caseReference) {
        return jdbc.sql("SELECT * FROM letter WHERE case_reference = ? ORDER BY created_at, id")
                .param(caseReference).query(LetterRepository::map).list();
    }

    /**
     * The letters of a case or agreement, oldest first; with {@code amendments}, also those of the record's
     * amendment rounds (AGR-2026-0007-A1), as {@link #archived} lists them.
     */
    public List<Letter> forCase(String caseReference, boolean amendments) {
        return jdbc.sql("SELECT * FROM letter WHERE case_reference = ? OR (? AND case_reference LIKE ?) ORDER BY created_at, id")
                .params(caseReference, amendments, caseReference + "-%").query(LetterRepository::map).list();
    }

    /** The letters of a page of cases in one query, each case's in the order {@link #forCase} gives. */
    public java.util.Map<String, List<Letter>> forCases(java.util.Collection<String> caseReferences) {
        java.util.Map<String, List<Letter>> byCase = new java.util.HashMap<>();
        if (caseReferences.isEmpty()) {
            return byCase;
        }
        jdbc.sql("SELECT * FROM letter WHERE case_reference IN (:cases) ORDER BY case_reference, created_at, id")
                .param("cases", caseReferences).query(LetterRepository::map).list()
                .forEach(l -> byCase.computeIfAbsent(l.caseReference(), k -> new java.util.ArrayList<>()).add(l));
        return byCase;
    }

    /** Archives a letter, or with {@code enclosedIn} a document enclosed in that letter. */
    Letter insert(String number, LetterRequest request, String subject, String body, OffsetDateTime at, Long enclosedIn) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO letter (letter_number, case_reference, kind, recipient_name, recipient_email, subject,
                    body, status, created_at, deadline, occasion, enclosed_in)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)
                """)
                .params(number, request.caseReference(), request.kind().name(), request.recipientName(),
                        request.recipientEmail(), subject, body, at, request.deadline(), request.occasion(), enclosedIn)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return new Letter(id, number, request.caseReference(), request.kind(), request.recipientName(),
                request.recipientEmail(), subject, body, at, null, request.deadline(), request.occasion());
    }

    void insertDocument(LetterDocument document) {
        jdbc.sql("INSERT INTO letter_document (letter_id, media_type, content, byte_size, sha256) VALUES (?, ?, ?, ?, ?)")
                .params(document.letterId(), LetterDocument.MEDIA_TYPE, document.content(), document.content().length,
                        document.sha256())
                .update();
    }

    /** The letter's PDF as issued; empty for letters archived before letters were PDFs. */
    public Optional<LetterDocument> document(long letterId) {
        return jdbc.sql("SELECT letter_id, content, sha256 FROM letter_document WHERE letter_id = ?").param(letterId)
                .query((rs, row) -> new LetterDocument(rs.getLong("letter_id"), rs.getBytes("content"),
                        rs.getString("sha256").strip()))
                .optional();
    }

    /** A document enclosed in a letter, with its archived PDF. */
    public record Enclosed(Letter letter, LetterDocument document) {
    }

    /** The documents enclosed in a letter, in the order the letter lists them. */
    List<Enclosed> enclosures(long letterId) {
        return jdbc.sql("""
                SELECT l.*, d.content, d.sha256 FROM letter l JOIN letter_document d ON d.letter_id = l.id
                WHERE l.enclosed_in = ? ORDER BY l.id
                """).param(letterId)
                .query((rs, row) -> new Enclosed(map(rs, row),
                        new LetterDocument(rs.getLong("id"), rs.getBytes("content"), rs.getString("sha256").strip())))
                .list();
    }

    /** A letter as listed with a case's documents: its archived PDF's hash and size, or nulls for a letter without one. */
    public record Archived(long id, String number, String caseReference, LetterKind kind, OffsetDateTime createdAt,
                           OffsetDateTime sentAt, String sha256, Integer byteSize) {
    }

    /**
     * The letters of a case or agreement, oldest first, with their documents' hashes but not their bytes: one
     * query. With {@code amendments}, also the letters of the record's amendment rounds (AGR-2026-0007-A1).
     */
    public List<Archived> archived(String caseReference, boolean amendments) {
        return jdbc.sql("""
                SELECT l.id, l.letter_number, l.case_reference, l.kind, l.created_at, l.sent_at, d.sha256, d.byte_size
                FROM letter l LEFT JOIN letter_document d ON d.letter_id = l.id
                WHERE l.case_reference = ? OR (? AND l.case_reference LIKE ?)
                ORDER BY l.created_at, l.id
                """).params(caseReference, amendments, caseReference + "-%")
                .query((rs, n) -> new Archived(rs.getLong("id"), rs.getString("letter_number"), rs.getString("case_reference"),
                        LetterKind.valueOf(rs.getString("kind")), rs.getObject("created_at", OffsetDateTime.class),
                        rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("sha256") == null ? null : rs.getString("sha256").strip(),
                        rs.getObject("byte_size", Integer.class)))
                .list();
    }

    /** Reads the letter and holds its row until the transaction ends: one delivery at a time. */
    Letter lockForDelivery(long id) {
        return jdbc.sql("SELECT * FROM letter WHERE id = ? FOR UPDATE").param(id).query(LetterRepository::map).single();
    }

    void markSent(long id, OffsetDateTime at) {
        // The enclosures left in the same e-mail.
        jdbc.sql("UPDATE letter SET status = 'SENT', sent_at = ? WHERE id = ? OR enclosed_in = ?").params(at, id, id).update();
    }

    private static Letter map(ResultSet rs, int row) throws SQLException {
        return new Letter(
                rs.getLong("id"),
                rs.getString("letter_number"),
                rs.getString("case_reference"),
                LetterKind.valueOf(rs.getString("kind")),
                rs.getString("recipient_name"),
                rs.getString("recipient_email"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("sent_at", OffsetDateTime.class),
                rs.getObject("deadline", OffsetDateTime.class),
                rs.getString("occasion"));
    }
}
