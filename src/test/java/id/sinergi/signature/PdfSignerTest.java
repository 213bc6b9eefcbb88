package id.sinergi.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Calendar;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A signed letter verifies, and any change to it does not: a byte of the signed content altered, or a
 * revision appended after signing. The QR code on a letter decodes back to its verification URL.
 */
class PdfSignerTest {

    private static SigningKey key;

    @BeforeAll
    static void key() {
        key = SigningKey.selfSigned("CN=BPJS Kesehatan Kantor Cabang Uji, O=BPJS Kesehatan, C=ID", Duration.ofDays(30));
    }

    @Test
    void aSignedPdfVerifiesWithTheSignersCertificateAndCoversTheWholeFile() throws Exception {
        byte[] signed = sign(letter("Nomor: 00012/TG1/PKL/XI/2026"));

        var result = PdfSignatureCheck.check(signed);
        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.certificate().getSubjectX500Principal().getName()).contains("CN=BPJS Kesehatan Kantor Cabang Uji");
        assertThat(result.signedAt().toInstant()).isEqualTo(signedAt().toInstant());
        // PAdES: the signature dictionary says ETSI.CAdES.detached.
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).contains("/ETSI.CAdES.detached");
    }

    @Test
    void aChangedByteInsideTheSignedContentBreaksTheSignature() throws Exception {
        byte[] signed = sign(letter("Tunggakan Rp182.500.000"));
        byte[] tampered = signed.clone();
        // One byte of the rendered letter, inside the signed range: the document information's producer.
        int at = indexOf(tampered, "(Sinergi)".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(at).as("the producer string is in the file").isPositive();
        tampered[at + 1] = (byte) 'Z';

        var result = PdfSignatureCheck.check(tampered);
        assertThat(result.signed()).as("still a readable signed PDF").isTrue();
        assertThat(result.verifies()).as(result.problem()).isFalse();
        assertThat(result.intact()).isFalse();
    }

    @Test
    void aRevisionAppendedAfterSigningIsNotTheSignedLetter() throws Exception {
        byte[] signed = sign(letter("Teguran Tertulis I"));
        var out = new ByteArrayOutputStream();
        out.write(signed);
        out.write("\n% appended after signing\n".getBytes(StandardCharsets.ISO_8859_1));

        var result = PdfSignatureCheck.check(out.toByteArray());
        assertThat(result.coversWholeFile()).isFalse();
        assertThat(result.intact()).isFalse();
    }

    @Test
    void anUnsignedOrDamagedFileIsNotASignedLetter() throws Exception {
        assertThat(PdfSignatureCheck.check(letter("tanpa tanda tangan")).intact()).isFalse();
        assertThat(PdfSignatureCheck.check("MZ this is an executable".getBytes(StandardCharsets.ISO_8859_1)).intact()).isFalse();
    }

    @Test
    void theQrCodeDecodesBackToTheVerificationUrl() throws Exception {
        String url = "https://sinergi.example/verifikasi/K7Q2M9XH4T";
        assertThat(decoded(QrCodes.png(url, 240))).isEqualTo(url);
    }

    /**
     * Verification URLs whose QR code, drawn with the mask pattern the encoder picks, zxing's finder cannot find
     * (found among 2,000 random ones at the letters' 300 pixels); the letter's code must still read as drawn.
     */
    @ParameterizedTest
    @ValueSource(strings = {"B486H7FDB4", "CT3WCCRZ3V", "X3X0Z9SCXN"})
    void aQrCodeTheFinderWouldMissIsDrawnWithAMaskItFinds(String code) throws Exception {
        String url = "http://localhost:8080/verifikasi/" + code;
        assertThat(decoded(QrCodes.png(url, 300))).isEqualTo(url);
    }

    /** The text of a QR code PNG, found by zxing's finder as in a camera's picture (no hint that it is pure). */
    private static String decoded(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap).getText();
    }

    private static byte[] sign(byte[] pdf) {
        return new PdfSigner(key).sign(pdf, new PdfSigner.Signatory("Kepala Kantor Cabang", "Surat dinas", "Pekalongan"), signedAt());
    }

    private static Calendar signedAt() {
        var calendar = Calendar.getInstance(TimeZone.getTimeZone("Asia/Jakarta"));
        calendar.setTimeInMillis(1_795_000_000_000L);
        return calendar;
    }

    private static byte[] letter(String line) throws Exception {
        try (var document = new PDDocument()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            document.getDocumentInformation().setProducer("Sinergi");
            var out = new ByteArrayOutputStream();
            // Uncompressed, so the test can find and change one byte of the letter.
            document.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
