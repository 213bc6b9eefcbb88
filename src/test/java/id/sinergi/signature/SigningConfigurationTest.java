package id.sinergi.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production signs with the branch's keystore or does not start; only demo and test may sign self-signed. */
class SigningConfigurationTest {

    @Test
    void withoutAKeystoreProductionRefusesToStartNamingWhatToSet() {
        assertThatThrownBy(() -> new SigningConfiguration().signingKey(new SigningSettings(null, null, null, false, null)))
                .hasMessageContaining("SINERGI_SIGNING_KEYSTORE");
    }

    @Test
    void theKeyAndCertificateComeFromThePkcs12Keystore(@TempDir Path dir) throws Exception {
        var issued = SigningKey.selfSigned("CN=Kantor Cabang Pekalongan, O=BPJS Kesehatan, C=ID", Duration.ofDays(10));
        Path file = dir.resolve("cabang.p12");
        var store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("cabang", issued.privateKey(), "rahasia".toCharArray(), new Certificate[] {issued.certificate()});
        try (var out = Files.newOutputStream(file)) {
            store.store(out, "rahasia".toCharArray());
        }

        var key = new SigningConfiguration().signingKey(new SigningSettings(file, "rahasia", null, false, null));
        assertThat(key.certificate()).isEqualTo(issued.certificate());
        assertThatThrownBy(() -> new SigningConfiguration().signingKey(new SigningSettings(file, "salah", null, false, null)))
                .hasMessageContaining("Cannot read the signing keystore");
        assertThatThrownBy(() -> new SigningConfiguration().signingKey(new SigningSettings(file, "", null, false, null)))
                .hasMessageContaining("SINERGI_SIGNING_KEYSTORE_PASSWORD");
    }
}
