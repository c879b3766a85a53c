package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории, «Завершение ВПР» (VPR-ORG-COMPLETE-1…4). */
class ClassroomOrganizerCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-classroom-organizer-completion";

  @Override
  protected String processResource() {
    return "processes/vpr/classroom-organizer-completion.bpmn";
  }

  @Test
  void organizerCollectsPacksAndHandsOverTheMaterials() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12", with(RUSSIAN_4.variables(), "classroom", "Каб. 12"));

    fillAll(completion, "Task_AnnounceEnd", "Task_CollectWorks");
    fill(completion, "Task_PackMaterials", Map.of("orgPackagesCount", 2L));
    fill(completion, "Task_HandOverMaterials", Map.of("orgHandedOverPackagesCount", 2L));

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_AnnounceEnd", "Task_CollectWorks", "Task_PackMaterials", "Task_HandOverMaterials",
            "EndEvent_MaterialsHandedOver")
        .variables().containsEntry("orgHandedOverPackagesCount", 2L).containsEntry("orgProtocolHandedOver", true);
  }
}
