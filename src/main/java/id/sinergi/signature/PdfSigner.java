package id.sinergi.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B: a detached CAdES signature (SHA-256 with RSA) over the document's byte
 * range, carrying the ESS signing-certificate-v2 attribute that binds the signer's certificate, saved as an
 * incremental update so the signed bytes stay exactly those rendered. PDFBox writes the signature
 * dictionary; Bouncy Castle builds the CMS.
 */
public final class PdfSigner {

    /** Who signs and why, as the signature panel of a PDF reader shows it. */
    public record Signatory(String name, String reason, String location) {
    }

    private final SigningKey key;

    public PdfSigner(SigningKey key) {
        this.key = key;
    }

    public byte[] sign(byte[] pdf, Signatory signatory, Calendar signedAt) {
        try (PDDocument document = Loader.loadPDF(pdf); var options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signatory.name());
            signature.setReason(signatory.reason());
            signature.setLocation(signatory.location());
            signature.setSignDate(signedAt);
            options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
            document.addSignature(signature, this::cms, options);
            var out = new ByteArrayOutputStream(pdf.length + 20_000);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the letter's PDF", e);
        }
    }

    private byte[] cms(InputStream signedContent) throws IOException {
        try {
            var certificate = key.certificate();
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            var signingCertificate = new SigningCertificateV2(new ESSCertIDv2(certificateHash));
            var attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));

            var generator = new CMSSignedDataGenerator();
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.copyOf(key.chain())));
            // DER, not BER: definite lengths, so a reader ignores the zero padding PDF reserves after the value.
            return generator.generate(new CMSProcessableByteArray(signedContent.readAllBytes()), false)
                    .getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot build the CMS signature", e);
        }
    }
}
