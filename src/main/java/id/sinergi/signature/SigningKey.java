package id.sinergi.signature;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The private key and certificate chain letters are signed with. In production a PKCS#12 keystore holding
 * the certificate a certified electronic-signature provider (PSrE) issued to the branch; for the demo and
 * the tests, a self-signed certificate made at start-up, which a verifier shows as such.
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The first key entry of a PKCS#12 keystore (or the one named by alias). */
    public static SigningKey fromPkcs12(Path keystore, char[] password, String alias) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String entry = alias != null && !alias.isBlank() ? alias
                    : java.util.Collections.list(store.aliases()).stream().filter(a -> isKey(store, a)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keystore " + keystore + " holds no private key"));
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] chain = store.getCertificateChain(entry);
            if (key == null || chain == null || chain.length == 0) {
                throw new IllegalStateException("Keystore " + keystore + " has no key and certificate chain under '" + entry + "'");
            }
            return new SigningKey(key, java.util.Arrays.stream(chain).map(c -> (X509Certificate) c).toList());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the signing keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    private static boolean isKey(KeyStore store, String alias) {
        try {
            return store.isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** A fresh RSA key with a self-signed certificate for the given subject, valid for the given time. */
    public static SigningKey selfSigned(String subject, Duration validity) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            var pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name(subject);
            var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), name, pair.getPublic());
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot make a self-signed signing certificate", e);
        }
    }
}
