package id.sinergi.notification;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Lays a rendered letter (XHTML from {@link LetterTemplates}) out as an A4 PDF with openhtmltopdf. Page
 * size and margins are in the layout's CSS ({@code @page}). The text uses the PDF base-14 fonts (Times,
 * Helvetica): no font file ships with the application, so the PDF is not PDF/A (which needs embedded
 * fonts) but carries nothing that blocks converting it later.
 */
@Component
class LetterPdf {

    byte[] render(String html, String title) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, LetterPdf.class.getResource("/letters/").toExternalForm());
            builder.withProducer("Sinergi");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter " + title + " could not be laid out as PDF", e);
        }
        return out.toByteArray();
    }
}
