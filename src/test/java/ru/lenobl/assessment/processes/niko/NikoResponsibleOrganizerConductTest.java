package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка ответственного организатора ОО (НИКО), «Проведение» (NIKO-RESP-CONDUCT-1…6). */
class NikoResponsibleOrganizerConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-responsible-organizer-conduct";

  @Override
  protected String processResource() {
    return "processes/niko/responsible-organizer-conduct.bpmn";
  }

  @Test
  void responsibleOrganizerRunsTheStudyDayAndSendsTheQuestionnaires() {
    ProcessInstance conduct = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);

    fillAll(conduct, "Task_CheckRoomsReady", "Task_AdmitObservers", "Task_BriefStaff", "Task_IssueMaterials");
    assertThat(conduct).isWaitingAt("Receive_TeacherQuestionnaires", "Task_ControlProcedure")
        .isNotWaitingAt("Task_CollectQuestionnaires");
    deliver(conduct, "niko-teacher-questionnaire-filled", "room", "Каб. 31");
    assertThat(conduct).isWaitingAtExactly("Task_CollectQuestionnaires", "Task_ControlProcedure");
    fill(conduct, "Task_CollectQuestionnaires", Map.of("respQuestionnairesSentCount", 60L));
    fill(conduct, "Task_ControlProcedure", Map.of("respProcedureViolations", "no"));

    assertThat(conduct).isEnded()
        .hasPassedInOrder("Task_CheckRoomsReady", "Task_AdmitObservers", "Task_BriefStaff", "Event_BriefingHeld",
            "Task_IssueMaterials", "Event_MaterialsIssued", "Receive_TeacherQuestionnaires", "Task_CollectQuestionnaires")
        .hasPassed("EndEvent_StudyHeld")
        .variables().containsEntry("respQuestionnairesSentCount", 60L).containsEntry("respProcedureViolations", "no");
  }

  @Test
  void questionnairesAreCollectedAfterTheTeachersOfEveryRoomFilledThem() {
    ProcessInstance conduct = start(PROCESS, "NIKO-2026/mun-tosno/school-9901",
        with(NIKO_SCHOOL, "rooms", java.util.List.of("Каб. 31", "Каб. 32")));
    fillAll(conduct, "Task_CheckRoomsReady", "Task_AdmitObservers", "Task_BriefStaff", "Task_IssueMaterials");

    deliver(conduct, "niko-teacher-questionnaire-filled", "room", "Каб. 32");
    assertThat(conduct).isWaitingAt("Receive_TeacherQuestionnaires").isNotWaitingAt("Task_CollectQuestionnaires");
    deliver(conduct, "niko-teacher-questionnaire-filled", "room", "Каб. 31");

    assertThat(conduct).isWaitingAtExactly("Task_CollectQuestionnaires", "Task_ControlProcedure");
  }
}
