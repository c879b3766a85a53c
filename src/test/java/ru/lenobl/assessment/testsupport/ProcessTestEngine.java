package ru.lenobl.assessment.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;

/**
 * The engine of the tests that run processes without Spring: built once from {@code camunda.cfg.xml}
 * ({@link TestEngineConfiguration}) and shared. Each test class registers its own coverage extension as a static
 * field, because the extension reports per class:
 * <pre>{@code @RegisterExtension static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();}</pre>
 */
public final class ProcessTestEngine {

  public static final String CONFIGURATION = "camunda.cfg.xml";

  private ProcessTestEngine() {
  }

  public static ProcessEngine get() {
    return TestHelper.getProcessEngine(CONFIGURATION);
  }

  /** For process tests: the build fails unless the class's tests pass every flow node and sequence flow. */
  public static ProcessEngineCoverageExtension everyFlowNodeCovered() {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION).assertClassCoverageAtLeast(1.0).build();
  }

  /**
   * For the tests of the campaign levels (campaign, municipality, school, work, classroom, NIKO study): every flow node
   * of the level models; the role processes ({@code *-preparation}, {@code -conduct}, {@code -completion}) have their
   * own test classes and are left out.
   */
  public static ProcessEngineCoverageExtension everyLevelFlowNodeCovered() {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION)
        .excludeProcessDefinitionKeys(new ClasspathModels().processes().stream().map(ModelResource::name)
            .filter(name -> name.matches(".*-(preparation|conduct|completion)\\.bpmn"))
            .map(name -> name.replace("processes/", "").replace(".bpmn", "").replace('/', '-')).toArray(String[]::new))
        .assertClassCoverageAtLeast(1.0)
        .build();
  }

  /** For tests that use the engine but do not test a model of ours: coverage is recorded for them, not asserted. */
  public static ProcessEngineCoverageExtension withoutCoverageGoal(String... testOnlyProcessKeys) {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION).excludeProcessDefinitionKeys(testOnlyProcessKeys).build();
  }
}
