package id.sinergi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.enforcement.CaseReport;
import id.sinergi.enforcement.EnforcementCase;
import id.sinergi.enforcement.EnforcementCaseProcess.Elements;
import id.sinergi.enforcement.EnforcementCaseService;
import id.sinergi.enforcement.SizeClass;
import id.sinergi.enforcement.ViolationType;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Brings an enforcement case to a letter step the way staff would (report, accept at triage) and
 * hands out the letter's asynchronous job, which the tests run themselves: job execution is off.
 */
final class LetterCases {

    /** Each case needs its own employer: an open case for the same NIB and violation is refused. */
    private static final AtomicLong NIB = new AtomicLong(9_130_000_000_000L);

    private final EnforcementCaseService service;
    private final ProcessEngine engine;
    private final LetterRepository letters;

    LetterCases(EnforcementCaseService service, ProcessEngine engine, LetterRepository letters) {
        this.service = service;
        this.engine = engine;
        this.letters = letters;
    }

    /** A small employer: the route decision sends it an outreach letter first. */
    EnforcementCase reportSmallEmployer(String name, String email) {
        String nib = Long.toString(NIB.incrementAndGet());
        var report = new CaseReport(
                new CaseReport.Employer(nib, "01234567890" + nib.substring(9), name, "Jl. Diponegoro No. 7, Batang",
                        email, SizeClass.SMALL),
                new CaseReport.Violation(ViolationType.UNREGISTERED, 12, BigDecimal.valueOf(4_320_000), 3, "uji"),
                "REF-" + nib);
        return service.report(report, "Disnaker Kabupaten Batang");
    }

    /** Triage accepts the report; the outreach letter now waits as a job. */
    Job acceptTriage(EnforcementCase c) {
        var triage = engine.getTaskService().createTaskQuery().processInstanceId(c.processInstanceId())
                .taskDefinitionKey(Elements.TRIAGE).singleResult();
        assertThat(triage).as("triage task of %s", c.caseNumber()).isNotNull();
        engine.getTaskService().complete(triage.getId(), Map.of("triageDecision", "ACCEPT", "triageNotes", "berdasar"));
        return letterJob(c, Elements.SEND_OUTREACH_LETTER);
    }

    /** The pending job of a letter step: the asynchronous continuation before the service task. */
    Job letterJob(EnforcementCase c, String activityId) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
                .activityId(activityId).messages().singleResult();
        assertThat(job).as("letter job %s of %s", activityId, c.caseNumber()).isNotNull();
        return job;
    }

    Job reload(Job job) {
        return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    }

    void execute(Job job) {
        engine.getManagementService().executeJob(job.getId());
    }

    /** The archived letter of that kind; there is at most one per case and kind. */
    Letter letter(EnforcementCase c, LetterKind kind) {
        var matching = letters.forCase(c.caseNumber()).stream().filter(l -> l.kind() == kind).toList();
        assertThat(matching).as("%s letters of %s", kind, c.caseNumber()).hasSize(1);
        return matching.get(0);
    }

    /** True once the process waits at that timer, i.e. it has moved past the letter before it. */
    boolean waitsAtTimer(EnforcementCase c, String timerActivityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(c.processInstanceId())
                .activityId(timerActivityId).timers().count() == 1;
    }
}
