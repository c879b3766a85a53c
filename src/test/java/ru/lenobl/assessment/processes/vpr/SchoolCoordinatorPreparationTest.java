package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.forms.FormSchema;
import ru.lenobl.assessment.identity.SchoolStaff;
import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка школьного координатора, «Подготовка к ВПР», once per school (VPR-SCH-PREP-1, 2, 3, 7, 8). */
class SchoolCoordinatorPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-coordinator-preparation";

  /** The assignment runs once per classroom of the school's works. */
  static final String ASSIGNING_ORGANIZERS = "SubProcess_AssignOrganizer#multiInstanceBody";

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

    // Registration, the school's readiness and the organizers' assignment run in parallel.
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Task_RegisterFisOko", "Task_PrepareSchool", ASSIGNING_ORGANIZERS, "SubProcess_AssignOrganizer", "Task_AssignOrganizers");
    fill(preparation, "Task_RegisterFisOko");
    // The archive, copying and safekeeping are per work (vpr-school-coordinator-work-preparation), not here.
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Gateway_PreparationJoin",
        "Task_PrepareSchool", ASSIGNING_ORGANIZERS, "SubProcess_AssignOrganizer", "Task_AssignOrganizers");
    fillAll(preparation, "Task_PrepareSchool", "Task_AssignOrganizers");

    assertThat(preparation).isEnded()
        .hasPassedInOrder("Task_DraftSchedule", "Task_RegisterFisOko", "EndEvent_SchoolReady")
        .hasNotPassed("Task_EscalatePreparationOverdue");
    assertThat(preparation).variables()
        // One assignment per classroom of the work (RUSSIAN_4 has one).
        .containsEntry("assignedClassroom", "RU-4/Каб. 1")
        .doesNotContainKey("copiedTaskSets");
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
    assertThat(preparation).isWaitingAt("Task_PrepareSchool", "Task_AssignOrganizers");

    fill(preparation, "Task_EscalatePreparationOverdue", Map.of("escalationMeasure", "contacted"));
    assertThat(preparation).hasPassed("EndEvent_PreparationEscalationHandled")
        .isWaitingAtExactly("SubProcess_Preparation", "Gateway_PreparationJoin", "Task_PrepareSchool", ASSIGNING_ORGANIZERS, "SubProcess_AssignOrganizer", "Task_AssignOrganizers");

    fillAll(preparation, "Task_PrepareSchool", "Task_AssignOrganizers");
    assertThat(preparation).isEnded().hasPassed("EndEvent_SchoolReady");
  }

  @Test
  void preparationFinishedInTimeCancelsTheWorkStartDeadline() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fillAll(preparation, "Task_StudyRegulations", "Task_DraftSchedule", "Task_RegisterFisOko", "Task_PrepareSchool",
        "Task_AssignOrganizers");

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

  SchoolOrganizers roster;

  @AfterEach
  void removeRoster() {
    if (roster != null) {
      roster.close();
    }
  }

  private ProcessInstance preparedUpToTheAssignments() {
    roster = new SchoolOrganizers(engine);
    ProcessInstance preparation = start(PROCESS, SCHOOL_KEY,
        with(RUSSIAN_4.variables(), "classrooms", List.of("Каб. 12", "Каб. 14")));
    fillAll(preparation, "Task_StudyRegulations", "Task_DraftSchedule");
    return preparation;
  }

  private String organizerOf(String workKey, String classroom) {
    return roster.inCommand(command -> new SchoolStaff().organizerOf(workKey, classroom));
  }

  private List<String> organizersOf() {
    return roster.inCommand(command -> new SchoolStaff().organizersOf(SCHOOL_KEY));
  }

  private List<Task> assignments(ProcessInstance preparation) {
    return engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_AssignOrganizers").orderByTaskName().asc().list();
  }

  @Test
  void coordinatorAssignsAnOrganizerFromTheSchoolsStaffToEachClassroom() {
    ProcessInstance preparation = preparedUpToTheAssignments();
    TaskService tasks = engine.getTaskService();

    // One assignment per classroom, named by it, offering only the organizers of this school.
    List<Task> assignments = assignments(preparation);
    org.assertj.core.api.Assertions.assertThat(assignments).extracting(Task::getName).containsExactly(
        "Назначить организатора в аудиторию Каб. 12 — Школа №1 (демо), Русский язык, 4 класс",
        "Назначить организатора в аудиторию Каб. 14 — Школа №1 (демо), Русский язык, 4 класс");
    Object options = tasks.getVariable(assignments.get(0).getId(), "organizerOptions");
    org.assertj.core.api.Assertions.assertThat(FormSchema.offeredValues(options))
        .containsExactly(SchoolOrganizers.IVANOV, SchoolOrganizers.PETROVA);
    org.assertj.core.api.Assertions.assertThat(options.toString()).contains("Петрова Анна", "Иванов Иван")
        .doesNotContain("Сидоров", "Кузнецова");

    tasks.complete(assignments.get(0).getId(), Map.of("organizer", SchoolOrganizers.PETROVA, "organizerAssignmentChecked", true));
    assertThat(preparation).hasNotPassed("Event_OrganizersAssigned");
    tasks.complete(assignments.get(1).getId(), Map.of("organizer", SchoolOrganizers.IVANOV, "organizerAssignmentChecked", true));
    assertThat(preparation).hasPassed("Event_OrganizersAssigned");

    // The classrooms and the organizers' preparation read the assignment made here.
    String workKey = RUSSIAN_4.businessKey();
    org.assertj.core.api.Assertions.assertThat(organizerOf(workKey, "Каб. 12"))
        .isEqualTo(SchoolOrganizers.PETROVA);
    org.assertj.core.api.Assertions.assertThat(organizerOf(workKey, "Каб. 14"))
        .isEqualTo(SchoolOrganizers.IVANOV);
    org.assertj.core.api.Assertions.assertThat(organizersOf())
        .containsExactly(SchoolOrganizers.IVANOV, SchoolOrganizers.PETROVA);
  }

  @Test
  void aSelectAcceptsOnlyAnOfferedOrganizer() {
    ProcessInstance preparation = preparedUpToTheAssignments();
    String assignment = assignments(preparation).get(0).getId();
    TaskService tasks = engine.getTaskService();

    for (String notOffered : List.of(SchoolOrganizers.OTHER_SCHOOL, SchoolOrganizers.TEACHER, "anybody")) {
      assertThatThrownBy(() -> tasks.complete(assignment, Map.of("organizer", notOffered, "organizerAssignmentChecked", true)))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("organizer");
    }
    tasks.complete(assignment, Map.of("organizer", SchoolOrganizers.PETROVA, "organizerAssignmentChecked", true));
    org.assertj.core.api.Assertions.assertThat(assignments(preparation)).hasSize(1);
  }

  @Test
  void aClassroomWithNoOrganizerChosenIsLeftToTheOrganizersGroup() {
    ProcessInstance preparation = preparedUpToTheAssignments();
    for (Task assignment : assignments(preparation)) {
      engine.getTaskService().complete(assignment.getId(), Map.of("organizerAssignmentChecked", true));
    }
    org.assertj.core.api.Assertions.assertThat(organizerOf(RUSSIAN_4.businessKey(), "Каб. 12"))
        .isNull();
    org.assertj.core.api.Assertions.assertThat(organizersOf())
        .containsExactly((String) null);
  }
}
