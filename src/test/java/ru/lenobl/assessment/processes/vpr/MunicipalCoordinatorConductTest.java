package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка муниципального координатора, «Проведение ВПР (в течение всего срока проведения ВПР в ОО)» (VPR-MUN-CONDUCT-1…2). */
class MunicipalCoordinatorConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-municipal-coordinator-conduct";

  static final OffsetDateTime FIRST_WORK = OffsetDateTime.parse("2027-04-21T09:00:00+03:00");

  static final Map<String, Object> TOSNO_PLAN = with(TOSNO, "municipalityName", "Тосненский",
      "municipalityFirstWorkStartsAt", FIRST_WORK.toString(),
      "municipalityLastWorkDayEndsAt", "2027-04-23T23:59:00+03:00");

  @Override
  protected String processResource() {
    return "processes/vpr/municipal-coordinator-conduct.bpmn";
  }

  @Test
  void municipalConductOpensOnlyAtTheFirstWork() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);

    assertThat(conduct).as("nothing to close before the first work").isWaitingAtExactly("Timer_FirstWork");
    org.assertj.core.api.Assertions.assertThat(openTasks(conduct)).isZero();
    org.assertj.core.api.Assertions.assertThat(timer(conduct, "Timer_FirstWork").getDuedate()).isEqualTo(date(FIRST_WORK));

    fire(conduct, "Timer_FirstWork");
    assertThat(conduct).isWaitingAtExactly("Task_SendRepresentatives");
    org.assertj.core.api.Assertions.assertThat(task(conduct).getDueDate()).as("VPR-MUN-CONDUCT-1: the last work day")
        .isEqualTo(date(OffsetDateTime.parse("2027-04-23T23:59:00+03:00")));
  }

  @Test
  void municipalCoordinatorSendsRepresentativesAndReportsAProcedureWithoutViolations() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fire(conduct, "Timer_FirstWork");

    fill(conduct, "Task_SendRepresentatives", Map.of("munRepresentativesCount", 12L));
    fill(conduct, "Task_EnsureProcedure", Map.of("munProcedureViolations", "no"));

    assertThat(conduct).isEnded().hasPassedInOrder("Timer_FirstWork", "Task_SendRepresentatives", "Task_EnsureProcedure",
        "EndEvent_ProcedureEnsured")
        .variables().containsEntry("munRepresentativesCount", 12L).containsEntry("munProcedureViolations", "no");
  }

  @Test
  void violationsInASchoolAreRecordedWithTheMeasuresTaken() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fire(conduct, "Timer_FirstWork");
    fill(conduct, "Task_SendRepresentatives");
    fill(conduct, "Task_EnsureProcedure", Map.of("munProcedureViolations", "yes",
        "munProcedureViolationsDescription", "ОО 9901, математика 5 класс: работа начата на 20 минут позже"));

    assertThat(conduct).isEnded().variables()
        .containsEntry("munProcedureViolations", "yes").containsKey("munProcedureViolationsDescription");
  }
}
