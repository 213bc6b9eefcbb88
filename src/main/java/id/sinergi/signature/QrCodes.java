package id.sinergi.signature;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes for letters: the verification URL as a PNG, black on white, with a quiet zone, and one that zxing's
 * reader (the library behind many scanner apps) finds in the image as drawn. Its finder misses about one code in
 * two hundred of the encoder's choosing (10 of 2,000 random verification URLs); each of those reads once drawn
 * with another of the eight mask patterns the standard allows, so the first that reads is kept.
 */
public final class QrCodes {

    private static final int MASK_PATTERNS = 8;

    private QrCodes() {
    }

    public static byte[] png(String text, int pixels) {
        BufferedImage image = draw(text, pixels, null);
        for (int mask = 0; mask < MASK_PATTERNS && !reads(image, text); mask++) {
            image = draw(text, pixels, mask);
        }
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code drawn with the encoder's own choice of mask ({@code null}) or with the given one. */
    private static BufferedImage draw(String text, int pixels, Integer mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>(Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels, hints);
            var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code for " + text, e);
        }
    }

    /** True when zxing's reader, finding the code as a camera's picture would be searched, decodes {@code text}. */
    static boolean reads(BufferedImage image, String text) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), rgb)));
        try {
            return text.equals(new MultiFormatReader().decode(bitmap).getText());
        } catch (ReaderException missed) {
            return false;
        }
    }
}
