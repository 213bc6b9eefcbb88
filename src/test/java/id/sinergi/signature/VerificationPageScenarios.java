package id.sinergi.signature;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.ApiClient;
import id.sinergi.system.Hashes;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * The public verification page as a citizen uses it, without logging in: the code shows the letter; the
 * genuine PDF is confirmed; a changed copy, another letter's PDF and an unknown code are refused plainly.
 * Run by the agency-API test classes, so it runs on H2 and on PostgreSQL.
 */
public interface VerificationPageScenarios {

    int port();

    ApplicationContext applicationContext();

    private ApiClient.Response upload(String code, byte[] pdf) {
        var form = ApiClient.Multipart.of(Map.of(), "berkas", "surat.pdf", "application/pdf", pdf);
        return new ApiClient(port()).send("POST", "/verifikasi/" + code, Map.of("Content-Type", form.contentType()), form.body());
    }

    private static byte[] letterPdf(String text) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    default void theVerificationPageConfirmsTheGenuineLetterAndRefusesAnyOther() {
        var signer = applicationContext().getBean(PdfSigner.class);
        var signatory = new PdfSigner.Signatory("Kepala Kantor Cabang Pekalongan", "Surat dinas", "Pekalongan");
        byte[] genuine = signer.sign(letterPdf("Surat Teguran Tertulis I 00042/TEG-I/PKL/XI/2026"), signatory, Calendar.getInstance());
        byte[] another = signer.sign(letterPdf("Surat Teguran Tertulis I 00043/TEG-I/PKL/XI/2026"), signatory, Calendar.getInstance());
        String code = LetterVerifications.newCode();
        applicationContext().getBean(LetterVerifications.class).record(new LetterVerifications.Verifiable(code,
                "00042/TEG-I/PKL/XI/2026", "Surat Teguran Tertulis I", LocalDate.of(2026, 11, 24),
                "Kepala Kantor Cabang Pekalongan", id.sinergi.system.PersonalData.maskName("PT Maju Jaya Tbk."), Hashes.sha256(genuine)));

        var shown = new ApiClient(port()).send("GET", "/verifikasi/" + code.toLowerCase(), Map.of(), null);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.contentType()).startsWith("text/html");
        assertThat(shown.body()).contains("00042/TEG-I/PKL/XI/2026", "24 November 2026", "PT M*** J*** Tbk.", Hashes.sha256(genuine))
                .doesNotContain("Maju");

        assertThat(upload(code, genuine).body()).contains("ASLI.").doesNotContain("TIDAK ASLI");
        byte[] changed = genuine.clone();
        changed[genuine.length / 3] ^= 0x01;
        assertThat(upload(code, changed).body()).contains("TIDAK ASLI");
        assertThat(upload(code, another).body()).as("another genuine letter is not this one").contains("TIDAK ASLI");

        var unknown = new ApiClient(port()).send("GET", "/verifikasi/ZZZZZZZZZZ", Map.of(), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("TIDAK DIKENAL");
        assertThat(new ApiClient(port()).send("GET", "/verifikasi?kode=" + code, Map.of(), null).status()).isEqualTo(303);
    }
}
