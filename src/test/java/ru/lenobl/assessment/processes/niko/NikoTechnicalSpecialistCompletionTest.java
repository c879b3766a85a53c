package ru.lenobl.assessment.processes.niko;

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

/** Памятка технического специалиста ОО (НИКО), «Завершение» (NIKO-TECH-COMPLETE-1…4). */
class NikoTechnicalSpecialistCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-technical-specialist-completion";

  @Override
  protected String processResource() {
    return "processes/niko/technical-specialist-completion.bpmn";
  }

  @Test
  void specialistSupportsTheProtocolAndQuestionnaireExportsBeforeTheReport() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);

    assertThat(completion).as("nothing before the responsible organizer has received the protocols")
        .isWaitingAt("Receive_ProtocolsReceived").isNotWaitingAt("Task_SupportElectronicProtocol");
    deliver(completion, "niko-protocols-received");
    fill(completion, "Task_SupportElectronicProtocol");
    assertThat(completion).isWaitingAt("Task_SupportProtocolExport", "Task_SupportQuestionnaireExport");
    fill(completion, "Task_SupportProtocolExport");
    assertThat(completion).isNotWaitingAt("Task_SupportStatisticalReport");
    fillAll(completion, "Task_SupportQuestionnaireExport", "Task_SupportStatisticalReport");

    assertThat(completion).isEnded().hasPassed("EndEvent_SupportCompleted")
        .variables().containsEntry("nikoTechQuestionnairesExported", true);
  }

  @Test
  void eachGradeIsSupportedAfterItsProtocolsAndTheReportOnceForTheSchool() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "studies", List.of(
        Map.of("grade", 8, "studyDate", "2026-10-13", "studyKey", "NIKO-2026/mun-tosno/school-9901/grade-8"),
        Map.of("grade", 10, "studyDate", "2026-10-15", "studyKey", "NIKO-2026/mun-tosno/school-9901/grade-10"))));

    engine.getRuntimeService().createMessageCorrelation("niko-protocols-received").processInstanceId(completion.getId())
        .localVariableEquals("studyKey", "NIKO-2026/mun-tosno/school-9901/grade-10").correlate();
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(
        task("Task_SupportElectronicProtocol", completion).getId(), "grade")).isEqualTo(10);
    fillAll(completion, "Task_SupportElectronicProtocol", "Task_SupportProtocolExport", "Task_SupportQuestionnaireExport");
    assertThat(completion).isWaitingAt("Receive_ProtocolsReceived").isNotWaitingAt("Task_SupportStatisticalReport");

    engine.getRuntimeService().createMessageCorrelation("niko-protocols-received").processInstanceId(completion.getId())
        .localVariableEquals("studyKey", "NIKO-2026/mun-tosno/school-9901/grade-8").correlate();
    fillAll(completion, "Task_SupportElectronicProtocol", "Task_SupportProtocolExport", "Task_SupportQuestionnaireExport",
        "Task_SupportStatisticalReport");
    assertThat(completion).isEnded();
  }
}
