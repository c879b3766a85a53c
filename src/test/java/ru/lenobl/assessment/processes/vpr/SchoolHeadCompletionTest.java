package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
  static final String FIRST_RESERVE = "2027-04-28T09:00:00+03:00";
  static final String SECOND_RESERVE = "2027-04-30T09:00:00+03:00";

  @Override
  protected String processResource() {
    return "processes/vpr/school-head-completion.bpmn";
  }

  /** Russian, class 4, with two reserve dates in the plan. */
  static Map<String, Object> withReserveDates(Object... more) {
    Map<String, Object> variables = with(RUSSIAN_4.variables(), "hasReserveDate", "yes", "reserveStartsAt", FIRST_RESERVE,
        "workDayEndsAt", "2027-04-21T23:59:00+03:00", "objectivityControl", "no",
        "reserveDateOptions", List.of(Map.of("label", "28.04.2027", "value", FIRST_RESERVE),
            Map.of("label", "30.04.2027", "value", SECOND_RESERVE)));
    return with(variables, more);
  }

  /** What the school coordinator's VPR-SCH-COMPLETE-7 leaves on the work's processes, and its hand-off. */
  void coordinatorReports(ProcessInstance completion, long absentTotal, long absentWithValidReason, String requested) {
    engine.getRuntimeService().setVariables(completion.getId(), Map.of("absentTotal", absentTotal,
        "absentWithValidReasonCount", absentWithValidReason, "reserveDayRequested", requested,
        "reserveDayComment", "болезнь"));
    deliver(completion, "reserve-day-info-collected");
  }

  @Test
  void headDecidesReserveDayOnlyAfterTheCoordinatorsAbsentees() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates());

    assertThat(completion).isWaitingAtExactly("Task_ProvideExpertWorkplaces", "Receive_ReserveDayInfoCollected");
    coordinatorReports(completion, 3L, 2L, "yes");

    assertThat(completion).isWaitingAt("Task_DecideReserveDays");
    Task decision = task("Task_DecideReserveDays", completion);
    assertThat(engine.getFormService().getTaskFormVariables(decision.getId()))
        .containsEntry("absentTotal", 3L).containsEntry("absentWithValidReasonCount", 2L)
        .containsEntry("reserveDayComment", "болезнь");
    assertThat(decision.getDueDate()).as("VPR-HEAD-COMPLETE-3: the first reserve date − 1 day 12 hours")
        .isEqualTo(date(OffsetDateTime.parse("2027-04-26T21:00:00+03:00")));
    fill(completion, "Task_DecideReserveDays", Map.of("headReserveDayDecision", "yes", "headAbsentWithValidReasonCount", 2L,
        "headReserveDate", SECOND_RESERVE));
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
        .variables().containsEntry("headReserveDayDecision", "yes").containsEntry("headAbsentWithValidReasonCount", 2L)
        .containsEntry("headReserveDate", SECOND_RESERVE);
  }

  @Test
  void headChoosesOnlyAReserveDateOfThePlan() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates("absentTotal", 1L,
        "absentWithValidReasonCount", 1L, "reserveDayRequested", "yes"));
    Task decision = task("Task_DecideReserveDays", completion);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(decision.getId(),
            forms.filled(decision, Map.of("headReserveDayDecision", "yes", "headReserveDate", "2027-05-15T09:00:00+03:00"))))
        .hasMessageContaining("headReserveDate");
    assertThat(completion).isWaitingAt("Task_DecideReserveDays");
  }

  @Test
  void headsDecisionIsDueAtTheEndOfTheWorkDayWhenTheReserveDateIsTheNextDay() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates("reserveStartsAt",
        "2027-04-22T09:00:00+03:00", "absentTotal", 1L, "absentWithValidReasonCount", 1L, "reserveDayRequested", "yes"));
    assertThat(task("Task_DecideReserveDays", completion).getDueDate()).as("notBefore: the end of the work day")
        .isEqualTo(date(OffsetDateTime.parse("2027-04-21T23:59:00+03:00")));
  }

  @Test
  void headDeclinesTheReserveDay() {
    // The coordinator reported before the head's completion started: the head decides at once.
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates("absentTotal", 2L,
        "absentWithValidReasonCount", 2L, "reserveDayRequested", "yes"));
    assertThat(completion).hasNotPassed("Receive_ReserveDayInfoCollected");
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
  void noReserveDayDecisionWhenNobodyWasAbsentForAValidReason() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates());
    coordinatorReports(completion, 1L, 0L, "no");
    assertThat(completion).hasPassed("EndEvent_ReserveDayNotRequested").isNotWaitingAt("Task_DecideReserveDays");
  }

  @Test
  void noReserveDayDecisionWithoutAReserveDateInThePlan() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(), "hasReserveDate", "no"));
    assertThat(completion).hasPassed("EndEvent_NoReserveDateInPlan")
        .isWaitingAtExactly("Task_ProvideExpertWorkplaces");
  }

  @Test
  void objectivityControlledWorkSkipsTheHeadsChecking() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates("objectivityControl", "yes"));

    // VPR-HEAD-COMPLETE-1 applies only where the school's experts check: the federal organiser checks this work.
    assertThat(completion).hasPassed("Gateway_SchoolExpertsCheckMerge").hasNotPassed("Task_ProvideExpertWorkplaces")
        .isWaitingAtExactly("Receive_ResultsUploaded", "Receive_ReserveDayInfoCollected");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(completion.getId())
        .taskDefinitionKey("Task_ProvideExpertWorkplaces").count()).isZero();
  }

  @Test
  void headReviewsTheResultsOnlyAfterTheUploadAndTheReport() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDates());
    fillAll(completion, "Task_ProvideExpertWorkplaces");
    assertThat(completion).isNotWaitingAt("Task_ReviewResults");
    deliver(completion, "results-uploaded");
    assertThat(completion).isNotWaitingAt("Task_ReviewResults");
    deliver(completion, "statistical-report-obtained");
    assertThat(completion).isWaitingAt("Task_ReviewResults");
  }

  @Test
  void theWaitEndsWhenTheResultsAreStillNotUploadedWhenTheRegionIsAlerted() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(), "hasReserveDate", "no"));
    fill(completion, "Task_ProvideExpertWorkplaces");

    // The region decides about a work without results; there is nothing left to support or review here.
    fire(completion, "Timer_RegionEscalation");
    assertThat(completion).isEnded().hasPassed("EndEvent_NoResultsUploaded");
  }
}
