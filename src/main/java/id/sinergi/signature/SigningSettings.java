package id.sinergi.signature;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the letters' signing key comes from: a PKCS#12 keystore (path, password and, if it holds several
 * keys, the alias) given by the environment, never by the repository. {@code selfSigned} lets the demo
 * and the tests make a throwaway certificate instead; production refuses to start without a keystore.
 * {@code verificationBaseUrl} is where the public reaches this server (the letters' QR codes lead there).
 */
@ConfigurationProperties("sinergi.signing")
public record SigningSettings(Path keystore, String keystorePassword, String keyAlias, boolean selfSigned,
                              String verificationBaseUrl) {

    public SigningSettings {
        verificationBaseUrl = verificationBaseUrl == null || verificationBaseUrl.isBlank() ? "http://localhost:8080" : verificationBaseUrl;
    }
}
