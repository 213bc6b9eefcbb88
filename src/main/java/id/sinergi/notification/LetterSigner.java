package id.sinergi.notification;

import java.time.LocalDate;

/**
 * Makes a letter verifiable and signs it. Before layout it gives the letter its seal (a verification code,
 * the public URL and a QR code of it, printed in the signature block); after layout it signs the PDF and
 * keeps what the public verification page shows. Whatever {@link #sign} returns is what is archived, hashed
 * and sent, so the signature covers exactly the bytes the addressee receives.
 */
public interface LetterSigner {

    /** The letter being issued, as its seal and signature need it. */
    record Issued(String number, LetterKind kind, LocalDate date, SignatorySettings.Signatory signatory, String recipientName) {
    }

    /** What the letter prints: the code, the verification URL and that URL as a QR code (a PNG data URI). */
    record Seal(String code, String url, String qrDataUri) {
    }

    Seal seal(Issued letter);

    byte[] sign(byte[] pdf, Issued letter, Seal seal);
}
