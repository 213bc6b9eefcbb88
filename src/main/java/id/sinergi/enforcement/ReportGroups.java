package id.sinergi.enforcement;

import id.sinergi.agency.AgencyClient;
import id.sinergi.agency.ApiAudit;
import id.sinergi.agency.ApiCall;
import id.sinergi.system.CreatedTasks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Group commit for reports through the agency API. A report that arrives while others are being written
 * waits for a writer; the writer takes every report waiting (up to {@code max-size}) and opens them in one
 * transaction and one engine flush, so a transaction's fixed cost (the commit, the engine's flush, the case
 * number's draw) is paid once per group instead of once per report. A report that finds no group being
 * written is written at once, alone, so a quiet API waits for nothing; while one is written, later reports
 * queue, and a further writer (up to {@code writers}) starts only once enough of them wait to make a group
 * worth its transaction.
 *
 * <p>Each report still gets exactly the answer it would get alone. The register refuses a duplicate
 * without an exception ({@link EnforcementCaseService#reportUnlessRefused}): such a report, and every report
 * of a group that fails as a whole (a race on the open-case key, a database error), is then written again
 * by its own request thread in a transaction of its own, which answers for it (409, 400, 500) as before. A
 * report is answered only after its group committed, and a group commits all its reports or none.
 */
@Component
class ReportGroups {

    private static final Logger log = LoggerFactory.getLogger(ReportGroups.class);

    /** One report of an agency's call, as its request thread hands it over. */
    record Report(AgencyClient agency, ApiCall call, CaseReport report) {
    }

    private final EnforcementCaseService cases;
    private final ApiAudit audit;
    private final ProcessEngineConfigurationImpl engine;
    private final ReportGroupSettings settings;
    private final DistributionSummary groupSizes;
    private final Counter rolledBack;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final ArrayDeque<Pending> waiting = new ArrayDeque<>();
    private int writing;
    private int inGroups;

    ReportGroups(EnforcementCaseService cases, ApiAudit audit, ProcessEngineConfigurationImpl engine,
                 ReportGroupSettings settings, MeterRegistry meters) {
        this.groupSizes = DistributionSummary.builder("sinergi.api.report.groups")
                .description("Reports through the agency API written per shared transaction (group commit)")
                .baseUnit("reports").register(meters);
        this.rolledBack = Counter.builder("sinergi.api.report.groups.rolled.back")
                .description("Groups of reports rolled back as a whole, whose reports were then written one by one")
                .register(meters);
        this.cases = cases;
        this.audit = audit;
        this.engine = engine;
        this.settings = settings;
    }

    /**
     * Opens the case of {@code report} in whichever group writes it; {@code alone} opens it in a transaction of
     * its own when the group could not (and throws what refuses it).
     */
    CreatedTasks.Result<EnforcementCase> open(Report report, Supplier<CreatedTasks.Result<EnforcementCase>> alone) {
        var pending = new Pending(report);
        lock.lock();
        try {
            waiting.add(pending);
            while (!pending.settled) {
                // Only a thread whose report still waits becomes a writer: one whose report is in a group already
                // is answered as soon as that group is, not after writing other callers' reports.
                if (!pending.taken && mayStartWriter()) {
                    // Counted as a writer only inside the try: an Error thrown by take() (out of memory) must not
                    // leave a writer counted that never ends, or with one writer allowed no report would be written again.
                    List<Pending> group = List.of();
                    writing++;
                    try {
                        group = take();
                        inGroups += group.size();
                        lock.unlock();
                        try {
                            write(group);
                        } finally {
                            lock.lock();
                        }
                    } finally {
                        writing--;
                        inGroups -= group.size();
                        group.forEach(Pending::settle);
                        settled.signalAll();
                    }
                } else {
                    settled.awaitUninterruptibly();
                }
            }
        } finally {
            // Leaving without a settled report (an Error thrown while writing other callers' group): take it out of
            // the queue, or a later writer would open the case of a call that has already answered 500.
            if (!pending.taken) {
                waiting.remove(pending);
            }
            lock.unlock();
        }
        if (pending.opened == null) {
            return alone.get();
        }
        audit.file(pending.auditRow, AgencyCaseService.CREATED);
        return pending.opened;
    }

    /**
     * The first writer starts for a single report. Another starts only once {@code parallel-from} reports wait:
     * a second writer for every report or two would split the queue into groups too small to save anything,
     * and on few cores the writers would only take the CPU from each other.
     */
    private boolean mayStartWriter() {
        if (waiting.isEmpty()) {
            return false;
        }
        return writing == 0 || writing < settings.writersOrProcessors() && waiting.size() >= settings.parallelFrom();
    }

    /** Reports handed over and not yet answered: waiting, or in a group being written (tests; a busy node). */
    int inFlight() {
        lock.lock();
        try {
            return waiting.size() + inGroups;
        } finally {
            lock.unlock();
        }
    }

    private List<Pending> take() {
        var group = new ArrayList<Pending>(Math.min(waiting.size(), settings.maxSize()));
        while (!waiting.isEmpty() && group.size() < settings.maxSize()) {
            var next = waiting.poll();
            next.taken = true;
            group.add(next);
        }
        return group;
    }

    /**
     * Opens the group's cases in one engine command (one transaction, one flush). If anything fails, nothing of
     * the group stays and every report of it is written again alone.
     */
    private void write(List<Pending> group) {
        groupSizes.record(group.size());
        // Every group inserts its register rows in the order of their open-case keys. A row racing another group's for
        // the same key waits for that group's commit (ON CONFLICT); two groups each holding one key the other waits for
        // would deadlock, and PostgreSQL would roll one of them back whole. In one order, one always waits for the other.
        // Stable: two reports of one key keep their order, and the first is the one opened.
        group.sort(java.util.Comparator.comparing(Pending::openCaseKey, java.util.Comparator.nullsFirst(String::compareTo)));

        var opened = new ArrayList<CreatedTasks.Result<EnforcementCase>>(group.size());
        var auditRows = new ArrayList<Long>(group.size());
        try {
            var caseNumbers = cases.reserveCaseNumbers(group.size());
            engine.getCommandExecutorTxRequired().execute(context -> {
                for (Pending pending : group) {
                    var report = pending.report;
                    var reporting = CreatedTasks.during(() -> cases.reportUnlessRefused(report.report(),
                            report.agency().name(), report.agency().agencyId(), ReportSource.AGENCY_API, caseNumbers));
                    if (reporting.value().refused() != null) {
                        // Refused: written alone, which answers the refusal exactly as a single report's.
                        opened.add(null);
                        auditRows.add(null);
                        continue;
                    }
                    var opening = reporting.value().opened();
                    // The row is filed under its own call by its own thread, once committed (see open).
                    auditRows.add(AgencyCaseService.insertReported(audit, report.call(), report.report(), opening.caseNumber()));
                    opened.add(new CreatedTasks.Result<>(opening, reporting.tasks()));
                }
                return null;
            });
        } catch (RuntimeException groupFailed) {
            // Rolled back as a whole: each report is written alone, where its own failure answers for it.
            rolledBack.increment();
            // Rare since a racing duplicate no longer fails a group (PostgreSQL), a deadlock with a bulk chunk aside. The
            // class only, as the message of a key error quotes the key's value.
            log.warn("A group of {} reports rolled back ({}); each is written alone", group.size(),
                    groupFailed.getClass().getName());
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).opened = opened.get(i);
            group.get(i).auditRow = auditRows.get(i);
        }
    }

    private static final class Pending {
        final Report report;
        CreatedTasks.Result<EnforcementCase> opened;
        Long auditRow;
        boolean taken;
        boolean settled;

        Pending(Report report) {
            this.report = report;
        }

        /** As the register keys an employer's open case of one violation (EnforcementCaseRepository). */
        String openCaseKey() {
            var employer = report.report().employer();
            var violation = report.report().violation();
            return employer == null || violation == null ? null : employer.nib() + ":" + violation.type();
        }

        void settle() {
            settled = true;
        }
    }
}
