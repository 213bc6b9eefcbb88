package id.sinergi.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.ApiClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus scrape over real HTTP: only the monitoring account (and administrators) may read it, and the
 * branch's own figures move with what the scenario does: a case reported through the agency API adds one open
 * case in triage and one successful call for that agency; a call with a bad token adds one refused call.
 * Run by the agency-API test classes, so on H2 and on PostgreSQL.
 */
public interface MetricsScenarios {

    String SCRAPE = "/actuator/prometheus";
    AtomicLong METRICS_NIBS = new AtomicLong(9_170_000_000_000L + (System.nanoTime() % 100_000) * 10_000);

    int port();

    @Test
    default void metricsAreForTheMonitoringAccountOnly() {
        ApiClient api = new ApiClient(port());
        assertThat(api.send("GET", SCRAPE, Map.of(), null).status()).isEqualTo(401);
        // Spelled another way, the same endpoint: the server routes these to the scrape, so they are refused as it is.
        for (String disguised : new String[] {"/actuator;x/prometheus", "/%61ctuator/prometheus", "/actuator/./prometheus",
                "/actuator;x/metrics"}) {
            var answer = api.send("GET", disguised, Map.of(), null);
            assertThat(answer.status()).as(disguised).isIn(400, 401, 404);
            assertThat(answer.body()).as(disguised).doesNotContain("sinergi_", "jvm_");
        }
        assertThat(api.send("GET", SCRAPE, ApiClient.basic("monitor", "wrong"), null).status()).isEqualTo(401);
        for (String staff : List.of("officer", "manager")) {
            assertThat(api.send("GET", SCRAPE, ApiClient.basic(staff, "demo"), null).status()).as(staff).isEqualTo(403);
        }
        assertThat(api.send("GET", "/actuator/metrics", ApiClient.basic("officer", "demo"), null).status()).isEqualTo(403);
        var scrape = api.send("GET", SCRAPE, ApiClient.basic("monitor", "demo"), null);
        assertThat(scrape.status()).isEqualTo(200);
        // The platform's own figures come with the application's.
        assertThat(scrape.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
                "sinergi_tasks_overdue", "sinergi_engine_incidents");
        assertThat(api.send("GET", "/actuator/health", Map.of(), null).status()).as("health stays open").isEqualTo(200);
    }

    @Test
    default void theBranchFiguresMoveWithTheWork() {
        ApiClient api = new ApiClient(port());
        String before = scrape(api);

        long nib = METRICS_NIBS.incrementAndGet();
        var report = Map.of(
                "employer", Map.of("nib", Long.toString(nib), "npwp", "01234567890" + (nib % 10_000 + 10_000),
                        "name", "PT Metrik " + nib, "address", "Jl. Ukur 1, Batang", "email", "hrd" + nib + "@metrik.example",
                        "sizeClass", "SMALL", "district", "batang"),
                "violation", Map.of("type", "UNREGISTERED", "workersAffected", 4, "arrearsAmount", 1_200_000,
                        "monthsInArrears", 2, "description", "4 pekerja belum didaftarkan"),
                "reference", "MTR-" + nib);
        assertThat(api.postJson("/api/v1/enforcement-cases", "demo-token-disnaker-batang", ApiClient.json(report)).status())
                .isEqualTo(201);
        assertThat(api.get("/api/v1/enforcement-cases", "not-a-token").status()).isEqualTo(401);
        String after = scrape(api);

        assertThat(value(after, "sinergi_enforcement_cases_open", "stage=\"TRIAGE\"")
                - value(before, "sinergi_enforcement_cases_open", "stage=\"TRIAGE\"")).isEqualTo(1);
        assertThat(value(after, "sinergi_api_calls_total", "agency=\"disnaker-batang\"", "outcome=\"2xx\"")
                - value(before, "sinergi_api_calls_total", "agency=\"disnaker-batang\"", "outcome=\"2xx\"")).isEqualTo(1);
        assertThat(value(after, "sinergi_api_calls_total", "agency=\"unknown\"", "outcome=\"4xx\"")
                - value(before, "sinergi_api_calls_total", "agency=\"unknown\"", "outcome=\"4xx\"")).isEqualTo(1);
    }

    private static String scrape(ApiClient api) {
        var response = api.send("GET", SCRAPE, ApiClient.basic("monitor", "demo"), null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    /** The sample of a metric whose labels include all of {@code labels}; 0 when there is none yet. */
    private static double value(String scrape, String metric, String... labels) {
        var sample = Pattern.compile("^" + metric + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        while (sample.find()) {
            String found = sample.group(1);
            if (List.of(labels).stream().allMatch(found::contains)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }
}
