package id.sinergi.signature;

import id.sinergi.notification.BranchSettings;
import id.sinergi.notification.LetterSigner;
import id.sinergi.system.Hashes;
import id.sinergi.system.PersonalData;
import java.time.Clock;
import java.util.Base64;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.stereotype.Component;

/**
 * Seals and signs every letter: a fresh verification code and its QR code for the letter to print, then a
 * PAdES signature over the laid-out PDF, and the verification page's record (the letter's number, kind,
 * date, signatory, the addressee's name masked and the signed PDF's SHA-256), in the letter's own archiving
 * transaction, so a letter and its verification record exist together or not at all.
 */
@Component
class SealedLetters implements LetterSigner {

    private final PdfSigner signer;
    private final LetterVerifications verifications;
    private final SigningSettings settings;
    private final BranchSettings branch;
    private final Clock clock;

    SealedLetters(PdfSigner signer, LetterVerifications verifications, SigningSettings settings, BranchSettings branch, Clock clock) {
        this.signer = signer;
        this.verifications = verifications;
        this.settings = settings;
        this.branch = branch;
        this.clock = clock;
    }

    @Override
    public Seal seal(Issued letter) {
        String code = LetterVerifications.newCode();
        String url = settings.verificationBaseUrl().replaceAll("/+$", "") + "/verifikasi/" + code;
        return new Seal(code, url, "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(url, 300)));
    }

    @Override
    public byte[] sign(byte[] pdf, Issued letter, Seal seal) {
        var signedAt = Calendar.getInstance(TimeZone.getTimeZone(clock.getZone()));
        signedAt.setTimeInMillis(clock.millis());
        String signatory = letter.signatory().position() + ", " + letter.signatory().name();
        byte[] signed = signer.sign(pdf, new PdfSigner.Signatory(signatory,
                "%s nomor %s".formatted(letter.kind().title(), letter.number()), branch.city()), signedAt);
        verifications.record(new LetterVerifications.Verifiable(seal.code(), letter.number(), letter.kind().title(), letter.date(),
                signatory, PersonalData.maskName(letter.recipientName()), Hashes.sha256(signed)));
        return signed;
    }
}
