package id.sinergi.notification;

import java.time.OffsetDateTime;

/**
 * A numbered letter as archived; {@code sentAt} is null until the mail went out. {@code occasion} tells
 * apart letters of one kind that a case sends more than once (see {@link LetterRequest#occasion()}).
 */
public record Letter(
        long id,
        String number,
        String caseReference,
        LetterKind kind,
        String recipientName,
        String recipientEmail,
        String subject,
        String body,
        OffsetDateTime createdAt,
        OffsetDateTime sentAt,
        OffsetDateTime deadline,
        String occasion) {

    /** A letter of its kind's only occasion. */
    public Letter(long id, String number, String caseReference, LetterKind kind, String recipientName,
                  String recipientEmail, String subject, String body, OffsetDateTime createdAt,
                  OffsetDateTime sentAt, OffsetDateTime deadline) {
        this(id, number, caseReference, kind, recipientName, recipientEmail, subject, body, createdAt, sentAt,
                deadline, "");
    }

    public boolean isSent() {
        return sentAt != null;
    }

    Letter withSentAt(OffsetDateTime at) {
        return new Letter(id, number, caseReference, kind, recipientName, recipientEmail, subject, body, createdAt, at, deadline, occasion);
    }
}
