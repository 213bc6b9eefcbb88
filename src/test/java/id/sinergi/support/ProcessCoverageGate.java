package id.sinergi.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Process tests report their coverage under target/process-test-coverage and fail when a suite
 * leaves part of its process unexercised: a path with no test is a path nobody has seen work.
 */
@TestConfiguration
public class ProcessCoverageGate {

    /** Share of flow nodes and sequence flows each process test class must pass through. */
    public static final double REQUIRED_CLASS_COVERAGE = 1.0;

    /**
     * Primary: the coverage library registers default properties of its own, and with two candidates its
     * listener silently checks nothing.
     */
    @Bean
    @Primary
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.Companion.builder()
                .assertClassCoverageAtLeast(REQUIRED_CLASS_COVERAGE)
                .build();
    }
}
