package id.sinergi.signature;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public face of each signed letter: its verification code (printed on the letter and in its QR
 * code), what the verification page may show, and the SHA-256 its PDF must have.
 */
@Repository
public class LetterVerifications {

    /** Crockford's base32 without I, L, O, U: nothing a reader could mistype from paper. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the page shows. */
    public record Verifiable(String code, String letterNumber, String kind, LocalDate issuedOn, String signatory,
                             String addresseeMasked, String documentSha256) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LetterVerifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A fresh code: 10 characters of 32, about 50 bits, not guessable in any useful number of tries. */
    public static String newCode() {
        var code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    public void record(Verifiable letter) {
        jdbc.sql("""
                INSERT INTO letter_verification (code, letter_number, kind, issued_on, signatory, addressee_masked,
                    document_sha256, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(letter.code(), letter.letterNumber(), letter.kind(), letter.issuedOn(), letter.signatory(),
                letter.addresseeMasked(), letter.documentSha256(), OffsetDateTime.now(clock)).update();
    }

    public Optional<Verifiable> find(String code) {
        return jdbc.sql("SELECT * FROM letter_verification WHERE code = ?").param(code)
                .query((rs, n) -> new Verifiable(rs.getString("code"), rs.getString("letter_number"), rs.getString("kind"),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("signatory"), rs.getString("addressee_masked"),
                        rs.getString("document_sha256"))).optional();
    }
}
