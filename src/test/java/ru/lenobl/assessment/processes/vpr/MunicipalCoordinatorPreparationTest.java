package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка муниципального координатора, «Подготовка к ВПР (не позднее начала проведения ВПР в ОО)» (VPR-MUN-PREP-1…6). */
class MunicipalCoordinatorPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-municipal-coordinator-preparation";

  /** The first work in the Tosno district: 21 April 2027, 09:00. */
  static final OffsetDateTime FIRST_WORK = OffsetDateTime.parse("2027-04-21T09:00:00+03:00");

  static final Map<String, Object> TOSNO_PLAN = with(TOSNO, "municipalityName", "Тосненский",
      "municipalityFirstWorkStartsAt", FIRST_WORK.toString());

  @Override
  protected String processResource() {
    return "processes/vpr/municipal-coordinator-preparation.bpmn";
  }

  @Test
  void municipalCoordinatorPreparesTheMunicipalityInParallelAfterStudyingTheRegulations() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);

    assertThat(preparation).isWaitingAt("Task_StudyRegulations");
    org.assertj.core.api.Assertions.assertThat(openTasks(preparation)).isEqualTo(1);
    assertThat(task(preparation)).hasCandidateGroup("vpr-municipal-coordinator");
    fill(preparation, "Task_StudyRegulations");
    assertThat(preparation).isWaitingAt("Task_ExchangeSchoolData", "Task_InformPublic", "Task_FormObserverPool",
        "Task_EnsureInformationSecurity");
    org.assertj.core.api.Assertions.assertThat(openTasks(preparation)).isEqualTo(4);

    // Observers are informed only once the pool of observers is formed.
    fill(preparation, "Task_FormObserverPool", Map.of("munObserversCount", 40L));
    assertThat(preparation).isWaitingAt("Task_InformObservers");
    fillAll(preparation, "Task_InformObservers", "Task_ExchangeSchoolData", "Task_InformPublic",
        "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasPassed("EndEvent_MunicipalityPrepared")
        .hasNotPassed("Task_EscalatePreparationOverdue")
        .variables().containsEntry("munObserversCount", 40L).containsEntry("munObserversIndependent", true);
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_FirstWork")).as("deadline gone with the phase")
        .isNull();
  }

  @Test
  void municipalPreparationEscalatesToTheRegionAtTheFirstWork() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fill(preparation, "Task_StudyRegulations");
    fill(preparation, "Task_ExchangeSchoolData");
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_FirstWork").getDuedate())
        .as("the phase's deadline: the first work in the municipality").isEqualTo(date(FIRST_WORK));

    fire(preparation, "Timer_FirstWork");

    Task escalation = task("Task_EscalatePreparationOverdue", preparation);
    assertThat(escalation).hasCandidateGroup("vpr-regional-coordinator")
        .hasName("Муниципалитет Тосненский не завершил подготовку к ВПР к первой работе");
    org.assertj.core.api.Assertions.assertThat(escalation.getDueDate()).as("a day after the escalation")
        .isEqualTo(date(FIRST_WORK.plusDays(1)));
    assertThat(preparation).as("the late tasks stay open").isWaitingAt("Task_InformPublic", "Task_FormObserverPool",
        "Task_EnsureInformationSecurity", "Task_EscalatePreparationOverdue");
    fill(preparation, "Task_EscalatePreparationOverdue", Map.of("regMunicipalEscalationMeasure", "extended"));

    fill(preparation, "Task_FormObserverPool");
    fillAll(preparation, "Task_InformObservers", "Task_InformPublic", "Task_EnsureInformationSecurity");
    assertThat(preparation).isEnded().hasPassed("EndEvent_PreparationEscalationHandled", "EndEvent_MunicipalityPrepared")
        .variables().containsEntry("regMunicipalEscalationMeasure", "extended");
  }

  @Test
  void anObserverPoolIsRefusedWithoutConfirmingTheObserversAreIndependent() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno", TOSNO_PLAN);
    fill(preparation, "Task_StudyRegulations");
    String pool = task("Task_FormObserverPool", preparation).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(pool, Map.of("munObserversCount", 40L)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("munObserversIndependent");
    assertThat(preparation).isWaitingAt("Task_FormObserverPool");
  }
}
