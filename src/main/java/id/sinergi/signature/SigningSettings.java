package id.sinergi.signature;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the letters' signing key comes from: a PKCS#12 keystore (path, password and, if it holds several
 * keys, the alias) given by the environment, never by the repository. {@code selfSigned} lets the demo
 * and the tests make a throwaway certificate instead; production refuses to start without a keystore.
 */
@ConfigurationProperties("sinergi.signing")
public record SigningSettings(Path keystore, String keystorePassword, String keyAlias, boolean selfSigned) {
}
