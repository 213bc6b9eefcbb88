package id.sinergi.notification;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What to send: the case or agreement it belongs to, the kind, the addressee, and the values the
 * template needs.
 */
public record LetterRequest(
        String caseReference,
        LetterKind kind,
        String recipientName,
        String recipientEmail,
        Map<String, String> fields,
        OffsetDateTime deadline) {

    /** A letter that sets no deadline. */
    public LetterRequest(String caseReference, LetterKind kind, String recipientName, String recipientEmail,
                         Map<String, String> fields) {
        this(caseReference, kind, recipientName, recipientEmail, fields, null);
    }

    public LetterRequest withDeadline(OffsetDateTime deadline) {
        return new LetterRequest(caseReference, kind, recipientName, recipientEmail, fields, deadline);
    }
}
