package id.sinergi.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.unbescape.html.HtmlEscape;

/**
 * Letter templates in Bahasa Indonesia: one Thymeleaf HTML template per kind under {@code letters/}, all
 * laid out by {@code letters/_layout.html} (kop, Nomor/Sifat/Lampiran/Hal, Yth., signature block,
 * Tembusan). The template's {@code <title>} is the e-mail subject.
 *
 * <p>Thymeleaf's own engine, not Spring MVC's view resolution: letters are documents, not web pages.
 * Templates read the request's values as {@code f.name}; a name with no value throws, so a letter never
 * goes out with a hole in it. A value a letter may leave out (an optional appointment line, the copies)
 * is read as {@code opt.name} and tested with {@code th:if}.
 */
@Component
class LetterTemplates {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private final TemplateEngine engine = new TemplateEngine();

    LetterTemplates() {
        var resolver = new ClassLoaderTemplateResolver(LetterTemplates.class.getClassLoader());
        resolver.setPrefix("letters/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** The rendered letter: the e-mail subject and the whole letter as XHTML, ready for the PDF renderer. */
    record Rendered(String subject, String html) {
    }

    /**
     * Renders a letter. {@code branch} and {@code signatory} fill the kop and the signature block; every
     * other value comes from {@code fields}.
     */
    Rendered render(LetterKind kind, Map<String, String> fields, BranchSettings branch, SignatorySettings.Signatory signatory) {
        requireLetterhead(branch);
        var context = new Context();
        context.setVariable("f", new StrictFields(kind, fields));
        context.setVariable("opt", Map.copyOf(withoutNulls(fields)));
        context.setVariable("branch", branch);
        context.setVariable("signatory", signatory);
        context.setVariable("kind", kind);
        String html;
        try {
            html = engine.process(kind.templateName(), context);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Letter " + kind + " could not be rendered: " + rootMessage(e), e);
        }
        Matcher title = TITLE.matcher(html);
        if (!title.find() || title.group(1).isBlank()) {
            throw new IllegalStateException("Template of " + kind + " must have a <title>: the e-mail subject");
        }
        String subject = HtmlEscape.unescapeHtml(title.group(1)).replaceAll("\\s+", " ").strip();
        return new Rendered(subject, html);
    }

    /** A kop with a hole in it is as wrong as a letter with one: every line of it must be configured. */
    private static void requireLetterhead(BranchSettings branch) {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("name", branch.name());
        lines.put("city", branch.city());
        lines.put("address", branch.address());
        lines.put("phone", branch.phone());
        lines.put("email", branch.email());
        lines.put("website", branch.website());
        lines.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("The letterhead needs sinergi.branch." + key);
            }
        });
    }

    private static Map<String, String> withoutNulls(Map<String, String> fields) {
        var copy = new HashMap<String, String>();
        fields.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** The request's values as templates read them: asking for one that is missing is a defect, not a blank. */
    static final class StrictFields extends HashMap<String, String> {

        private final LetterKind kind;

        StrictFields(LetterKind kind, Map<String, String> fields) {
            super(fields);
            this.kind = kind;
        }

        @Override
        public String get(Object key) {
            String value = super.get(key);
            if (value == null) {
                throw new IllegalArgumentException("Letter " + kind + " needs a value for " + key);
            }
            return value;
        }
    }
}
