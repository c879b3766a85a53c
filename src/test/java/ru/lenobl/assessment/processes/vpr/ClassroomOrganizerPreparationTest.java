package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * Памятка организатора в аудитории, «Подготовка к ВПР» (VPR-ORG-PREP-1…2): after the school coordinator's assignment
 * (VPR-SCH-PREP-8), one preparation per organizer. The school coordinator's preparation is deployed here only to make
 * the assignment; its own coverage is {@link SchoolCoordinatorPreparationTest}'s.
 */
class ClassroomOrganizerPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder(ProcessTestEngine.CONFIGURATION)
      .excludeProcessDefinitionKeys(SchoolCoordinatorPreparationTest.PROCESS).assertClassCoverageAtLeast(1.0).build();

  static final String PROCESS = "vpr-classroom-organizer-preparation";
  static final String SCHOOL_KEY = SchoolCoordinatorPreparationTest.SCHOOL_KEY;

  SchoolOrganizers roster;

  @Override
  protected String processResource() {
    return "processes/vpr/classroom-organizer-preparation.bpmn";
  }

  @AfterEach
  void removeRoster() {
    if (roster != null) {
      roster.close();
    }
  }

  @Test
  void organizerStudiesTheRegulationsThenTheSchedule() {
    ProcessInstance preparation = start(PROCESS, SCHOOL_KEY, RUSSIAN_4.variables());
    assertThat(preparation).isWaitingAtExactly("Event_OrganizersAssigned");
    // No assignment was recorded: the organizers' group shares one preparation.
    deliver(preparation, "organizers-assigned");

    assertThat(task(preparation)).hasCandidateGroup("vpr-classroom-organizer");
    org.assertj.core.api.Assertions.assertThat(task(preparation).getAssignee()).isNull();
    fillAll(preparation, "Task_StudyRegulations", "Task_ReadSchedule");

    assertThat(preparation).isEnded().hasPassedInOrder("Event_OrganizersAssigned", "Task_StudyRegulations",
        "Task_ReadSchedule", "EndEvent_OrganizerPrepared", "EndEvent_OrganizersPrepared")
        .variables().containsEntry("orgScheduleRead", true);
  }

  @Test
  void oneOrganizerCompletingDoesNotCompleteAnothersPreparation() {
    roster = new SchoolOrganizers(engine);
    models.deploy("processes/vpr/school-coordinator-preparation.bpmn");
    ProcessInstance preparation = start(PROCESS, SCHOOL_KEY, RUSSIAN_4.variables());
    ProcessInstance coordinator = start(SchoolCoordinatorPreparationTest.PROCESS, SCHOOL_KEY,
        with(RUSSIAN_4.variables(), "classrooms", List.of("Каб. 12", "Каб. 14")));
    fillAll(coordinator, "Task_StudyRegulations", "Task_DraftSchedule");
    TaskService tasks = engine.getTaskService();
    List<Task> assignments = tasks.createTaskQuery().processInstanceId(coordinator.getId())
        .taskDefinitionKey("Task_AssignOrganizers").orderByTaskName().asc().list();
    tasks.complete(assignments.get(0).getId(), Map.of("organizer", SchoolOrganizers.PETROVA, "organizerAssignmentChecked", true));
    assertThat(preparation).isWaitingAtExactly("Event_OrganizersAssigned");
    tasks.complete(assignments.get(1).getId(), Map.of("organizer", SchoolOrganizers.IVANOV, "organizerAssignmentChecked", true));

    // The hand-off opened one preparation per organizer, each assigned to that organizer.
    org.assertj.core.api.Assertions.assertThat(open(preparation, "Task_StudyRegulations")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(SchoolOrganizers.PETROVA, SchoolOrganizers.IVANOV);
    for (Task petrovas : tasksOf(preparation, SchoolOrganizers.PETROVA)) {
      tasks.complete(petrovas.getId(), forms.filled(petrovas));
    }
    Task readSchedule = tasksOf(preparation, SchoolOrganizers.PETROVA).get(0);
    org.assertj.core.api.Assertions.assertThat(readSchedule.getTaskDefinitionKey()).isEqualTo("Task_ReadSchedule");
    tasks.complete(readSchedule.getId(), forms.filled(readSchedule));

    // Петрова is ready; Иванов's preparation is still open and still his.
    org.assertj.core.api.Assertions.assertThat(tasksOf(preparation, SchoolOrganizers.PETROVA)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(tasksOf(preparation, SchoolOrganizers.IVANOV)).extracting(Task::getTaskDefinitionKey)
        .containsExactly("Task_StudyRegulations");
    assertThat(preparation).isNotEnded();

    for (int step = 0; step < 2; step++) {
      Task ivanovs = tasksOf(preparation, SchoolOrganizers.IVANOV).get(0);
      tasks.complete(ivanovs.getId(), forms.filled(ivanovs));
    }
    assertThat(preparation).isEnded().hasPassed("EndEvent_OrganizersPrepared");
  }

  private List<Task> open(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  private List<Task> tasksOf(ProcessInstance instance, String user) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee(user).list();
  }
}
