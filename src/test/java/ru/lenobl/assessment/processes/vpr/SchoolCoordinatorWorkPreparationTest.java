package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
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

/**
 * Памятка школьного координатора, «Подготовка к ВПР», for each work of the school (VPR-SCH-PREP-4, 5, 6, 8): the
 * organizers assigned to the work's classrooms by the day before, the work's own archive the day before at 14:00,
 * copying, safekeeping, and its own escalation at the work's start.
 */
class SchoolCoordinatorWorkPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-coordinator-work-preparation";

  /** The assignment runs once per classroom of the work. */
  static final String ASSIGNING_ORGANIZERS = "SubProcess_AssignOrganizer#multiInstanceBody";

  /** RUSSIAN_4 is written on 21 April at 09:00: its archive appears on 20 April at 14:00. */
  static final OffsetDateTime ARCHIVE_AVAILABLE = OffsetDateTime.parse("2027-04-20T14:00:00+03:00");

  @Override
  protected String processResource() {
    return "processes/vpr/school-coordinator-work-preparation.bpmn";
  }

  @Test
  void theWorksArchiveIsDownloadedTheDayBeforeAt1400ThenCopiedAndKeptSafe() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    // Nothing to do with the materials before the archive is published; the organizers can already be assigned.
    assertThat(preparation).isWaitingAtExactly("SubProcess_WorkPreparation", "Timer_ArchiveAvailable",
        ASSIGNING_ORGANIZERS, "SubProcess_AssignOrganizer", "Task_AssignOrganizers");
    assignTheOrganizers(preparation);
    org.assertj.core.api.Assertions.assertThat(openTasks(preparation)).isZero();
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_ArchiveAvailable").getDuedate())
        .isEqualTo(date(ARCHIVE_AVAILABLE));
    fire(preparation, "Timer_ArchiveAvailable");

    assertThat(task(preparation)).hasName("Скачать архив с материалами — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-school-coordinator")
        .hasDueDate(date(ARCHIVE_AVAILABLE.plusHours(4)));
    fill(preparation, "Task_DownloadArchive");
    assertThat(task(preparation)).as("copies ready an hour before the work")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    fill(preparation, "Task_CopyMaterials");
    assertThat(task(preparation)).as("kept safe until the work starts").hasDueDate(date(RUSSIAN_4.workStartsAt()));
    fill(preparation, "Task_SecureMaterials");

    assertThat(preparation).isEnded()
        .hasPassedInOrder("Timer_ArchiveAvailable", "Task_DownloadArchive", "Task_CopyMaterials", "Task_SecureMaterials",
            "EndEvent_MaterialsReady")
        .hasNotPassed("Task_EscalateMaterialsOverdue");
    assertThat(preparation).variables().containsEntry("copiedTaskSets", 1L);
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_WorkStarts")).isNull();
  }

  /**
   * A computer-form work is written on computers with the federal organiser's logins: no task sets are copied on paper
   * (VPR-SCH-PREP-5 becomes printing the codes, logins and protocols), and the copies are still kept safe (PREP-6).
   */
  @Test
  void computerWorkSkipsPaperCopying() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno/school-9901/HI-5",
        with(RUSSIAN_4.variables(), "workId", "HI-5", "subject", "История", "grade", 5, "form", "computer"));
    assignTheOrganizers(preparation);
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_DownloadArchive");

    assertThat(task(preparation)).hasDefinitionKey("Task_PrintLogins")
        .hasName("Распечатать коды, логины и протоколы участников — Школа №1 (демо), История, 5 класс")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    fill(preparation, "Task_PrintLogins");
    fill(preparation, "Task_SecureMaterials");

    assertThat(preparation).isEnded()
        .hasPassedInOrder("Task_DownloadArchive", "Task_PrintLogins", "Task_SecureMaterials", "EndEvent_MaterialsReady")
        .hasNotPassed("Task_CopyMaterials");
    assertThat(preparation).variables().containsKeys("printedLoginSheets", "printedCodeSlips", "printedProtocols")
        .doesNotContainKey("copiedTaskSets");
  }

  @Test
  void municipalCoordinatorIsEscalatedWhenTheWorksMaterialsAreNotReadyAtItsStart() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    assignTheOrganizers(preparation);
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_DownloadArchive");

    Job workStarts = timer(preparation, "Timer_WorkStarts");
    org.assertj.core.api.Assertions.assertThat(workStarts.getDuedate()).isEqualTo(date(RUSSIAN_4.workStartsAt()));
    clockAt(RUSSIAN_4.workStartsAt());
    execute(workStarts);

    Task escalation = task("Task_EscalateMaterialsOverdue", preparation);
    assertThat(escalation)
        .hasName("Школа 9901 не подготовила материалы работы: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-municipal-coordinator")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().plusDays(1)));
    org.assertj.core.api.Assertions.assertThat(escalation.getDescription())
        .contains("Открытые задачи работы: Организовать тиражирование материалов.");
    // The late copying stays open.
    assertThat(preparation).isWaitingAtExactly("SubProcess_WorkPreparation", "Gateway_WorkPreparationJoin",
        "Task_CopyMaterials", "Task_EscalateMaterialsOverdue");

    fill(preparation, "Task_EscalateMaterialsOverdue", Map.of("escalationMeasure", "contacted"));
    assertThat(preparation).hasPassed("EndEvent_MaterialsEscalationHandled");
    fillAll(preparation, "Task_CopyMaterials", "Task_SecureMaterials");
    assertThat(preparation).isEnded().hasPassed("EndEvent_MaterialsReady");
  }

  @Test
  void copyingIsRefusedWhenACountIsBelowOne() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_DownloadArchive");
    Task copy = task("Task_CopyMaterials", preparation);

    assertThatThrownBy(() -> engine.getTaskService().complete(copy.getId(),
        forms.filled(copy, Map.of("copiedProtocols", 0L))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("copiedProtocols")
        .hasMessageContaining("не меньше 1");
    assertThat(preparation).isWaitingAt("Task_CopyMaterials");
  }

  /** Completes every open assignment of the work, choosing no one (the classroom is left to the organizers' group). */
  private void assignTheOrganizers(ProcessInstance preparation) {
    for (Task assignment : assignments(preparation)) {
      engine.getTaskService().complete(assignment.getId(), Map.of("organizerAssignmentChecked", true));
    }
  }

  private List<Task> assignments(ProcessInstance preparation) {
    return engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_AssignOrganizers").orderByTaskName().asc().list();
  }

  SchoolOrganizers roster;

  @AfterEach
  void removeRoster() {
    if (roster != null) {
      roster.close();
    }
  }

  private String organizerOf(String workKey, String classroom) {
    return roster.inCommand(command -> new SchoolStaff().organizerOf(workKey, classroom));
  }

  private List<String> organizersOf(String workKey) {
    return roster.inCommand(command -> new SchoolStaff().organizersOf(workKey));
  }

  /** VPR-SCH-PREP-8 is per work (timing.json): the organizers know their classroom the day before each work. */
  @Test
  void coordinatorAssignsOrganizersForEachWorkTheDayBeforeIt() {
    OffsetDateTime mathStarts = RUSSIAN_4.workStartsAt().plusDays(2);
    ProcessInstance russian = start(PROCESS, RUSSIAN_4);
    ProcessInstance math = start(PROCESS, "VPR-2027/mun-tosno/school-9901/MA-4", with(RUSSIAN_4.variables(),
        "workId", "MA-4", "subject", "Математика", "workStartsAt", mathStarts.toString(),
        "workKey", "VPR-2027/mun-tosno/school-9901/MA-4", "classrooms", List.of("Каб. 7")));

    Task russianAssignment = assignments(russian).get(0);
    Task mathAssignment = assignments(math).get(0);
    assertThat(russianAssignment)
        .hasName("Назначить организатора в аудиторию Каб. 1 — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-school-coordinator")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusDays(1)));
    assertThat(mathAssignment)
        .hasName("Назначить организатора в аудиторию Каб. 7 — Школа №1 (демо), Математика, 4 класс")
        .hasDueDate(date(mathStarts.minusDays(1)));
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery()
        .taskDefinitionKey("Task_AssignOrganizers").count()).as("one per work, each with its own classroom").isEqualTo(2);
  }

  @Test
  void coordinatorAssignsAnOrganizerFromTheSchoolsStaffToEachClassroom() {
    roster = new SchoolOrganizers(engine);
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(),
        with(RUSSIAN_4.variables(), "classrooms", List.of("Каб. 12", "Каб. 14")));
    TaskService tasks = engine.getTaskService();

    // One assignment per classroom of the work, named by it, offering only the organizers of this school.
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

    // The classrooms and the organizers' preparation of the work read the assignment made here.
    String workKey = RUSSIAN_4.businessKey();
    org.assertj.core.api.Assertions.assertThat(organizerOf(workKey, "Каб. 12")).isEqualTo(SchoolOrganizers.PETROVA);
    org.assertj.core.api.Assertions.assertThat(organizerOf(workKey, "Каб. 14")).isEqualTo(SchoolOrganizers.IVANOV);
    org.assertj.core.api.Assertions.assertThat(organizersOf(workKey))
        .containsExactly(SchoolOrganizers.IVANOV, SchoolOrganizers.PETROVA);
    org.assertj.core.api.Assertions.assertThat(organizersOf("VPR-2027/mun-tosno/school-9901/MA-4"))
        .as("another work has its own assignment").containsExactly((String) null);
  }

  @Test
  void aSelectAcceptsOnlyAnOfferedOrganizer() {
    roster = new SchoolOrganizers(engine);
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    String assignment = assignments(preparation).get(0).getId();
    TaskService tasks = engine.getTaskService();

    for (String notOffered : List.of(SchoolOrganizers.OTHER_SCHOOL, SchoolOrganizers.TEACHER, "anybody")) {
      assertThatThrownBy(() -> tasks.complete(assignment, Map.of("organizer", notOffered, "organizerAssignmentChecked", true)))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("organizer");
    }
    tasks.complete(assignment, Map.of("organizer", SchoolOrganizers.PETROVA, "organizerAssignmentChecked", true));
    org.assertj.core.api.Assertions.assertThat(assignments(preparation)).isEmpty();
  }

  @Test
  void aClassroomWithNoOrganizerChosenIsLeftToTheOrganizersGroup() {
    roster = new SchoolOrganizers(engine);
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    assignTheOrganizers(preparation);
    org.assertj.core.api.Assertions.assertThat(organizerOf(RUSSIAN_4.businessKey(), "Каб. 1")).isNull();
    org.assertj.core.api.Assertions.assertThat(organizersOf(RUSSIAN_4.businessKey())).containsExactly((String) null);
  }
}
