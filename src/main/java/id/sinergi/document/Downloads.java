package id.sinergi.document;

import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as an HTTP download: its own type, its name, its SHA-256 as a representation digest (RFC 9530). */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(byte[] content, String mediaType, String fileName, String sha256) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    static ResponseEntity<byte[]> of(CaseDocument.Content found) {
        var d = found.document();
        return of(found.bytes(), d.mediaType(), d.fileName(), d.sha256());
    }

    static ResponseEntity<byte[]> of(Documents.LetterPdf letter) {
        return of(letter.content(), "application/pdf", letter.fileName(), letter.sha256());
    }
}
