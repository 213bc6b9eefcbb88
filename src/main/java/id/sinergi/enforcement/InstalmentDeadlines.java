package id.sinergi.enforcement;

import id.sinergi.calendar.DeadlineCalculator;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Dates the {@code instalment-plan} model reads, as {@code instalmentDeadlines}. */
@Component("instalmentDeadlines")
public class InstalmentDeadlines {

    private final DeadlineCalculator deadlines;
    private final InstalmentSettings settings;

    InstalmentDeadlines(DeadlineCalculator deadlines, InstalmentSettings settings) {
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** Due date of the task recording the signed plan ({@code schedule-task-due-working-days}). */
    public Date scheduleTaskDue() {
        return deadlines.workingDays(settings.scheduleTaskDueWorkingDays());
    }
}
