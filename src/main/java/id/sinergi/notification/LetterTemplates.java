package id.sinergi.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Letter templates in Bahasa Indonesia under {@code letters/}. The first line is {@code Perihal: ...}
 * (the subject); {@code {{name}}} placeholders are filled from the request. A placeholder with no value
 * is a defect in the template or the caller, so it fails rather than send a letter with a hole in it.
 */
@Component
class LetterTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z0-9]+)}}");
    private static final String SUBJECT_PREFIX = "Perihal: ";

    record Rendered(String subject, String body) {
    }

    Rendered render(LetterKind kind, Map<String, String> fields) {
        String template = load(kind);
        String filled = fill(template, fields, kind);
        int firstLineEnd = filled.indexOf('\n');
        String firstLine = filled.substring(0, firstLineEnd).strip();
        if (!firstLine.startsWith(SUBJECT_PREFIX)) {
            throw new IllegalStateException("Template " + kind.templatePath() + " must start with '" + SUBJECT_PREFIX + "'");
        }
        return new Rendered(firstLine.substring(SUBJECT_PREFIX.length()), filled.substring(firstLineEnd + 1).strip() + "\n");
    }

    private static String fill(String template, Map<String, String> fields, LetterKind kind) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String value = fields.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Letter " + kind + " needs a value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String load(LetterKind kind) {
        try (var in = new ClassPathResource(kind.templatePath()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing letter template " + kind.templatePath(), e);
        }
    }
}
