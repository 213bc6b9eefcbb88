package id.sinergi.notification;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A letter's archived PDF and its SHA-256 (hex), stored once when the letter is numbered and resent as is. */
public record LetterDocument(long letterId, byte[] content, String sha256) {

    public static final String MEDIA_TYPE = "application/pdf";

    static LetterDocument of(long letterId, byte[] content) {
        return new LetterDocument(letterId, content, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The attachment's file name: the letter number with its slashes as dashes, e.g. 00012-TEG-I-PKL-XI-2026.pdf. */
    public static String fileName(String number) {
        return number.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf";
    }
}
