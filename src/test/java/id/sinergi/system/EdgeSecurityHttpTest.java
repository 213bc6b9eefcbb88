package id.sinergi.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.agency.AgencyTokens;
import id.sinergi.agency.Scope;
import id.sinergi.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The HTTP edge as an attacker meets it, over a bare socket so nothing normalizes the request first.
 * The test trusts X-Forwarded-For from 127.0.0.1 so each test plays its own client address.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sinergi.security.trusted-proxies=127.0.0.1", "sinergi.security.login-failures-per-minute=10"})
@ActiveProfiles("test")
class EdgeSecurityHttpTest {

    private static final String ADMIN_PASSWORD = "test-admin-password";

    @LocalServerPort
    int port;
    @Autowired
    AgencyTokens tokens;
    @Autowired
    IdentityService identity;

    RawHttp http;
    String agencyToken;

    @BeforeEach
    void setUp() {
        http = new RawHttp(port);
        agencyToken = tokens.issue("edge-probe", "Edge Probe Agency", Set.of(Scope.values()), null).token();
    }

    @Test
    void encodedOrParameterisedAdminPathsNeverServeTheAgencyList() {
        List<String> bypasses = List.of("/api/%61dmin/agencies", "/%61pi/admin/agencies", "/api;x=1/admin/agencies",
                "/api/admin;x/agencies", "/api/admin/agencies;x", "/api//admin/agencies", "/api/./admin/agencies",
                "/api/v1/../admin/agencies", "/api/admin/%61gencies/edge-probe");
        for (String path : bypasses) {
            for (Map<String, String> credentials : List.of(client("192.0.2.10"), bearer("192.0.2.11", agencyToken))) {
                RawHttp.Response response = http.get(path, credentials);
                assertThat(response.body()).as(path + " " + credentials.keySet())
                        .doesNotContain("edge-probe").doesNotContain("Edge Probe");
                assertThat(response.status()).as(path + " " + credentials.keySet()).isIn(400, 401, 403);
            }
        }
        for (String path : bypasses) {
            RawHttp.Response response = http.get(path, bearer("192.0.2.11", agencyToken)).assertProblem(400);
            assertThat(response.json().path("type").asText()).isEqualTo("/problems/non-normalized-path");
        }
        // The plain path still demands an administrator.
        http.get("/api/admin/agencies", client("192.0.2.12")).assertProblem(401);
        http.get("/api/admin/agencies", bearer("192.0.2.12", agencyToken)).assertProblem(403);
        assertThat(http.get("/api/admin/agencies", basic("192.0.2.12", "admin", ADMIN_PASSWORD)).body()).contains("edge-probe");
    }

    @Test
    void anUnauthenticatedBodyIsRefusedBeforeItIsRead() {
        // The head announces a body just under the limit and none is sent: only an answer given
        // without reading the body arrives before the socket times out.
        var headers = client("192.0.2.20");
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", "1000000");
        http.send("POST", "/api/v1/enforcement-cases", headers, null).assertProblem(401);

        headers.put("Content-Length", Long.toString(2L * 1024 * 1024));
        http.send("POST", "/api/v1/enforcement-cases", headers, null).assertProblem(401);
    }

    @Test
    void compressedApiBodiesAreUnsupportedMediaType() {
        for (String encoding : List.of("gzip", "br", "deflate, gzip")) {
            var headers = bearer("192.0.2.30", agencyToken);
            headers.put("Content-Type", "application/json");
            headers.put("Content-Encoding", encoding);
            http.send("POST", "/api/v1/enforcement-cases", headers, "{}".getBytes(StandardCharsets.UTF_8))
                    .assertProblem(415);
        }
    }

    @Test
    void errorsTomcatAnswersItselfAreProblemJson() {
        http.get("/api/v1/enforcement-cases/a%2Fb", client("192.0.2.40")).assertProblem(400);
        http.get("/api/v1/enforcement-cases/a%00b", client("192.0.2.40")).assertProblem(400);
        http.get("/api/v1/enforcement-cases/<x>", client("192.0.2.40")).assertProblem(400);
        var huge = client("192.0.2.40");
        huge.put("X-Padding", "a".repeat(20_000));
        RawHttp.Response tooLarge = http.get("/api/v1/enforcement-cases", huge);
        assertThat(tooLarge.status()).isIn(400, 431);
        tooLarge.assertProblem(tooLarge.status());
        assertThat(tooLarge.json().path("type").asText()).isEqualTo("/problems/http-" + tooLarge.status());
    }

    @Test
    void wrongPasswordsThrottleTheAttackersAddressButNeverLockTheAccount() {
        String attacker = "203.0.113.7";
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(http.get("/engine-rest/user/count", basic(attacker, "admin", "guess-" + attempt)).status())
                    .as("attempt %d", attempt).isEqualTo(401);
        }
        for (int attempt = 11; attempt <= 12; attempt++) {
            RawHttp.Response refused = http.get("/engine-rest/user/count", basic(attacker, "admin", "guess-" + attempt));
            refused.assertProblem(429);
            assertThat(Long.parseLong(refused.header("retry-after"))).isPositive();
        }
        assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).as("the account is not locked").isTrue();
        assertThat(http.get("/engine-rest/user/count", basic("198.51.100.2", "admin", ADMIN_PASSWORD)).status())
                .as("the real admin from elsewhere").isEqualTo(200);
        assertThat(http.get("/api/admin/agencies", basic("198.51.100.2", "admin", ADMIN_PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void wrongAdminPasswordsAndBearerTokensOnTheApiAreThrottledPerAddress() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            http.get("/api/admin/agencies", basic("203.0.113.8", "admin", "guess-" + attempt)).assertProblem(401);
            http.get("/api/v1/enforcement-cases", bearer("203.0.113.9", "guess-" + attempt)).assertProblem(401);
        }
        http.get("/api/admin/agencies", basic("203.0.113.8", "admin", "guess")).assertProblem(429);
        http.get("/api/v1/enforcement-cases", bearer("203.0.113.9", "guess")).assertProblem(429);
        assertThat(identity.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
        assertThat(http.get("/api/v1/enforcement-cases", bearer("198.51.100.3", agencyToken)).status()).isEqualTo(200);
    }

    @Test
    void webappFormLoginIsThrottledPerAddress() {
        String attacker = "203.0.113.10";
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(formLogin(attacker, "guess-" + attempt).status()).as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(formLogin(attacker, ADMIN_PASSWORD).status()).as("even the right password").isEqualTo(429);
        assertThat(formLogin("198.51.100.4", ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    /** As Cockpit's login page does it: a session with its XSRF token first, then the form. */
    private RawHttp.Response formLogin(String address, String password) {
        RawHttp.Response page = http.get("/camunda/app/cockpit/default/", client(address));
        String csrfToken = page.header("x-xsrf-token");
        assertThat(csrfToken).as(page.headers().toString()).isNotBlank();
        String cookies = page.header("set-cookie").lines().map(cookie -> cookie.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        var headers = client(address);
        headers.put("Cookie", cookies);
        headers.put("X-XSRF-TOKEN", csrfToken);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return http.send("POST", "/camunda/api/admin/auth/user/default/login/cockpit", headers,
                ("username=admin&password=" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> client(String address) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Forwarded-For", address);
        return headers;
    }

    private static Map<String, String> bearer(String address, String token) {
        var headers = client(address);
        headers.put("Authorization", "Bearer " + token);
        return headers;
    }

    private static Map<String, String> basic(String address, String user, String password) {
        var headers = client(address);
        headers.put("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return headers;
    }
}
