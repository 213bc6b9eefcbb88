package id.sinergi.notification;

/**
 * Applied to a letter's PDF after it is laid out and before it is archived: the place where the next
 * slice puts the electronic signature (PAdES) and the verification code. Whatever it returns is what is
 * archived, hashed and sent, so a signature covers exactly the bytes the addressee receives.
 */
public interface LetterSigner {

    /** The signed document; {@code number} is the letter's number, for the signature's reason and logs. */
    byte[] sign(byte[] pdf, String number);
}
