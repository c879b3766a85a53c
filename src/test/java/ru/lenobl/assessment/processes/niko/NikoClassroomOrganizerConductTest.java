package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории (НИКО), «Проведение» (NIKO-ORG-CONDUCT-1…6). */
class NikoClassroomOrganizerConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-classroom-organizer-conduct";

  @Override
  protected String processResource() {
    return "processes/niko/classroom-organizer-conduct.bpmn";
  }

  @Test
  void organizerRunsTheStudyThenFillsTheProtocolKeepsOrderAndAnswersTheTeacherQuestionnaire() {
    ProcessInstance conduct = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "room", "Каб. 31"));

    assertThat(conduct).isWaitingAtExactly("Receive_BriefingHeld", "Receive_MaterialsIssued");
    deliver(conduct, "niko-briefing-held");
    fill(conduct, "Task_AttendBriefing");
    deliver(conduct, "niko-materials-issued");
    fill(conduct, "Task_ReceiveMaterials");
    fill(conduct, "Task_RunStudy", Map.of("nikoOrgParticipantsPresentCount", 24L));
    assertThat(conduct).isWaitingAtExactly("Task_FillPaperProtocol", "Task_KeepOrder", "Task_FillTeacherQuestionnaire");
    fill(conduct, "Task_FillPaperProtocol", Map.of("nikoOrgProtocolEntriesCount", 24L));
    fill(conduct, "Task_KeepOrder", Map.of("nikoOrgOrderViolations", "no"));
    fill(conduct, "Task_FillTeacherQuestionnaire");

    assertThat(conduct).isEnded().hasPassed("Event_TeacherQuestionnaireFilled", "EndEvent_StudyWritten")
        .variables().containsEntry("nikoOrgParticipantsPresentCount", 24L).containsEntry("nikoOrgProtocolStaysOnPaper", true);
  }

  @Test
  void organizerGetsTheMaterialsOnlyOnceTheResponsibleOrganizerHasIssuedThem() {
    ProcessInstance conduct = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "room", "Каб. 31"));

    assertThat(conduct).isWaitingAtExactly("Receive_BriefingHeld", "Receive_MaterialsIssued");
    deliver(conduct, "niko-materials-issued");
    assertThat(conduct).as("no briefing yet: nothing to do").isWaitingAt("Receive_BriefingHeld")
        .isNotWaitingAt("Task_ReceiveMaterials");
    deliver(conduct, "niko-briefing-held");
    fill(conduct, "Task_AttendBriefing");

    assertThat(conduct).isWaitingAtExactly("Task_ReceiveMaterials");
  }
}
