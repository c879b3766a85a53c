package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Инструкция регионального координатора, проведение (VPR-REG-CONDUCT-4). */
class RegionalCoordinatorConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-regional-coordinator-conduct";

  @Override
  protected String processResource() {
    return "processes/vpr/regional-coordinator-conduct.bpmn";
  }

  @Test
  void regionalCoordinatorInformsTheSchoolsAndControlsTheConduct() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027", Map.of("campaignId", "VPR-2027", "form", "paper"));

    fill(conduct, "Task_InformAndControlSchools", Map.of("regSchoolsInformedCount", 400L, "regConductViolations", "no"));

    assertThat(conduct).isEnded().hasPassed("EndEvent_WorksHeld")
        .variables().containsEntry("regSchoolsInformedCount", 400L);
  }
}
