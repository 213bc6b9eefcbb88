package id.sinergi.enforcement;

import static id.sinergi.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.support.ApiClient;
import id.sinergi.support.ApiClient.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;

/**
 * Dates agencies send are judged by the calendar in Jakarta. The application's clock stands at half past
 * midnight in Jakarta on day D (still D-1 in UTC, in the clock's own zone and in the JVM's zone, both set far
 * west), two days after the real date so the system clock would call D "the future" too: D must be today,
 * D+1 the future, and D-1 before the case, which was reported at that very moment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(AbstractAgencyDatesInJakartaTest.HalfPastMidnightInJakarta.class)
abstract class AbstractAgencyDatesInJakartaTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final TimeZone JVM_ZONE = TimeZone.getDefault();
    static final LocalDate D = LocalDate.now(JAKARTA).plusDays(2);

    /** Called from each subclass's static initializer, so the JVM's zone is far west before its context starts. */
    static void jvmFarWest() {
        TimeZone.setDefault(TimeZone.getTimeZone("Etc/GMT+12"));
    }

    @AfterAll
    static void restoreZone() {
        TimeZone.setDefault(JVM_ZONE);
    }

    @TestConfiguration
    static class HalfPastMidnightInJakarta {
        @Bean
        @Primary
        Clock halfPastMidnightInJakarta() {
            return Clock.fixed(D.atTime(LocalTime.of(0, 30)).atZone(JAKARTA).toInstant(), ZoneId.of("America/Los_Angeles"));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void complianceDatedTodayInJakartaIsAcceptedTomorrowAndBeforeTheCaseAreNot() {
        String caseId = reportCase();
        String path = AbstractEnforcementCaseApiTest.CASES + "/" + caseId + "/compliance-reports";

        Response tomorrow = api.postJson(path, AbstractEnforcementCaseApiTest.DISNAKER, compliance(D.plusDays(1)));
        Response beforeTheCase = api.postJson(path, AbstractEnforcementCaseApiTest.DISNAKER, compliance(D.minusDays(1)));
        Response today = api.postJson(path, AbstractEnforcementCaseApiTest.DISNAKER, compliance(D));

        assertProblem(tomorrow, 400);
        assertThat(tomorrow.json().path("errors").findValuesAsText("field")).containsExactly("date");
        assertProblem(beforeTheCase, 400);
        assertThat(beforeTheCase.json().path("errors").findValuesAsText("field")).containsExactly("date");
        assertThat(today.status()).as(today.body()).isEqualTo(202);
    }

    @Test
    void aProsecutorReportDatedTodayInJakartaIsAcceptedTomorrowAndBeforeTheCaseAreNot() {
        String caseId = reportCase();
        var runtime = engine.getRuntimeService();
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult();
        runtime.createProcessInstanceModification(instance.getId())
                .cancelAllForActivity(EnforcementCaseProcess.Elements.TRIAGE)
                .startBeforeActivity(EnforcementCaseProcess.Elements.RECORD_PROSECUTOR_OUTCOME)
                .setVariable(EnforcementCaseProcess.Vars.PROSECUTOR_OFFICE, "kejari-pekalongan")
                .setVariable(EnforcementCaseProcess.Vars.STAGE, "PROSECUTOR")
                .execute();
        String path = AbstractEnforcementCaseApiTest.CASES + "/" + caseId + "/prosecutor-outcomes";
        assignProsecutor(caseId);

        Response tomorrow = api.postJson(path, AbstractEnforcementCaseApiTest.KEJARI, outcome(D.plusDays(1)));
        Response beforeTheCase = api.postJson(path, AbstractEnforcementCaseApiTest.KEJARI, outcome(D.minusDays(1)));
        Response today = api.postJson(path, AbstractEnforcementCaseApiTest.KEJARI, outcome(D));

        assertProblem(tomorrow, 400);
        assertThat(tomorrow.json().path("errors").findValuesAsText("field")).containsExactly("date");
        assertProblem(beforeTheCase, 400);
        assertThat(beforeTheCase.json().path("errors").findValuesAsText("field")).containsExactly("date");
        assertThat(today.status()).as(today.body()).isEqualTo(202);
    }

    @Autowired
    EnforcementCaseRepository cases;

    private void assignProsecutor(String caseId) {
        cases.assignProsecutor(caseId, "kejari-pekalongan");
    }

    private String reportCase() {
        Response created = api.postJson(AbstractEnforcementCaseApiTest.CASES, AbstractEnforcementCaseApiTest.DISNAKER,
                ApiClient.json(AbstractEnforcementCaseApiTest.report(AbstractEnforcementCaseApiTest.nextNib(), "SMALL",
                        "CONTRIBUTION_ARREARS", 5, 3_000_000)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("caseId").asText();
    }

    private static String compliance(LocalDate date) {
        return ApiClient.json(Map.of("kind", "ARREARS_PAID", "date", date.toString(), "amountPaid", 1_000_000,
                "reference", "SLIP-JKT"));
    }

    private static String outcome(LocalDate date) {
        return ApiClient.json(Map.of("outcome", "PAID_IN_FULL", "date", date.toString(), "recoveredAmount", 3_000_000));
    }
}
