package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Инструкция регионального координатора, подготовка (VPR-REG-PREP-1, 2, 3, 5, 6). */
class RegionalCoordinatorPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-regional-coordinator-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/regional-coordinator-preparation.bpmn";
  }

  @Test
  void computerFormAddsTheMonitoringOfExpertsForComputerChecking() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027", Map.of("campaignId", "VPR-2027", "form", "computer",
        "municipalities", plan("yes")));

    assertThat(task(preparation)).hasCandidateGroup("vpr-regional-coordinator");
    fill(preparation, "Task_ObtainFisOkoAccess");
    assertThat(preparation).isWaitingAtExactly("Task_MonitorApplications", "Task_MonitorSchedules",
        "Task_FormObjectivityExpertLists", "Task_MonitorComputerExperts");
    fill(preparation, "Task_MonitorComputerExperts", Map.of("regComputerFormExpertsCount", 120L));
    fillAll(preparation, "Task_MonitorApplications", "Task_MonitorSchedules", "Task_FormObjectivityExpertLists");

    assertThat(preparation).isEnded().hasPassed("Task_MonitorComputerExperts", "EndEvent_RegionPrepared")
        .variables().containsEntry("regComputerFormExpertsCount", 120L);
  }

  @Test
  void paperFormSkipsTheMonitoringOfComputerExperts() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027", Map.of("campaignId", "VPR-2027", "form", "paper",
        "municipalities", plan("yes")));
    fill(preparation, "Task_ObtainFisOkoAccess");
    assertThat(preparation).isNotWaitingAt("Task_MonitorComputerExperts");
    fillAll(preparation, "Task_MonitorApplications", "Task_MonitorSchedules", "Task_FormObjectivityExpertLists");

    assertThat(preparation).isEnded().hasNotPassed("Task_MonitorComputerExperts");
  }

  /** The region's plan ({@code municipalities} of {@code vpr-campaign}): one school, two works, the second as given. */
  private static List<Map<String, Object>> plan(String secondWorkUnderObjectivityControl) {
    return List.of(Map.of("id", "tosno", "schools", List.of(Map.of("id", "9901", "works", List.of(
        Map.of("workId", "RU-4", "objectivityControl", "no"),
        Map.of("workId", "HI-11", "objectivityControl", secondWorkUnderObjectivityControl))))));
  }

  /** VPR-REG-PREP-6 (timing.json): the expert lists only when the plan's objectivityControl column marks a work. */
  @Test
  void regionPreparesObjectivityControlOnlyWhenThePlanHasIt() {
    ProcessInstance without = start(PROCESS, "VPR-2027", Map.of("campaignId", "VPR-2027", "form", "paper",
        "municipalities", plan("no")));
    fill(without, "Task_ObtainFisOkoAccess");
    assertThat(without).isWaitingAtExactly("Task_MonitorApplications", "Task_MonitorSchedules", "Gateway_PreparationJoin")
        .hasPassed("Gateway_ObjectivityControlMerge").hasNotPassed("Task_FormObjectivityExpertLists");

    ProcessInstance with = start(PROCESS, "VPR-2028", Map.of("campaignId", "VPR-2028", "form", "paper",
        "municipalities", plan("yes")));
    fill(with, "Task_ObtainFisOkoAccess");
    assertThat(with).isWaitingAtExactly("Task_MonitorApplications", "Task_MonitorSchedules",
        "Task_FormObjectivityExpertLists", "Gateway_PreparationJoin");
  }
}
