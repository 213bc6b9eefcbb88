package id.sinergi.enforcement;

import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class EnforcementAccess {

    /** The groups that work enforcement cases may see the process (their tasks come from candidate groups). */
    @Bean
    ProcessAccess enforcementProcessAccess() {
        return new ProcessAccess(EnforcementCaseProcess.KEY,
                List.of(Groups.ENFORCEMENT_OFFICERS, Groups.INSPECTORS, Groups.LEGAL, Groups.MANAGERS));
    }
}
