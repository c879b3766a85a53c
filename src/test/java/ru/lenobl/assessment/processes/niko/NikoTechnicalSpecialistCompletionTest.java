package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;


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

    fill(completion, "Task_SupportElectronicProtocol");
    assertThat(completion).isWaitingAtExactly("Task_SupportProtocolExport", "Task_SupportQuestionnaireExport");
    fill(completion, "Task_SupportProtocolExport");
    assertThat(completion).isNotWaitingAt("Task_SupportStatisticalReport");
    fillAll(completion, "Task_SupportQuestionnaireExport", "Task_SupportStatisticalReport");

    assertThat(completion).isEnded().hasPassed("EndEvent_SupportCompleted")
        .variables().containsEntry("nikoTechQuestionnairesExported", true);
  }
}
