package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка технического специалиста ОО (ВПР), «Завершение ВПР» (VPR-TECH-COMPLETE-1…3). */
class TechnicalSpecialistCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-technical-specialist-completion";

  @Override
  protected String processResource() {
    return "processes/vpr/technical-specialist-completion.bpmn";
  }

  @Test
  void specialistSupportsCriteriaResultsUploadAndTheStatisticalReport() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);

    fillAll(completion, "Task_SupportCriteriaDownload", "Task_SupportResultsUpload", "Task_SupportStatisticalReport");

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_SupportCriteriaDownload", "Task_SupportResultsUpload", "Task_SupportStatisticalReport",
            "EndEvent_SupportCompleted")
        .variables().containsEntry("techResultsUploadSupported", true);
  }
}
