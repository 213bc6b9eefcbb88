package id.sinergi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Evaluates the shipped {@code enforcement-route} decision table on the real Camunda DMN engine, read from
 * the top-level {@code bpmn/} folder so the test proves the file that is deployed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnforcementRouteDecisionTest {

    private static final Path MODEL = Path.of("bpmn/enforcement/enforcement-route.dmn");
    private static final String DECISION_KEY = "enforcement-route";

    private static final List<String> VIOLATION_TYPES =
            List.of("UNREGISTERED", "PARTIALLY_REGISTERED", "CONTRIBUTION_ARREARS");
    private static final List<String> SIZE_CLASSES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");

    /** Rule ids the engine matched in the last evaluation, after the hit policy was applied. */
    private final List<String> matchedRuleIds = new ArrayList<>();

    private DmnEngine engine;
    private DmnDecision decision;
    private DmnModelInstance model;

    @BeforeAll
    void parseShippedModel() throws IOException {
        DmnDecisionTableEvaluationListener recordMatchedRules = this::recordMatchedRules;
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
                .customPostDecisionTableEvaluationListeners(List.of(recordMatchedRules))
                .buildEngine();
        try (InputStream in = Files.newInputStream(MODEL)) {
            decision = engine.parseDecision(DECISION_KEY, in);
        }
        model = Dmn.readModelFromFile(MODEL.toFile());
    }

    @BeforeEach
    void forgetLastEvaluation() {
        matchedRuleIds.clear();
    }

    @ParameterizedTest(name = "{0}: {1} {2}, {3} workers, Rp{4}, {5} prior -> {6} joint={7} priority={8}")
    @CsvSource({
        // rule,                             violationType,          sizeClass, workers, arrears,    prior, route,        joint, priority
        "Rule_RepeatOffenderLargeEmployer,   UNREGISTERED,           LARGE,     10,      0,          1,     INSPECTION,   true,  90",
        "Rule_RepeatOffenderManyWorkers,     PARTIALLY_REGISTERED,   MEDIUM,    150,     0,          2,     INSPECTION,   true,  90",
        "Rule_LargeEmployer,                 CONTRIBUTION_ARREARS,   LARGE,     40,      5000000,    0,     INSPECTION,   true,  80",
        "Rule_ManyWorkersAffected,           UNREGISTERED,           SMALL,     120,     0,          0,     INSPECTION,   true,  80",
        "Rule_VeryLargeArrears,              PARTIALLY_REGISTERED,   SMALL,     15,      150000000,  0,     INSPECTION,   false, 80",
        "Rule_RepeatOffender,                UNREGISTERED,           MICRO,     3,       0,          1,     INSPECTION,   false, 70",
        "Rule_HighContributionArrears,       CONTRIBUTION_ARREARS,   MICRO,     8,       40000000,   0,     INSPECTION,   false, 60",
        "Rule_MediumManyUnregistered,        UNREGISTERED,           MEDIUM,    35,      0,          0,     INSPECTION,   false, 60",
        "Rule_OutreachMicroSmall,            PARTIALLY_REGISTERED,   SMALL,     6,       2000000,    0,     OUTREACH,     false, 30",
        "Rule_OutreachDefault,               CONTRIBUTION_ARREARS,   MEDIUM,    60,      10000000,   0,     OUTREACH,     false, 50",
    })
    void eachRuleDecidesTheCaseItWasWrittenFor(String rule, String violationType, String sizeClass,
            int workersAffected, long arrearsAmount, int priorCases,
            String route, boolean jointInspection, int priority) {
        assertRoute(rule, violationType, sizeClass, workersAffected, arrearsAmount, priorCases,
                route, jointInspection, priority);
    }

    @ParameterizedTest(name = "{0}: {1} {2}, {3} workers, Rp{4}, {5} prior -> {6} joint={7} priority={8}")
    @CsvSource({
        // rule,                             violationType,          sizeClass, workers, arrears,    prior, route,        joint, priority
        // 99 vs 100 workers affected
        "Rule_MediumManyUnregistered,        UNREGISTERED,           MEDIUM,    99,      0,          0,     INSPECTION,   false, 60",
        "Rule_ManyWorkersAffected,           UNREGISTERED,           MEDIUM,    100,     0,          0,     INSPECTION,   true,  80",
        "Rule_OutreachMicroSmall,            CONTRIBUTION_ARREARS,   SMALL,     99,      1000000,    0,     OUTREACH,     false, 30",
        "Rule_ManyWorkersAffected,           CONTRIBUTION_ARREARS,   SMALL,     100,     1000000,    0,     INSPECTION,   true,  80",
        // 24,999,999 vs 25,000,000 contribution arrears
        "Rule_OutreachMicroSmall,            CONTRIBUTION_ARREARS,   SMALL,     10,      24999999,   0,     OUTREACH,     false, 30",
        "Rule_HighContributionArrears,       CONTRIBUTION_ARREARS,   SMALL,     10,      25000000,   0,     INSPECTION,   false, 60",
        "Rule_OutreachDefault,               CONTRIBUTION_ARREARS,   MEDIUM,    10,      24999999,   0,     OUTREACH,     false, 50",
        "Rule_HighContributionArrears,       CONTRIBUTION_ARREARS,   MEDIUM,    10,      25000000,   0,     INSPECTION,   false, 60",
        // Rp25 million matters only for contribution arrears, not for understated wages
        "Rule_OutreachMicroSmall,            PARTIALLY_REGISTERED,   SMALL,     10,      25000000,   0,     OUTREACH,     false, 30",
        // 99,999,999 vs 100,000,000 arrears, any violation type
        "Rule_OutreachMicroSmall,            PARTIALLY_REGISTERED,   MICRO,     4,       99999999,   0,     OUTREACH,     false, 30",
        "Rule_VeryLargeArrears,              PARTIALLY_REGISTERED,   MICRO,     4,       100000000,  0,     INSPECTION,   false, 80",
        "Rule_HighContributionArrears,       CONTRIBUTION_ARREARS,   MICRO,     4,       99999999,   0,     INSPECTION,   false, 60",
        "Rule_VeryLargeArrears,              CONTRIBUTION_ARREARS,   MICRO,     4,       100000000,  0,     INSPECTION,   false, 80",
        // priorCases 0 vs 1
        "Rule_OutreachMicroSmall,            UNREGISTERED,           MICRO,     3,       0,          0,     OUTREACH,     false, 30",
        "Rule_RepeatOffender,                UNREGISTERED,           MICRO,     3,       0,          1,     INSPECTION,   false, 70",
        "Rule_LargeEmployer,                 UNREGISTERED,           LARGE,     3,       0,          0,     INSPECTION,   true,  80",
        "Rule_RepeatOffenderLargeEmployer,   UNREGISTERED,           LARGE,     3,       0,          1,     INSPECTION,   true,  90",
        "Rule_ManyWorkersAffected,           PARTIALLY_REGISTERED,   SMALL,     100,     0,          0,     INSPECTION,   true,  80",
        "Rule_RepeatOffenderManyWorkers,     PARTIALLY_REGISTERED,   SMALL,     100,     0,          1,     INSPECTION,   true,  90",
        // 19 vs 20 unregistered workers at a medium employer; not for arrears cases
        "Rule_OutreachDefault,               PARTIALLY_REGISTERED,   MEDIUM,    19,      0,          0,     OUTREACH,     false, 50",
        "Rule_MediumManyUnregistered,        PARTIALLY_REGISTERED,   MEDIUM,    20,      0,          0,     INSPECTION,   false, 60",
        "Rule_OutreachDefault,               CONTRIBUTION_ARREARS,   MEDIUM,    20,      0,          0,     OUTREACH,     false, 50",
        // order: a large employer keeps its joint inspection even with very large arrears,
        // a repeat offender outranks the Rp25 million arrears rule
        "Rule_LargeEmployer,                 CONTRIBUTION_ARREARS,   LARGE,     50,      500000000,  0,     INSPECTION,   true,  80",
        "Rule_RepeatOffender,                CONTRIBUTION_ARREARS,   SMALL,     10,      30000000,   1,     INSPECTION,   false, 70",
    })
    void boundariesAndRuleOrder(String rule, String violationType, String sizeClass,
            int workersAffected, long arrearsAmount, int priorCases,
            String route, boolean jointInspection, int priority) {
        assertRoute(rule, violationType, sizeClass, workersAffected, arrearsAmount, priorCases,
                route, jointInspection, priority);
    }

    @Test
    void everyCombinationGivesExactlyOneCompleteResultAndEveryRuleIsReachable() {
        Set<String> rulesHit = new LinkedHashSet<>();
        int evaluations = 0;
        for (String violationType : VIOLATION_TYPES) {
            for (String sizeClass : SIZE_CLASSES) {
                for (int workersAffected : new int[] {1, 19, 20, 99, 100, 5000}) {
                    for (long arrearsAmount : new long[] {0L, 24_999_999L, 25_000_000L, 99_999_999L,
                            100_000_000L, 5_000_000_000L}) {
                        for (int priorCases : new int[] {0, 1, 4}) {
                            String inputs = String.join(" ", violationType, sizeClass, workersAffected + " workers",
                                    "Rp" + arrearsAmount, priorCases + " prior");
                            matchedRuleIds.clear();
                            DmnDecisionTableResult result = evaluate(violationType, sizeClass, workersAffected,
                                    arrearsAmount, priorCases);

                            assertThat(result.size()).as(inputs).isEqualTo(1);
                            assertThat(matchedRuleIds).as(inputs).hasSize(1);
                            DmnDecisionRuleResult outcome = result.getSingleResult();
                            String route = outcome.getEntry("route");
                            Boolean jointInspection = outcome.getEntry("jointInspection");
                            Integer priority = outcome.getEntry("priority");
                            assertThat(route).as(inputs).isIn("OUTREACH", "INSPECTION");
                            assertThat(jointInspection).as(inputs).isNotNull();
                            assertThat(priority).as(inputs).isBetween(0, 100);
                            // an outreach letter is never more urgent than an inspection, nor joint
                            if (route.equals("OUTREACH")) {
                                assertThat(jointInspection).as(inputs).isFalse();
                                assertThat(priority).as(inputs).isLessThanOrEqualTo(50);
                            } else {
                                assertThat(priority).as(inputs).isGreaterThan(50);
                            }
                            rulesHit.addAll(matchedRuleIds);
                            evaluations++;
                        }
                    }
                }
            }
        }
        assertThat(evaluations).isEqualTo(3 * 4 * 6 * 6 * 3);
        assertThat(rulesHit).as("no rule is shadowed by the rules above it")
                .containsExactlyInAnyOrderElementsOf(ruleIds());
    }

    @Test
    void modelIsReadableAndDeployable() {
        Decision decisionElement = model.getModelElementById(DECISION_KEY);
        assertThat(decisionElement.getName()).isEqualTo("Rute penegakan kepatuhan");
        assertThat(decisionElement.getCamundaHistoryTimeToLiveString()).isNotBlank();

        DecisionTable table = model.getModelElementById("DecisionTable_EnforcementRoute");
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getDescription().getTextContent()).contains("FIRST");
        assertThat(table.getInputs()).extracting(input -> input.getInputExpression().getText().getTextContent())
                .containsExactly("violationType", "sizeClass", "workersAffected", "arrearsAmount", "priorCases");
        assertThat(table.getOutputs()).extracting(output -> output.getName())
                .containsExactly("route", "jointInspection", "priority");

        Collection<Rule> rules = table.getRules();
        assertThat(rules).hasSize(10);
        for (Rule rule : rules) {
            assertThat(rule.getDescription()).as(rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as(rule.getId()).isNotBlank();
        }

        // ids read as words (Type_Name), never the modeler's random suffixes; DMNDI and entries included
        List<String> ids = new ArrayList<>();
        collectIds(model.getDocument().getRootElement(), ids);
        assertThat(ids).contains("Rule_RepeatOffender", "Output_Route", "InputEntry_LargeEmployer_SizeClass")
                .filteredOn(id -> !id.equals(DECISION_KEY))
                .allMatch(id -> id.matches("[A-Z][A-Za-z]*_[A-Z][A-Za-z]*(_[A-Z][A-Za-z]*)?"));
    }

    private void assertRoute(String rule, String violationType, String sizeClass, int workersAffected,
            long arrearsAmount, int priorCases, String route, boolean jointInspection, int priority) {
        DmnDecisionTableResult result = evaluate(violationType, sizeClass, workersAffected, arrearsAmount,
                priorCases);

        assertThat(matchedRuleIds).containsExactly(rule);
        DmnDecisionRuleResult outcome = result.getSingleResult();
        assertThat((String) outcome.getEntry("route")).isEqualTo(route);
        assertThat((Boolean) outcome.getEntry("jointInspection")).isEqualTo(jointInspection);
        assertThat((Integer) outcome.getEntry("priority")).isEqualTo(priority);
    }

    private DmnDecisionTableResult evaluate(String violationType, String sizeClass, int workersAffected,
            long arrearsAmount, int priorCases) {
        VariableMap variables = Variables.createVariables()
                .putValue("violationType", violationType)
                .putValue("sizeClass", sizeClass)
                .putValue("workersAffected", workersAffected)
                .putValue("arrearsAmount", arrearsAmount)
                .putValue("priorCases", priorCases);
        return engine.evaluateDecisionTable(decision, variables);
    }

    private void recordMatchedRules(DmnDecisionTableEvaluationEvent event) {
        for (DmnEvaluatedDecisionRule rule : event.getMatchingRules()) {
            matchedRuleIds.add(rule.getId());
        }
    }

    private List<String> ruleIds() {
        DecisionTable table = model.getModelElementById("DecisionTable_EnforcementRoute");
        return table.getRules().stream().map(Rule::getId).toList();
    }

    private static void collectIds(DomElement element, List<String> ids) {
        if (element.hasAttribute("id")) {
            ids.add(element.getAttribute("id"));
        }
        for (DomElement child : element.getChildElements()) {
            collectIds(child, ids);
        }
    }
}
