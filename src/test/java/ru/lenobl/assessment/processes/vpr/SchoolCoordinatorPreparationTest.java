package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка школьного координатора, «Подготовка к ВПР», once per school (VPR-SCH-PREP-1, 2, 3, 7). */
class SchoolCoordinatorPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-coordinator-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/school-coordinator-preparation.bpmn";
  }

  @Test
  void schoolCoordinatorPreparesTheSchoolInTheMemosOrder() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Task_StudyRegulations");
    fill(preparation, "Task_StudyRegulations");
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Task_DraftSchedule");
    fill(preparation, "Task_DraftSchedule");

    // Registration and the school's readiness run in parallel.
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Task_RegisterFisOko", "Task_PrepareSchool");
    fill(preparation, "Task_RegisterFisOko");
    // The archive, copying and safekeeping are per work (vpr-school-coordinator-work-preparation), not here.
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Gateway_PreparationJoin",
        "Task_PrepareSchool");
    fillAll(preparation, "Task_PrepareSchool");

    assertThat(preparation).isEnded()
        .hasPassedInOrder("Task_DraftSchedule", "Task_RegisterFisOko", "EndEvent_SchoolReady")
        .hasNotPassed("Task_EscalatePreparationOverdue");
    // The organizers' assignment is per work (vpr-school-coordinator-work-preparation), not here.
    assertThat(preparation).variables().doesNotContainKeys("assignedClassroom", "copiedTaskSets");
  }

  @Test
  void preparationTasksAreOfferedToTheSchoolCoordinatorsAndDueAtTheWorksStart() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    assertThat(task(preparation))
        .hasName("Изучить нормативные документы ВПР — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-school-coordinator")
        .hasDueDate(date(RUSSIAN_4.workStartsAt()));
  }

  @Test
  void municipalCoordinatorIsEscalatedWhenPreparationIsNotDoneByTheWorksStart() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fillAll(preparation, "Task_StudyRegulations", "Task_DraftSchedule", "Task_RegisterFisOko");

    Job workStarts = timer(preparation, "Timer_WorkStarts");
    org.assertj.core.api.Assertions.assertThat(workStarts.getDuedate()).isEqualTo(date(RUSSIAN_4.workStartsAt()));
    clockAt(RUSSIAN_4.workStartsAt().plusMinutes(1));
    execute(workStarts);

    Task escalation = task("Task_EscalatePreparationOverdue", preparation);
    assertThat(escalation)
        .hasName("Школа 9901 не завершила подготовку к ВПР: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-municipal-coordinator")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().plusMinutes(1).plusDays(1)));
    // The late preparation stays open.
    assertThat(preparation).isWaitingAt("Task_PrepareSchool");

    fill(preparation, "Task_EscalatePreparationOverdue", Map.of("escalationMeasure", "contacted"));
    assertThat(preparation).hasPassed("EndEvent_PreparationEscalationHandled")
        .isWaitingAtExactly("SubProcess_Preparation", "Gateway_PreparationJoin", "Task_PrepareSchool");

    fillAll(preparation, "Task_PrepareSchool");
    assertThat(preparation).isEnded().hasPassed("EndEvent_SchoolReady");
  }

  @Test
  void preparationFinishedInTimeCancelsTheWorkStartDeadline() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fillAll(preparation, "Task_StudyRegulations", "Task_DraftSchedule", "Task_RegisterFisOko", "Task_PrepareSchool");

    assertThat(preparation).isEnded();
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_WorkStarts")).isNull();
  }

  @Test
  void studyingTheRegulationsIsRefusedWithoutTheConfirmation() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    Task study = task(preparation);

    assertThatThrownBy(() -> engine.getTaskService().complete(study.getId(), Map.of("regulationsQuestions", "нет")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("regulationsStudied")
        .hasMessageContaining("обязательное поле не заполнено");
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Task_StudyRegulations");
    assertThat(task(preparation)).hasId(study.getId());
  }


  static final String SCHOOL_KEY = "VPR-2027/mun-tosno/school-9901";
}
