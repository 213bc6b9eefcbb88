package id.sinergi.enforcement;

import id.sinergi.system.Groups;
import id.sinergi.system.ProcessAccess;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code compliance-recording} process: an officer records, from Tasklist's start form, what an
 * employer did at the branch ({@link ForwardComplianceToCaseDelegate}). Only enforcement officers may start
 * it; its start form's contract is {@link ComplianceRecordingTaskContracts}.
 */
@Configuration
public class ComplianceRecording {

    public static final String KEY = "compliance-recording";
    public static final String START = "StartEvent_ComplianceRecorded";

    @Bean
    ProcessAccess complianceRecordingAccess() {
        return new ProcessAccess(KEY, List.of(Groups.ENFORCEMENT_OFFICERS), List.of(Groups.ENFORCEMENT_OFFICERS));
    }
}
