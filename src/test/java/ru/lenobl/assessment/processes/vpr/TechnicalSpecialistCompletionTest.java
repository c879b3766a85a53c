package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;


import java.util.Map;

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

    fill(completion, "Task_SupportCriteriaDownload");
    // Nothing to confirm before the school coordinator has uploaded the results.
    assertThat(completion).isWaitingAtExactly("Receive_ResultsUploaded");
    deliver(completion, "results-uploaded");
    fillAll(completion, "Task_SupportResultsUpload", "Task_SupportStatisticalReport");

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_SupportCriteriaDownload", "Task_SupportResultsUpload", "Task_SupportStatisticalReport",
            "EndEvent_SupportCompleted")
        .variables().containsEntry("techResultsUploadSupported", "yes");
  }

  @Test
  void specialistGoesOnAtOnceWhenTheResultsWereUploadedBeforeAndRecordsAFailedDownload() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    engine.getRuntimeService().setVariable(completion.getId(), "workResultsUploaded", true);

    fill(completion, "Task_SupportCriteriaDownload", Map.of("techCriteriaDownloadSupported", "no"));
    assertThat(completion).isWaitingAtExactly("Task_SupportResultsUpload");
    fillAll(completion, "Task_SupportResultsUpload", "Task_SupportStatisticalReport");

    assertThat(completion).isEnded().hasNotPassed("Receive_ResultsUploaded")
        .variables().containsEntry("techCriteriaDownloadSupported", "no");
  }

  @Test
  void theWaitEndsWhenTheResultsAreStillNotUploadedWhenTheRegionIsAlerted() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    fill(completion, "Task_SupportCriteriaDownload");

    // The region decides about a work without results; there is nothing left to support or review here.
    fire(completion, "Timer_RegionEscalation");
    assertThat(completion).isEnded().hasPassed("EndEvent_NoResultsUploaded");
  }

  /**
   * VPR-TECH-COMPLETE-1 applies only when {@code form == paper && !objectivityControl} (timing.json): a computer work
   * is not checked by the school's experts against downloaded criteria, nor is a work under objectivity control.
   */
  @Test
  void technicalSpecialistSkipsTheCriteriaDownloadForComputerWorks() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(), "form", "computer"));

    assertThat(completion).isWaitingAtExactly("Receive_ResultsUploaded").hasNotPassed("Task_SupportCriteriaDownload")
        .hasPassed("Gateway_CriteriaMerge");
  }

  @Test
  void technicalSpecialistSkipsTheCriteriaDownloadForWorksUnderObjectivityControl() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(),
        with(RUSSIAN_4.variables(), "objectivityControl", "yes"));

    assertThat(completion).isWaitingAtExactly("Receive_ResultsUploaded").hasNotPassed("Task_SupportCriteriaDownload");
  }
}
