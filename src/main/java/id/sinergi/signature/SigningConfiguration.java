package id.sinergi.signature;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The signing key and the signer letters use, from {@link SigningSettings}. */
@Configuration
class SigningConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SigningConfiguration.class);

    @Bean
    SigningKey signingKey(SigningSettings settings) {
        if (settings.keystore() != null && !settings.keystore().toString().isBlank()) {
            if (settings.keystorePassword() == null || settings.keystorePassword().isEmpty()) {
                throw new IllegalStateException("sinergi.signing.keystore is set but SINERGI_SIGNING_KEYSTORE_PASSWORD is not");
            }
            return SigningKey.fromPkcs12(settings.keystore(), settings.keystorePassword().toCharArray(), settings.keyAlias());
        }
        if (!settings.selfSigned()) {
            throw new IllegalStateException("Letters must be signed: set SINERGI_SIGNING_KEYSTORE (a PKCS#12 file with the "
                    + "branch's certificate from its electronic-signature provider) and SINERGI_SIGNING_KEYSTORE_PASSWORD");
        }
        LOG.warn("Letters are signed with a self-signed certificate made at start-up (demo/test only): "
                + "no reader will trust it, and it changes at every start");
        return SigningKey.selfSigned("CN=Sinergi DEMO - bukan sertifikat elektronik tersertifikasi, O=BPJS Kesehatan, C=ID",
                Duration.ofDays(365));
    }

    @Bean
    PdfSigner pdfSigner(SigningKey key) {
        return new PdfSigner(key);
    }
}
