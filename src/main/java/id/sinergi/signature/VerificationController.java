package id.sinergi.signature;

import id.sinergi.notification.Formats;
import id.sinergi.system.Hashes;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The public verification page a letter's QR code leads to: anyone, without logging in, sees what letter
 * a code belongs to (number, kind, date, signatory, the addressee's name masked, the document's hash) and
 * can upload the PDF they received to learn whether it is that letter, unaltered: same bytes, signature
 * intact. An unknown code says plainly that no such letter was issued.
 */
@RestController
@Hidden
class VerificationController {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{10}");

    private final LetterVerifications verifications;
    private final TemplateEngine pages = pageEngine();

    VerificationController(LetterVerifications verifications) {
        this.verifications = verifications;
    }

    /** The outcome of comparing an uploaded file with the letter. */
    record Verdict(boolean genuine, String reason) {
    }

    @GetMapping(path = "/verifikasi", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> ask(@RequestParam(name = "kode", required = false) String code) {
        if (code != null && !code.isBlank()) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", "/verifikasi/" + normalized(code)).build();
        }
        return page(HttpStatus.OK, Map.of("askCode", true));
    }

    @GetMapping(path = "/verifikasi/{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(@PathVariable String code) {
        return verifications.find(normalized(code))
                .map(letter -> page(HttpStatus.OK, model(letter, null)))
                .orElseGet(() -> unknown(code));
    }

    @PostMapping(path = "/verifikasi/{code}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> verify(@PathVariable String code, @RequestParam("berkas") MultipartFile file) throws IOException {
        var letter = verifications.find(normalized(code));
        if (letter.isEmpty()) {
            return unknown(code);
        }
        byte[] bytes = file.getBytes();
        String sha256 = Hashes.sha256(bytes);
        var signature = PdfSignatureCheck.check(bytes);
        Verdict verdict;
        if (!sha256.equals(letter.get().documentSha256())) {
            verdict = new Verdict(false, "Berkas yang diunggah berbeda dari surat yang diterbitkan dengan kode ini (sidiknya "
                    + sha256 + "). Surat mungkin telah diubah, atau ini berkas surat lain.");
        } else if (!signature.intact()) {
            verdict = new Verdict(false, "Tanda tangan elektronik pada berkas tidak utuh.");
        } else {
            verdict = new Verdict(true, null);
        }
        return page(HttpStatus.OK, model(letter.get(), verdict));
    }

    private ResponseEntity<String> unknown(String code) {
        return page(HttpStatus.NOT_FOUND, Map.of("askCode", false, "code", code.length() > 20 ? code.substring(0, 20) : code));
    }

    private static Map<String, Object> model(LetterVerifications.Verifiable letter, Verdict verdict) {
        var model = new java.util.HashMap<String, Object>();
        model.put("askCode", false);
        model.put("letter", letter);
        model.put("issuedOn", Formats.date(letter.issuedOn()));
        model.put("verdict", verdict);
        return model;
    }

    private ResponseEntity<String> page(HttpStatus status, Map<String, Object> model) {
        var context = new Context(new Locale("id", "ID"));
        var values = new java.util.HashMap<String, Object>(model);
        values.putIfAbsent("letter", null);
        values.putIfAbsent("verdict", null);
        values.putIfAbsent("code", null);
        context.setVariables(values);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore()).header("X-Robots-Tag", "noindex")
                .body(pages.process("page", context));
    }

    private static String normalized(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
        return CODE.matcher(upper).matches() ? upper : "-";
    }

    private static TemplateEngine pageEngine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("verification/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
