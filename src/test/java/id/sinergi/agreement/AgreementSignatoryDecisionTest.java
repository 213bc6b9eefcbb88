package id.sinergi.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped {@code agreement-signatory} table, read from bpmn/ and evaluated on the real DMN engine for
 * every kind and partner kind: each combination matches exactly one rule (hit policy UNIQUE).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementSignatoryDecisionTest {

    private DmnDecision decision;
    private DmnEngine engine;

    @BeforeAll
    void parseShippedModel() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("bpmn/agreement/agreement-signatory.dmn"))) {
            decision = engine.parseDecision("agreement-signatory", in);
        }
    }

    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource({
            "MOU, MINISTRY, PRESIDENT_DIRECTOR, signatory-president-director",
            "MOU, PROSECUTOR, PRESIDENT_DIRECTOR, signatory-president-director",
            "MOU, REGIONAL_GOVERNMENT, REGIONAL_DEPUTY, signatory-regional-deputy",
            "MOU, LABOUR_OFFICE, REGIONAL_DEPUTY, signatory-regional-deputy",
            "MOU, OTHER, DIRECTOR, signatory-director",
            "PKS, MINISTRY, DIRECTOR, signatory-director",
            "PKS, REGIONAL_GOVERNMENT, BRANCH_HEAD, signatory-branch-head",
            "PKS, LABOUR_OFFICE, BRANCH_HEAD, signatory-branch-head",
            "PKS, PROSECUTOR, BRANCH_HEAD, signatory-branch-head",
            "PKS, OTHER, BRANCH_HEAD, signatory-branch-head"})
    void everyKindAndPartnerKindHasExactlyOneSignatoryLevel(String kind, String partnerKind, String level, String group) {
        var result = engine.evaluateDecisionTable(decision, Map.of("kind", kind, "partnerKind", partnerKind));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().<String>getEntry("signatoryLevel")).isEqualTo(level);
        assertThat(result.getSingleResult().<String>getEntry("signatoryGroup")).isEqualTo(group);
    }

    @ParameterizedTest
    @CsvSource({"MOU, FOUNDATION", "AGREEMENT, MINISTRY"})
    void anUnknownKindMatchesNoRule(String kind, String partnerKind) {
        assertThat(engine.evaluateDecisionTable(decision, Map.of("kind", kind, "partnerKind", partnerKind))).isEmpty();
    }
}
