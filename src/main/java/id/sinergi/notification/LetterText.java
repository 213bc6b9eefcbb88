package id.sinergi.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a letter's PDF, with line breaks and layout spacing folded into single spaces: what the
 * letter says, for the archive's {@code body} column and for tests, independent of where lines wrap.
 */
public final class LetterText {

    private LetterText() {
    }

    public static String of(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            // In reading order: the layout draws some inline boxes (unbreakable letter numbers) out of order.
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Letter PDF could not be read", e);
        }
    }
}
