package id.sinergi.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to send: the case or agreement it belongs to, the kind, the addressee, and the values the
 * template needs.
 *
 * <p>{@code occasion} (never null, empty by default) says which sending of this kind it is: a case gets
 * at most one letter per kind and occasion. A retried job asks again with the same occasion and finds the
 * letter it archived; a step that must send the kind again (another office, another round) names a new
 * occasion and gets a new letter with a new number. Nothing silently reuses an old letter for a new one.
 *
 * <p>{@code enclosures} are the documents the letter carries (the SKK, the LHPA, a draft agreement): each
 * is numbered, rendered, signed and archived with the letter, attached to the same e-mail, and counted in
 * the letter's Lampiran.
 */
public record LetterRequest(
        String caseReference,
        LetterKind kind,
        String recipientName,
        String recipientEmail,
        Map<String, String> fields,
        OffsetDateTime deadline,
        String occasion,
        List<Enclosure> enclosures) {

    public static final String ONLY = "";

    /** Field naming the signing role ({@link SignatorySettings}); without it the branch head signs. */
    public static final String SIGNATORY_ROLE = "signatoryRole";

    /**
     * A document enclosed in the letter: its kind (one where {@link LetterKind#isEnclosure()}) and the values
     * its template needs beyond the letter's own, which it also reads.
     */
    public record Enclosure(LetterKind kind, Map<String, String> fields) {
        public Enclosure {
            if (!kind.isEnclosure()) {
                throw new IllegalArgumentException(kind + " is a letter, not a document to enclose");
            }
            fields = Map.copyOf(fields);
        }
    }

    public LetterRequest {
        occasion = occasion == null ? ONLY : occasion;
        enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);

        if (occasion.length() > 60) {
            throw new IllegalArgumentException("Letter occasion longer than 60 characters: " + occasion);
        }
    }

    public LetterRequest(String caseReference, LetterKind kind, String recipientName, String recipientEmail,
                         Map<String, String> fields, OffsetDateTime deadline, String occasion) {
        this(caseReference, kind, recipientName, recipientEmail, fields, deadline, occasion, List.of());
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

    /** The letter with one more document enclosed. */
    public LetterRequest enclosing(Enclosure enclosure) {
        var more = new ArrayList<>(enclosures);
        more.add(enclosure);
        return new LetterRequest(caseReference, kind, recipientName, recipientEmail, fields, deadline, occasion, more);
    }

    public LetterRequest withDeadline(OffsetDateTime deadline) {
        return new LetterRequest(caseReference, kind, recipientName, recipientEmail, fields, deadline, occasion, enclosures);
    }

    public LetterRequest withOccasion(String occasion) {
        return new LetterRequest(caseReference, kind, recipientName, recipientEmail, fields, deadline, occasion, enclosures);
    }
}
