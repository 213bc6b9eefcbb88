package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.Test;

/**
 * The mail server stays down: the letter job retries, then stands as an incident in Cockpit. Nothing is
 * lost and, once an operator retries after the server is back, the letter goes out exactly once.
 */
class LetterMailServerDownTest extends AbstractLetterMailTest {

    /** failedJobRetryTimeCycle R5/PT10M on every letter step. */
    private static final int ATTEMPTS = 5;

    @Test
    void letterWaitsAsIncidentWhileServerIsDownAndGoesOutOnceAfterRetry() throws Exception {
        var c = cases.reportSmallEmployer("PT Tekstil Batang Raya", "keuangan@tekstilbatang.example");
        var job = cases.acceptTriage(c);
        mailServer.stop();

        int attempts = 0;
        while (cases.reload(job).getRetries() > 0 && attempts < ATTEMPTS + 3) {
            assertThatThrownBy(() -> cases.execute(job)).isInstanceOf(LetterDeliveryException.class);
            attempts++;
        }

        assertThat(attempts).isEqualTo(ATTEMPTS);
        var management = engine.getManagementService();
        var runtime = engine.getRuntimeService();
        Letter kept = cases.letter(c, LetterKind.OUTREACH);
        assertThat(kept.isSent()).isFalse();
        assertThat(cases.reload(job).getExceptionMessage()).contains(kept.number());
        Incident incident = runtime.createIncidentQuery().processInstanceId(c.processInstanceId()).singleResult();
        assertThat(incident).as("incident for Cockpit").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(Elements.SEND_OUTREACH_LETTER);
        assertThat(incident.getConfiguration()).isEqualTo(job.getId());
        assertThat(cases.waitsAtTimer(c, Elements.OUTREACH_PERIOD_EXPIRED)).as("not past the letter").isFalse();

        mailServer.start();
        management.setJobRetries(job.getId(), 1);
        cases.execute(job);

        assertThat(received()).as("exactly one mail").hasSize(1);
        assertThat(received()[0].getHeader(MailDelivery.LETTER_NUMBER_HEADER))
                .as("the number drawn before the outage").containsExactly(kept.number());
        assertThat(cases.letter(c, LetterKind.OUTREACH).isSent()).isTrue();
        assertThat(runtime.createIncidentQuery().processInstanceId(c.processInstanceId()).count()).as("incident resolved").isZero();
        assertThat(cases.waitsAtTimer(c, Elements.OUTREACH_PERIOD_EXPIRED)).isTrue();
    }
}
