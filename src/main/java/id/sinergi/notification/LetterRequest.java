package id.sinergi.notification;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What to send: the case or agreement it belongs to, the kind, the addressee, and the values the
 * template needs.
 *
 * <p>{@code occasion} (never null, empty by default) says which sending of this kind it is: a case gets
 * at most one letter per kind and occasion. A retried job asks again with the same occasion and finds the
 * letter it archived; a step that must send the kind again (another office, another round) names a new
 * occasion and gets a new letter with a new number. Nothing silently reuses an old letter for a new one.
 */
public record LetterRequest(
        String caseReference,
        LetterKind kind,
        String recipientName,
        String recipientEmail,
        Map<String, String> fields,
        OffsetDateTime deadline,
        String occasion) {

    public static final String ONLY = "";

    /** Field naming the signing role ({@link SignatorySettings}); without it the branch head signs. */
    public static final String SIGNATORY_ROLE = "signatoryRole";

    public LetterRequest {
        occasion = occasion == null ? ONLY : occasion;
        if (occasion.length() > 60) {
            throw new IllegalArgumentException("Letter occasion longer than 60 characters: " + occasion);
        }
    }

    public LetterRequest(String caseReference, LetterKind kind, String recipientName, String recipientEmail,
                         Map<String, String> fields, OffsetDateTime deadline) {
        this(caseReference, kind, recipientName, recipientEmail, fields, deadline, ONLY);
    }

    /** A letter that sets no deadline. */
    public LetterRequest(String caseReference, LetterKind kind, String recipientName, String recipientEmail,
                         Map<String, String> fields) {
        this(caseReference, kind, recipientName, recipientEmail, fields, null, ONLY);
    }

    public LetterRequest withDeadline(OffsetDateTime deadline) {
        return new LetterRequest(caseReference, kind, recipientName, recipientEmail, fields, deadline, occasion);
    }

    public LetterRequest withOccasion(String occasion) {
        return new LetterRequest(caseReference, kind, recipientName, recipientEmail, fields, deadline, occasion);
    }
}
