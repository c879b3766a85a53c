package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * Памятка руководителя ОО, «Подготовка к ВПР» (VPR-HEAD-PREP-1…8): once per school, except the rooms (VPR-HEAD-PREP-4),
 * provided for each work by the day before it; the expert commission (VPR-HEAD-PREP-7) only where the school's own
 * experts check a work.
 */
class SchoolHeadPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-head-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/school-head-preparation.bpmn";
  }

  @Test
  void headArrangesConditionsWhenPupilsWithSpecialNeedsTakePart() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    assertThat(task("Task_IssueLocalActs", preparation)).hasCandidateGroup("vpr-school-head");
    approveDraftedSchedule(preparation);
    fill(preparation, "Task_DecideOvzParticipation", Map.of("headOvzParticipation", "yes", "headOvzParticipantsCount", 3L));
    assertThat(preparation).isWaitingAt("Task_ArrangeOvzConditions");
    assertThat(task("Task_ArrangeOvzConditions", preparation)).hasCandidateGroup("vpr-school-head");
    fill(preparation, "Task_ArrangeOvzConditions", Map.of("headOvzConsentsCount", 3L));
    fillAll(preparation, "Task_ProvideClassrooms", "Task_InformFamilies", "Task_FormExpertCommission",
        "Task_LiaiseWithAuthorities");

    assertThat(preparation).isEnded().hasPassed("Task_ArrangeOvzConditions", "EndEvent_SchoolPrepared")
        .variables().containsEntry("headOvzParticipation", "yes").containsEntry("headOvzConsentsCount", 3L);
  }

  @Test
  void noConditionsAreArrangedWhenPupilsWithSpecialNeedsDoNotTakePart() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    approveDraftedSchedule(preparation);
    fill(preparation, "Task_DecideOvzParticipation", Map.of("headOvzParticipation", "no", "headOvzParticipantsCount", 0L));
    assertThat(preparation).isNotWaitingAt("Task_ArrangeOvzConditions");
    fillAll(preparation, "Task_ProvideClassrooms", "Task_InformFamilies", "Task_FormExpertCommission",
        "Task_LiaiseWithAuthorities");

    assertThat(preparation).isEnded().hasNotPassed("Task_ArrangeOvzConditions").hasPassed("EndEvent_SchoolPrepared");
  }

  @Test
  void headApprovesTheScheduleAfterTheCoordinatorDraftsIt() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    // The appointments come first, with everything that needs no schedule; the approval waits for the draft.
    assertThat(preparation).isWaitingAtExactly("SubProcess_Preparation", "Task_StudyRegulations", "Task_IssueLocalActs", "Receive_ScheduleDrafted",
        "SubProcess_ProvideClassrooms#multiInstanceBody", "SubProcess_ProvideClassrooms", "Task_ProvideClassrooms",
        "Task_DecideOvzParticipation",
        "Task_LiaiseWithAuthorities");
    assertThat(preparation).isNotWaitingAt("Task_ApproveSchedule");
    fill(preparation, "Task_IssueLocalActs");
    assertThat(preparation).hasPassed("Event_StaffAppointed");

    engine.getRuntimeService().correlateMessage("schedule-drafted", RUSSIAN_4.businessKey());
    assertThat(preparation).isWaitingAt("Task_ApproveSchedule");
    assertThat(preparation).isNotWaitingAt("Task_InformFamilies", "Task_FormExpertCommission");
    fill(preparation, "Task_ApproveSchedule");
    assertThat(preparation).hasPassed("Event_ScheduleApproved").isWaitingAt("Task_InformFamilies", "Task_FormExpertCommission");
  }

  @Test
  void unfinishedPreparationAtTheFirstWorkStartIsEscalatedToTheMunicipalCoordinator() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    fire(preparation, "Timer_FirstWorkStarts");
    assertThat(task("Task_EscalatePreparationOverdue", preparation)).hasCandidateGroup("vpr-municipal-coordinator");
    assertThat(preparation).isWaitingAt("Task_StudyRegulations", "Receive_ScheduleDrafted");
    fill(preparation, "Task_EscalatePreparationOverdue");
    assertThat(preparation).hasPassed("EndEvent_PreparationEscalationHandled").isNotEnded();
  }

  private void approveDraftedSchedule(ProcessInstance preparation) {
    fillAll(preparation, "Task_StudyRegulations", "Task_IssueLocalActs");
    engine.getRuntimeService().correlateMessage("schedule-drafted", RUSSIAN_4.businessKey());
    fill(preparation, "Task_ApproveSchedule");
  }

  /** A school of two works on different days, from the school's plan ({@code school.works} of {@code vpr-school}). */
  private static Map<String, Object> schoolOfTwoWorks(String russianControl, String mathControl) {
    return with(RUSSIAN_4.variables(), "school", Map.of("works", List.of(
        Map.of("workId", "RU-4", "subject", "Русский язык", "grade", 4, "workStartsAt", RUSSIAN_4.variables().get("workStartsAt"),
            "classrooms", List.of("Каб. 1", "Каб. 2"), "objectivityControl", russianControl),
        Map.of("workId", "MA-4", "subject", "Математика", "grade", 4, "workStartsAt", MATH_STARTS.toString(),
            "classrooms", List.of("Каб. 7"), "objectivityControl", mathControl))));
  }

  static final java.time.OffsetDateTime MATH_STARTS = RUSSIAN_4.workStartsAt().plusDays(2);

  @Test
  void headPreparesRoomsForEachWork() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(), schoolOfTwoWorks("no", "no"));

    List<Task> rooms = engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_ProvideClassrooms").orderByDueDate().asc().list();
    org.assertj.core.api.Assertions.assertThat(rooms).hasSize(2);
    assertThat(rooms.get(0)).hasName("Предоставить аудитории и рабочее место координатора — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-school-head").hasDueDate(date(RUSSIAN_4.workStartsAt().minusDays(1)));
    assertThat(rooms.get(1)).hasName("Предоставить аудитории и рабочее место координатора — Школа №1 (демо), Математика, 4 класс")
        .hasDueDate(date(MATH_STARTS.minusDays(1)));
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(rooms.get(0).getId(), "classrooms"))
        .isEqualTo(List.of("Каб. 1", "Каб. 2"));

    // Each work's rooms are provided on their own: the first does not close the second.
    engine.getTaskService().complete(rooms.get(0).getId(), forms.filled(rooms.get(0)));
    assertThat(preparation).isWaitingAt("Task_ProvideClassrooms");
    org.assertj.core.api.Assertions.assertThat(task("Task_ProvideClassrooms", preparation).getName()).contains("Математика");
  }

  @Test
  void schoolWhoseWorksAreAllUnderObjectivityControlSkipsTheHeadsExpertAppointment() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(), schoolOfTwoWorks("yes", "yes"));
    approveDraftedSchedule(preparation);

    assertThat(preparation).hasPassed("Gateway_ExpertCommissionMerge").isNotWaitingAt("Task_FormExpertCommission")
        .isWaitingAt("Task_InformFamilies");
  }

  @Test
  void schoolWithAWorkOutsideObjectivityControlFormsItsExpertCommission() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(), schoolOfTwoWorks("yes", "no"));
    approveDraftedSchedule(preparation);

    assertThat(preparation).isWaitingAt("Task_FormExpertCommission", "Task_InformFamilies");
  }
}
