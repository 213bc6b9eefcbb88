package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A letter as the addressee receives it: a plain-text cover note and the letter as PDF attachment. The
 * attachment is checked on every read (application/pdf, named after the number, starting with %PDF).
 */
public final class MailedLetter {

    private MailedLetter() {
    }

    /** The cover note, with line ends as written. */
    public static String coverNote(MimeMessage mail) throws Exception {
        Part note = parts(mail).getBodyPart(0);
        assertThat(note.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        return ((String) note.getContent()).replace("\r\n", "\n");
    }

    /** The letter's PDF: the first attachment, named after the letter's number. */
    public static byte[] pdf(MimeMessage mail) throws Exception {
        Multipart parts = parts(mail);
        assertThat(parts.getCount()).as("cover note and at least the letter").isGreaterThanOrEqualTo(2);
        String number = mail.getHeader("X-Sinergi-Letter-Number", null);
        return attachment(parts.getBodyPart(1), number);
    }

    /** The documents enclosed with the letter, by number, in the order attached (after the letter itself). */
    public static java.util.Map<String, byte[]> enclosures(MimeMessage mail) throws Exception {
        Multipart parts = parts(mail);
        var enclosed = new java.util.LinkedHashMap<String, byte[]>();
        for (int i = 2; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            String number = part.getFileName().replaceFirst("\\.pdf$", "");
            enclosed.put(number, attachment(part, null));
        }
        return enclosed;
    }

    private static byte[] attachment(Part attachment, String number) throws Exception {
        assertThat(attachment.getContentType()).startsWithIgnoringCase("application/pdf");
        assertThat(attachment.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        if (number != null) {
            assertThat(attachment.getFileName()).isEqualTo(number.replace('/', '-') + ".pdf");
        }
        byte[] bytes;
        try (InputStream in = attachment.getInputStream()) {
            bytes = in.readAllBytes();
        }
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return bytes;
    }

    /** What the attached letter says, whitespace folded (see {@link LetterText}). */
    public static String text(MimeMessage mail) throws Exception {
        return LetterText.of(pdf(mail));
    }

    private static Multipart parts(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        assertThat(content).as("a letter mail is multipart: cover note and PDF").isInstanceOf(Multipart.class);
        return (Multipart) content;
    }

    /** The text of every QR code drawn on the PDF's pages, decoded from the images as a phone would. */
    public static java.util.List<String> qrCodes(byte[] pdf) throws Exception {
        var found = new java.util.ArrayList<String>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        var picture = image.getImage();
                        int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
                        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                                new com.google.zxing.RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
                        found.add(new com.google.zxing.MultiFormatReader().decode(bitmap).getText());
                    }
                }
            }
        }
        return found;
    }
}
