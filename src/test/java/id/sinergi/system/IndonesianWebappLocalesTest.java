package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sinergi's Indonesian webapp translations ({@code app/<app>/locales/id.json}) against the English ones in
 * Camunda's webapp jar, both read from the classpath as the server serves them. Camunda shows a missing key as
 * the raw key and a lost {@code {{placeholder}}} as a gap, so a Camunda upgrade that adds or changes labels
 * fails here until id.json is brought up to date.
 */
class IndonesianWebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cockpit labels under the checked prefixes that read the same in Bahasa Indonesia (names, codes). */
    private static final Set<String> COCKPIT_SAME_IN_BOTH = Set.of(
            "BATCHES_PROGRESS_ID",
            "BATCHES_SEARCH_CONFIG_TOOLTIPS_OPERATOR",
            "COCKPIT_APP",
            "PLUGIN_JOB_RETRY_BTN_OK",
            "PLUGIN_JOB_RETRY_BULK_ID",
            "PLUGIN_JOB_RETRY_BULK_OK",
            "PLUGIN_JOB_RETRY_BULK_STATUS",
            "PROCESS_DEFINITION_NULL",
            "PROCESS_INSTANCE_NULL",
            "PROCESS_INSTANCE_OPERATOR",
            "TIME_TO_LIVE_NULL",
            "VARIABLE_ADD_OK",
            "VARIABLE_INSPECT_OK",
            "VARIABLE_UPLOAD_OK");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void indonesianHasEveryEnglishLabelAndDateSetting(String app) throws IOException {
        JsonNode english = read(app, "en");
        JsonNode indonesian = read(app, "id");

        assertThat(leaves(indonesian.path("labels")).keySet())
                .as("%s id.json labels", app).isEqualTo(leaves(english.path("labels")).keySet());
        assertThat(leaves(indonesian.path("dateLocales")).keySet())
                .as("%s id.json dateLocales", app).isEqualTo(leaves(english.path("dateLocales")).keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void indonesianKeepsEveryPlaceholder(String app) throws IOException {
        Map<String, String> english = leaves(read(app, "en").path("labels"));
        Map<String, String> indonesian = leaves(read(app, "id").path("labels"));

        List<String> lost = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!placeholders(text).equals(placeholders(indonesian.getOrDefault(key, "")))) {
                lost.add(key + ": " + text + " -> " + indonesian.get(key));
            }
        });
        assertThat(lost).as("%s labels whose {{placeholders}} differ", app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
    void endOfLifeBannerTextIsEmpty(String app) throws IOException {
        assertThat(read(app, "id").path("labels").path("BANNER_CE_EOL_TEXT").asText("missing")).isEmpty();
    }

    /**
     * Cockpit is only partly translated: labels not yet translated keep their English text (a missing key would
     * show as the raw key). The parts staff and managers see most must really be Indonesian, so replacing
     * id.json with a copy of en.json fails here.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "DASHBOARD_", "PROCESS_INSTANCE_", "PROCESS_DEFINITION_", "PLUGIN_INCIDENTS_", "PLUGIN_JOB_",
        "BATCHES_", "PAGES_", "AUTH_", "VARIABLE_", "COCKPIT_", "TIME_TO_"
    })
    void cockpitLabelsAreIndonesianFor(String prefix) throws IOException {
        Map<String, String> english = leaves(read("cockpit", "en").path("labels"));
        Map<String, String> indonesian = leaves(read("cockpit", "id").path("labels"));

        List<String> stillEnglish = new ArrayList<>();
        english.forEach((key, text) -> {
            if (key.startsWith(prefix) && !COCKPIT_SAME_IN_BOTH.contains(key) && text.equals(indonesian.get(key))) {
                stillEnglish.add(key + ": " + text);
            }
        });
        assertThat(english.keySet()).as("Cockpit keys starting with %s", prefix).anyMatch(k -> k.startsWith(prefix));
        assertThat(stillEnglish).as("Cockpit labels starting with %s still in English", prefix).isEmpty();
    }

    @Test
    void cockpitDatesAreIndonesian() throws IOException {
        JsonNode dates = read("cockpit", "id").path("dateLocales");
        assertThat(dates.path("months").path(0).asText()).isEqualTo("Januari");
        assertThat(dates.path("longDateFormat").path("LT").asText()).isEqualTo("HH.mm");
    }

    private static JsonNode read(String app, String locale) throws IOException {
        String path = LOCALES.formatted(app, locale);
        try (InputStream in = IndonesianWebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path + " on the classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Camunda's en.json files start with a byte order mark.
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** Every leaf value by its dotted path; arrays count as leaves by index. */
    private static Map<String, String> leaves(JsonNode node) {
        Map<String, String> out = new TreeMap<>();
        collect("", node, out);
        return out;
    }

    private static void collect(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(prefix + e.getKey() + ".", e.getValue(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(prefix + i + ".", node.get(i), out);
            }
        } else if (!node.isMissingNode()) {
            out.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        return found;
    }
}
