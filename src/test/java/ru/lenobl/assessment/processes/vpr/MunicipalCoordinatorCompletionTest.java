package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка муниципального координатора, «Завершение ВПР» (VPR-MUN-COMPLETE-1…5). */
class MunicipalCoordinatorCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-municipal-coordinator-completion";

  @Override
  protected String processResource() {
    return "processes/vpr/municipal-coordinator-completion.bpmn";
  }

  @Test
  void biasedGradingLeadsToAMunicipalExpertCommissionAndReserveDaysAreScheduled() {
    ProcessInstance completion = start(PROCESS, "VPR-2027/mun-tosno", TOSNO);

    assertThat(completion).isWaitingAtExactly("Task_MonitorContextData", "Task_DecideReserveDays");
    fill(completion, "Task_DecideReserveDays", Map.of("munReserveDayDecision", "yes",
        "munAbsentWithValidReasonCount", 17L, "munReserveDaySubjects", "Русский язык, 4 класс"));
    assertThat(completion).hasPassed("EndEvent_ReserveDaysScheduled").hasNotPassed("EndEvent_NoReserveDays");

    fillAll(completion, "Task_MonitorContextData", "Task_MonitorResultsUpload");
    fill(completion, "Task_GetAnalytics", Map.of("munBiasSignsFound", "yes", "munBiasSubjects", "Математика: ОО 9901"));
    assertThat(completion).isWaitingAtExactly("Task_FormExpertCommission");
    fill(completion, "Task_FormExpertCommission", Map.of("munCommissionSubjects", "Математика", "munCommissionExpertsCount", 5L));

    assertThat(completion).isEnded().hasPassed("Task_FormExpertCommission", "EndEvent_ResultsAnalysed")
        .variables()
        .containsEntry("munReserveDayDecision", "yes")
        .containsEntry("munAbsentWithValidReasonCount", 17L)
        .containsEntry("munCommissionExpertsCount", 5L);
  }

  @Test
  void withoutSignsOfBiasNoCommissionIsFormedAndNoReserveDaysAreNeeded() {
    ProcessInstance completion = start(PROCESS, "VPR-2027/mun-tosno", TOSNO);
    fill(completion, "Task_DecideReserveDays", Map.of("munReserveDayDecision", "no", "munAbsentWithValidReasonCount", 0L));
    fillAll(completion, "Task_MonitorContextData", "Task_MonitorResultsUpload");
    fill(completion, "Task_GetAnalytics", Map.of("munBiasSignsFound", "no"));

    assertThat(completion).isEnded().hasPassed("EndEvent_NoReserveDays", "EndEvent_ResultsAnalysed")
        .hasNotPassed("Task_FormExpertCommission", "EndEvent_ReserveDaysScheduled");
  }
}
