package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка руководителя ОО, «Завершение ВПР» (VPR-HEAD-COMPLETE-1…3). */
class SchoolHeadCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-head-completion";

  @Override
  protected String processResource() {
    return "processes/vpr/school-head-completion.bpmn";
  }

  @Test
  void headSchedulesAReserveDayForPupilsAbsentForAValidReason() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);

    assertThat(completion).isWaitingAtExactly("Task_ProvideExpertWorkplaces", "Task_DecideReserveDays");
    fill(completion, "Task_DecideReserveDays", Map.of("headReserveDayDecision", "yes", "headAbsentWithValidReasonCount", 2L));
    assertThat(completion).hasPassed("Event_ReserveDayDecided", "EndEvent_ReserveDayScheduled")
        .hasNotPassed("EndEvent_NoReserveDay");
    fill(completion, "Task_ProvideExpertWorkplaces");

    // The experts check, the coordinator uploads the results, and later obtains the statistical report.
    assertThat(completion).isWaitingAtExactly("Receive_ResultsUploaded");
    deliver(completion, "results-uploaded");
    assertThat(completion).isWaitingAtExactly("Receive_StatisticalReportObtained");
    deliver(completion, "statistical-report-obtained");
    fill(completion, "Task_ReviewResults");

    assertThat(completion).isEnded().hasPassed("EndEvent_ResultsReviewed")
        .variables().containsEntry("headReserveDayDecision", "yes").containsEntry("headAbsentWithValidReasonCount", 2L);
  }

  @Test
  void headDeclinesTheReserveDay() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    fill(completion, "Task_DecideReserveDays", Map.of("headReserveDayDecision", "no"));

    // The upload and the report came while the head was still on the expert workplaces: the marks let the head through.
    engine.getRuntimeService().setVariable(completion.getId(), "workResultsUploaded", true);
    engine.getRuntimeService().setVariable(completion.getId(), "workStatisticalReportObtained", true);
    fill(completion, "Task_ProvideExpertWorkplaces", Map.of("headCheckingConfidential", "no"));
    assertThat(completion).hasNotPassed("Receive_ResultsUploaded", "Receive_StatisticalReportObtained");
    fill(completion, "Task_ReviewResults");

    assertThat(completion).isEnded().hasPassed("EndEvent_NoReserveDay").hasNotPassed("EndEvent_ReserveDayScheduled")
        .variables().containsEntry("headCheckingConfidential", "no");
  }

  @Test
  void headReviewsTheResultsOnlyAfterTheUploadAndTheReport() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    fillAll(completion, "Task_ProvideExpertWorkplaces");
    assertThat(completion).isNotWaitingAt("Task_ReviewResults");
    deliver(completion, "results-uploaded");
    assertThat(completion).isNotWaitingAt("Task_ReviewResults");
    deliver(completion, "statistical-report-obtained");
    assertThat(completion).isWaitingAt("Task_ReviewResults");
  }

  @Test
  void theWaitEndsWhenTheResultsAreStillNotUploadedWhenTheRegionIsAlerted() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    fill(completion, "Task_DecideReserveDays", Map.of("headReserveDayDecision", "no"));
    fill(completion, "Task_ProvideExpertWorkplaces");

    // The region decides about a work without results; there is nothing left to support or review here.
    fire(completion, "Timer_RegionEscalation");
    assertThat(completion).isEnded().hasPassed("EndEvent_NoResultsUploaded");
  }
}
