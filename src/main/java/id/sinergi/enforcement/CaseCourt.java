package id.sinergi.enforcement;

import id.sinergi.enforcement.EnforcementCaseProcess.Vars;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The court stage, once BPJS decided to sue: which suit the claim allows, the judgment clock from the
 * first hearing, and the judgment in the register.
 */
@Component("caseCourt")
public class CaseCourt {

    static final String SMALL_CLAIMS = "SMALL_CLAIMS";
    static final String CIVIL_SUIT = "CIVIL_SUIT";
    static final String COURT_KIND = "courtKind";

    private final CaseRecords records;
    private final EnforcementDeadlines deadlines;
    private final EnforcementSettings settings;

    CaseCourt(CaseRecords records, EnforcementDeadlines deadlines, EnforcementSettings settings) {
        this.records = records;
        this.deadlines = deadlines;
        this.settings = settings;
    }

    /** PERMA 2/2015 as amended by PERMA 4/2019: a small-claims suit for a claim of at most Rp500,000,000. */
    String kindFor(BigDecimal claim) {
        return claim.compareTo(settings.smallClaimsLimit()) <= 0 ? SMALL_CLAIMS : CIVIL_SUIT;
    }

    public void suitFiled(DelegateTask task) {
        var variables = EnforcementCaseProcess.variables(task);
        String kind = variables.text(COURT_KIND);
        LocalDate firstHearing = variables.date("firstHearingOn");
        task.setVariable(Vars.COURT_JUDGMENT_DUE, deadlines.judgmentDue(firstHearing, SMALL_CLAIMS.equals(kind)));
        records.suitFiled(variables.caseNumber(), kind, variables.date("suitFiledOn"));
    }

    public void progress(DelegateTask task) {
        var variables = EnforcementCaseProcess.variables(task);
        if ("JUDGMENT".equals(variables.text("courtEvent"))) {
            records.judgment(variables.caseNumber(), variables.text("judgment"));
        }
    }
}
