package id.sinergi.notification;

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
        Map<String, String> fields) {
}
