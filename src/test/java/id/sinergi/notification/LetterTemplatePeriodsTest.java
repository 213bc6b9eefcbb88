package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * Every letter kind has its template, and no template types a period ("10 hari kerja", "30 (tiga puluh)
 * hari"): periods come from configuration as fields, so a changed window changes the letters with the timers.
 */
class LetterTemplatePeriodsTest {

    private static final Pattern TYPED_PERIOD = Pattern.compile("\\d+\\s*(\\([a-z ]+\\)\\s*)?(hari|minggu|bulan)");

    @Test
    void everyKindHasATemplateWithoutATypedPeriod() throws Exception {
        // Letters are laid out as letters (Yth.), enclosed documents as documents; their shared parts too.
        for (LetterKind kind : LetterKind.values()) {
            var resource = new ClassPathResource(kind.templatePath());
            assertThat(resource.exists()).as("template of %s", kind).isTrue();
            String template;
            try (var in = resource.getInputStream()) {
                template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(template).as("layout and subject of %s", kind)
                    .contains(kind.isEnclosure() ? "_document :: document(" : "_layout :: letter(", "<title th:text=");
            assertThat(TYPED_PERIOD.matcher(template).results().map(m -> m.group()).toList())
                    .as("periods typed into %s", kind.templatePath()).isEmpty();
        }
    }
}
