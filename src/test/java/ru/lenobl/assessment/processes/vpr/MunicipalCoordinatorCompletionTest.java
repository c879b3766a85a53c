package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.forms.FormField;
import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка муниципального координатора, «Завершение ВПР (по мере завершения ВПР в ОО)» (VPR-MUN-COMPLETE-1…5). */
class MunicipalCoordinatorCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-municipal-coordinator-completion";

  static final OffsetDateTime FIRST_WORK = OffsetDateTime.parse("2027-04-21T09:00:00+03:00");
  static final OffsetDateTime LAST_RESULTS_DUE = OffsetDateTime.parse("2027-05-07T23:59:00+03:00");

  /** Tosno with its dates; no upload counted yet when the municipality starts. */
  static final Map<String, Object> TOSNO_PLAN = with(TOSNO, "municipalityName", "Тосненский",
      "municipalityFirstWorkStartsAt", FIRST_WORK.toString(), "lastResultsDueAt", LAST_RESULTS_DUE.toString(),
      "munResultsUploadedCount", 0);

  @Override
  protected String processResource() {
    return "processes/vpr/municipal-coordinator-completion.bpmn";
  }

  @Test
  void municipalityMonitorsUploadsWhileSchoolsAreStillWorking() {
    ProcessInstance completion = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    assertThat(completion).isWaitingAtExactly("Timer_FirstWork");
    org.assertj.core.api.Assertions.assertThat(timer(completion, "Timer_FirstWork").getDuedate()).isEqualTo(date(FIRST_WORK));

    // The first work day, long before the last results are due: the monitoring is open while schools still work.
    fire(completion, "Timer_FirstWork");
    assertThat(completion).isWaitingAtExactly("Task_MonitorContextData", "Task_MonitorResultsUpload");
    Task monitoring = task("Task_MonitorResultsUpload", completion);
    org.assertj.core.api.Assertions.assertThat(monitoring.getDueDate()).as("VPR-MUN-COMPLETE-2: the last results due")
        .isEqualTo(date(LAST_RESULTS_DUE));

    // Two schools upload during the works: the form opens with the count so far.
    deliver(completion, "results-uploaded");
    deliver(completion, "results-uploaded");
    org.assertj.core.api.Assertions.assertThat(ClockUtil.getCurrentTime()).isBefore(date(LAST_RESULTS_DUE));
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(monitoring.getId(), "munResultsUploadedCount"))
        .as("prefilled in «Контролировать загрузку форм результатов»").isEqualTo(2L);
    deliver(completion, "results-uploaded");
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(monitoring.getId(), "munResultsUploadedCount"))
        .isEqualTo(3L);

    // Monitoring done before the deadline; the analytics wait for the last results.
    fillAll(completion, "Task_MonitorContextData", "Task_MonitorResultsUpload");
    assertThat(completion).isWaitingAt("Timer_LastResultsDue").isNotWaitingAt("Task_GetAnalytics");
    org.assertj.core.api.Assertions.assertThat(timer(completion, "Timer_LastResultsDue").getDuedate())
        .isEqualTo(date(LAST_RESULTS_DUE));
    fire(completion, "Timer_LastResultsDue");
    assertThat(completion).isWaitingAt("Task_GetAnalytics");
  }

  @Test
  void thePrefilledUploadCountSaysItCountsWorks() {
    ProcessInstance completion = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fire(completion, "Timer_FirstWork");

    FormField uploaded = forms.formOf(task("Task_MonitorResultsUpload", completion)).fields().stream()
        .filter(field -> field.key().equals("munResultsUploadedCount")).findFirst().orElseThrow();
    org.assertj.core.api.Assertions.assertThat(uploaded.label()).as("each upload is one work's results form")
        .startsWith("Работ").doesNotStartWith("ОО");
  }

  /** The head of school 9901 proposed the second of two reserve dates for Russian, class 4 (as the work sends it). */
  void headProposesAReserveDay(ProcessInstance completion) {
    engine.getRuntimeService().createMessageCorrelation("reserve-day-proposed").processInstanceId(completion.getId())
        .setVariableLocal("workKey", RUSSIAN_4.businessKey()).setVariableLocal("schoolId", "9901")
        .setVariableLocal("schoolName", "Школа №1 (демо)").setVariableLocal("subject", "Русский язык")
        .setVariableLocal("grade", 4).setVariableLocal("workDayEndsAt", "2027-04-21T23:59:00+03:00")
        .setVariableLocal("reserveDateOptions", java.util.List.of(
            Map.of("label", "28.04.2027", "value", "2027-04-28T09:00:00+03:00"),
            Map.of("label", "30.04.2027", "value", "2027-04-30T09:00:00+03:00")))
        .setVariableLocal("absentTotal", 3L).setVariableLocal("headAbsentWithValidReasonCount", 2L)
        .setVariableLocal("headReserveDate", "2027-04-30T09:00:00+03:00")
        .setVariableLocal("reserveStartsAt", "2027-04-30T09:00:00+03:00")
        .correlateAll();
  }

  @Test
  void municipalityDecidesTheReserveDayOfEachProposedWork() {
    ProcessInstance completion = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fire(completion, "Timer_FirstWork");
    assertThat(completion).isNotWaitingAt("Task_DecideReserveDays");

    // VPR-MUN-COMPLETE-4 opens per work, when its head proposes a reserve day, and names the school and the work.
    headProposesAReserveDay(completion);
    Task decision = task("Task_DecideReserveDays", completion);
    org.assertj.core.api.Assertions.assertThat(decision.getName())
        .isEqualTo("Подтвердить резервный день — Школа №1 (демо), Русский язык, 4 класс");
    org.assertj.core.api.Assertions.assertThat(decision.getDueDate()).as("the proposed reserve date − 1 day")
        .isEqualTo(date(OffsetDateTime.parse("2027-04-29T09:00:00+03:00")));
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(decision.getId(), "headAbsentWithValidReasonCount"))
        .isEqualTo(2L);
    fill(completion, "Task_DecideReserveDays", Map.of("munReserveDayDecision", "yes", "munReserveDate", "2027-04-30T09:00:00+03:00"));
    assertThat(completion).hasPassed("Event_ReserveDayConfirmed", "EndEvent_ReserveDaysScheduled")
        .hasNotPassed("EndEvent_NoReserveDays");

    fillAll(completion, "Task_MonitorContextData", "Task_MonitorResultsUpload");
    fire(completion, "Timer_LastResultsDue");
    fill(completion, "Task_GetAnalytics", Map.of("munBiasSignsFound", "yes", "munBiasSubjects", "Математика: ОО 9901"));
    assertThat(completion).isWaitingAtExactly("Task_FormExpertCommission");
    fill(completion, "Task_FormExpertCommission", Map.of("munCommissionSubjects", "Математика, Русский язык",
        "munCommissionExpertsCount", 5L));

    assertThat(completion).isEnded().hasPassed("Task_FormExpertCommission", "EndEvent_ResultsAnalysed")
        .variables()
        .containsEntry("munReserveDayDecision", "yes")
        .containsEntry("munReserveDate", "2027-04-30T09:00:00+03:00")
        .containsEntry("munCommissionSubjects", "Математика, Русский язык")
        .containsEntry("munCommissionExpertsCount", 5L);
  }

  @Test
  void municipalityRefusesAReserveDayAndWithoutSignsOfBiasNoCommissionIsFormed() {
    ProcessInstance completion = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fire(completion, "Timer_FirstWork");
    headProposesAReserveDay(completion);
    fill(completion, "Task_DecideReserveDays", Map.of("munReserveDayDecision", "no"));
    fillAll(completion, "Task_MonitorContextData", "Task_MonitorResultsUpload");
    fire(completion, "Timer_LastResultsDue");
    fill(completion, "Task_GetAnalytics", Map.of("munBiasSignsFound", "no"));

    assertThat(completion).isEnded().hasPassed("EndEvent_NoReserveDays", "EndEvent_ResultsAnalysed")
        .hasNotPassed("Task_FormExpertCommission", "EndEvent_ReserveDaysScheduled");
  }
}
