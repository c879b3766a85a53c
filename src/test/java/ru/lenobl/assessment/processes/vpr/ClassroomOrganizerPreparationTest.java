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
 * Памятка организатора в аудитории, «Подготовка к ВПР» (VPR-ORG-PREP-1…2), for each work: after the school
 * coordinator's assignment of the work's classrooms (VPR-SCH-PREP-8), one preparation per organizer, not repeated for
 * an organizer who has already done it (timing.json: one per organizer per campaign in effect). The school
 * coordinator's preparation of the work is deployed here only to make the assignment; its own coverage is
 * {@link SchoolCoordinatorWorkPreparationTest}'s.
 */
class ClassroomOrganizerPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder(ProcessTestEngine.CONFIGURATION)
      .excludeProcessDefinitionKeys(SchoolCoordinatorWorkPreparationTest.PROCESS).assertClassCoverageAtLeast(1.0).build();

  static final String PROCESS = "vpr-classroom-organizer-preparation";
  static final String MATH_KEY = "VPR-2027/mun-tosno/school-9901/MA-4";

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
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    assertThat(preparation).isWaitingAtExactly("Event_OrganizersAssigned");
    // No assignment was recorded: the organizers' group shares one preparation.
    deliver(preparation, "organizers-assigned");

    assertThat(task(preparation)).hasCandidateGroup("vpr-classroom-organizer")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    org.assertj.core.api.Assertions.assertThat(task(preparation).getAssignee()).isNull();
    fillAll(preparation, "Task_StudyRegulations", "Task_ReadSchedule");

    assertThat(preparation).isEnded().hasPassedInOrder("Event_OrganizersAssigned", "Task_StudyRegulations",
        "Task_ReadSchedule", "EndEvent_OrganizerPrepared", "EndEvent_OrganizersPrepared")
        .variables().containsEntry("orgScheduleRead", true);
  }

  /** The organizers' preparation of the work {@code workKey}, after its coordinator assigned {@code organizers} in order. */
  private ProcessInstance preparationAfterAssigning(String workKey, Map<String, Object> work, String... organizers) {
    ProcessInstance preparation = start(PROCESS, workKey, work);
    ProcessInstance coordinator = start(SchoolCoordinatorWorkPreparationTest.PROCESS, workKey, work);
    TaskService tasks = engine.getTaskService();
    List<Task> assignments = tasks.createTaskQuery().processInstanceId(coordinator.getId())
        .taskDefinitionKey("Task_AssignOrganizers").orderByTaskName().asc().list();
    for (int i = 0; i < assignments.size(); i++) {
      assertThat(preparation).isWaitingAtExactly("Event_OrganizersAssigned");
      tasks.complete(assignments.get(i).getId(), Map.of("organizer", organizers[i], "organizerAssignmentChecked", true));
    }
    return preparation;
  }

  private void completeAllOf(ProcessInstance preparation, String organizer) {
    for (List<Task> open = tasksOf(preparation, organizer); !open.isEmpty(); open = tasksOf(preparation, organizer)) {
      engine.getTaskService().complete(open.get(0).getId(), forms.filled(open.get(0)));
    }
  }

  @Test
  void oneOrganizerCompletingDoesNotCompleteAnothersPreparation() {
    roster = new SchoolOrganizers(engine);
    models.deploy("processes/vpr/school-coordinator-work-preparation.bpmn");
    ProcessInstance preparation = preparationAfterAssigning(RUSSIAN_4.businessKey(),
        with(RUSSIAN_4.variables(), "classrooms", List.of("Каб. 12", "Каб. 14")), SchoolOrganizers.PETROVA,
        SchoolOrganizers.IVANOV);
    TaskService tasks = engine.getTaskService();

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

    completeAllOf(preparation, SchoolOrganizers.IVANOV);
    assertThat(preparation).isEnded().hasPassed("EndEvent_OrganizersPrepared");
  }

  /** One preparation per organizer per campaign: Петрова, ready for Russian, is not asked again for Mathematics. */
  @Test
  void organizerWhoPreparedForAnEarlierWorkIsNotAskedAgain() {
    roster = new SchoolOrganizers(engine);
    models.deploy("processes/vpr/school-coordinator-work-preparation.bpmn");
    ProcessInstance russian = preparationAfterAssigning(RUSSIAN_4.businessKey(), RUSSIAN_4.variables(),
        SchoolOrganizers.PETROVA);
    completeAllOf(russian, SchoolOrganizers.PETROVA);
    assertThat(russian).isEnded().hasPassed("Task_StudyRegulations", "Task_ReadSchedule");

    ProcessInstance math = preparationAfterAssigning(MATH_KEY, with(RUSSIAN_4.variables(), "workId", "MA-4",
        "subject", "Математика", "workKey", MATH_KEY, "classrooms", List.of("Каб. 7")), SchoolOrganizers.PETROVA);

    assertThat(math).isEnded().hasPassed("Gateway_StudiedBefore", "Gateway_ReadBefore", "EndEvent_OrganizerPrepared")
        .hasNotPassed("Task_StudyRegulations", "Task_ReadSchedule");
  }

  /**
   * Петрова studied the regulations (VPR-ORG-PREP-1) in the 2026 campaign: in 2027 she is not asked again, but she
   * reads the 2027 schedule (VPR-ORG-PREP-2: each campaign has its own plan).
   */
  @Test
  void organizerWhoPreparedInAnEarlierCampaignIsNotAskedAgain() {
    roster = new SchoolOrganizers(engine);
    models.deploy("processes/vpr/school-coordinator-work-preparation.bpmn");
    String lastYearsKey = "VPR-2026/mun-tosno/school-9901/RU-4";
    ProcessInstance lastYear = preparationAfterAssigning(lastYearsKey, with(RUSSIAN_4.variables(),
        "campaignId", "VPR-2026", "workKey", lastYearsKey), SchoolOrganizers.PETROVA);
    completeAllOf(lastYear, SchoolOrganizers.PETROVA);

    ProcessInstance thisYear = preparationAfterAssigning(RUSSIAN_4.businessKey(), RUSSIAN_4.variables(),
        SchoolOrganizers.PETROVA);

    org.assertj.core.api.Assertions.assertThat(tasksOf(thisYear, SchoolOrganizers.PETROVA))
        .extracting(Task::getTaskDefinitionKey).containsExactly("Task_ReadSchedule");
    completeAllOf(thisYear, SchoolOrganizers.PETROVA);
    assertThat(thisYear).isEnded().hasPassed("Gateway_StudiedBefore", "Task_ReadSchedule")
        .hasNotPassed("Task_StudyRegulations");
  }

  private List<Task> open(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
  }

  private List<Task> tasksOf(ProcessInstance instance, String user) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskAssignee(user).list();
  }
}
