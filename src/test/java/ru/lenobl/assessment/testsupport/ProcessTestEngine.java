package ru.lenobl.assessment.testsupport;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.test.TestHelper;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

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

  /** For tests that use the engine but do not test a model of ours: coverage is recorded for them, not asserted. */
  public static ProcessEngineCoverageExtension withoutCoverageGoal(String... testOnlyProcessKeys) {
    return ProcessEngineCoverageExtension.builder(CONFIGURATION).excludeProcessDefinitionKeys(testOnlyProcessKeys).build();
  }
}
