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
    assertThat(conduct).isWaitingAtExactly("Task_CollectQuestionnaires", "Task_ControlProcedure");
    fill(conduct, "Task_CollectQuestionnaires", Map.of("respQuestionnairesSentCount", 60L));
    fill(conduct, "Task_ControlProcedure", Map.of("respProcedureViolations", "no"));

    assertThat(conduct).isEnded()
        .hasPassedInOrder("Task_CheckRoomsReady", "Task_AdmitObservers", "Task_BriefStaff", "Task_IssueMaterials")
        .hasPassed("EndEvent_StudyHeld")
        .variables().containsEntry("respQuestionnairesSentCount", 60L).containsEntry("respProcedureViolations", "no");
  }
}
