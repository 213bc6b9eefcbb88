package id.sinergi.signature;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Whether a PDF carries an intact signature over all of its bytes: the CMS verifies against the signed
 * byte range with the certificate it carries, and nothing was appended after the signature (an
 * incremental update after signing could change what the reader sees).
 */
public final class PdfSignatureCheck {

    /** The outcome: intact only when the signature verifies and covers the whole file. */
    public record Result(boolean signed, boolean verifies, boolean coversWholeFile, X509Certificate certificate,
                         Calendar signedAt, String problem) {
        public boolean intact() {
            return signed && verifies && coversWholeFile;
        }

        static Result notSigned(String problem) {
            return new Result(false, false, false, null, null, problem);
        }
    }

    private PdfSignatureCheck() {
    }

    /** The signature value without the zeros that pad the space PDF reserves for it (Bouncy Castle refuses extra data). */
    private static byte[] withoutPadding(byte[] contents) throws IOException {
        try (var in = new org.bouncycastle.asn1.ASN1InputStream(contents)) {
            return in.readObject().getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        }
    }

    public static Result check(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return Result.notSigned("the PDF carries no signature");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            int[] range = signature.getByteRange();
            boolean whole = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
            var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), withoutPadding(signature.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Optional<X509CertificateHolder> holder = cms.getCertificates().getMatches(signer.getSID()).stream().findFirst();
            if (holder.isEmpty()) {
                return new Result(true, false, whole, null, signature.getSignDate(), "the signature carries no certificate");
            }
            boolean verifies;
            try {
                verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder.get()));
            } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException changed) {
                verifies = false; // the bytes' digest is not the one signed
            }
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder.get());
            return new Result(true, verifies, whole, certificate, signature.getSignDate(),
                    !verifies ? "the signed bytes were changed" : !whole ? "bytes were added after the signature" : null);
        } catch (IOException | RuntimeException | org.bouncycastle.cms.CMSException
                 | org.bouncycastle.operator.OperatorCreationException | java.security.cert.CertificateException e) {
            // A damaged file, a broken signature value: whatever it is, it is not an intact signed letter.
            return new Result(false, false, false, null, null, "the file is not a readable signed PDF (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}
