package id.sinergi.enforcement;

import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code case-opening} process: an enforcement officer opens a case from Tasklist's start form
 * ({@link OpenEnforcementCaseDelegate}); its start form's contract is {@link CaseOpeningTaskContracts}.
 * Only enforcement officers may start it.
 */
@Configuration
public class CaseOpening {

    public static final String KEY = "case-opening";
    public static final String START = "StartEvent_CaseEntered";

    @Bean
    ProcessAccess caseOpeningAccess() {
        return new ProcessAccess(KEY, List.of(Groups.ENFORCEMENT_OFFICERS), List.of(Groups.ENFORCEMENT_OFFICERS));
    }
}
