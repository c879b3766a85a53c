package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории (НИКО), «Завершение» (NIKO-ORG-COMPLETE-1…2). */
class NikoClassroomOrganizerCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-classroom-organizer-completion";

  @Override
  protected String processResource() {
    return "processes/niko/classroom-organizer-completion.bpmn";
  }

  @Test
  void organizerAnnouncesTheEndAndHandsTheProtocolToTheResponsibleOrganizer() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "room", "Каб. 31"));

    fillAll(completion, "Task_AnnounceEnd", "Task_HandOverProtocol");

    assertThat(completion).isEnded().hasPassedInOrder("Task_AnnounceEnd", "Task_HandOverProtocol",
        "EndEvent_ProtocolHandedOver").variables().containsEntry("nikoOrgProtocolHandedOver", true);
  }
}
