package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;
import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка школьного координатора, «Завершение ВПР» (VPR-SCH-COMPLETE-1…8), with the experts' checking. */
class SchoolCoordinatorCompletionTest extends ProcessTestCase {

  /** A classroom organizer's process as vpr-classroom holds it (business key «<work>/<classroom>»); not under test. */
  static final String STAND_IN_ORGANIZER = "stand-in-classroom-organizer";

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder(ProcessTestEngine.CONFIGURATION)
      .excludeProcessDefinitionKeys(STAND_IN_ORGANIZER).assertClassCoverageAtLeast(1.0).build();

  static final String PROCESS = "vpr-school-coordinator-completion";

  @Override
  protected String processResource() {
    return "processes/vpr/school-coordinator-completion.bpmn";
  }

  /** Russian in class 4 written in two classrooms. */
  static final SchoolWork TWO_CLASSROOMS = new SchoolWork("VPR-2027", "tosno", "9901", "Школа №1 (демо)", "RU-4",
      "Русский язык", 4, WorkForm.paper, RUSSIAN_4.workStartsAt(), RUSSIAN_4.resultsDueAt(), List.of("Каб. 12", "Каб. 14"));

  /** The works of these tests have a reserve date in the plan, 28 April, unless a test says otherwise. */
  @Override
  protected ProcessInstance start(String processKey, SchoolWork work) {
    return start(processKey, work.businessKey(), withReserveDate(work.variables()));
  }

  static Map<String, Object> withReserveDate(Map<String, Object> variables) {
    return with(variables, "hasReserveDate", "yes", "reserveStartsAt", "2027-04-28T09:00:00+03:00",
        "workDayEndsAt", "2027-04-21T23:59:00+03:00");
  }

  @BeforeEach
  void afterTheWork() {
    clockAt(RUSSIAN_4.workStartsAt().plusHours(2));
  }

  /** Materials received, no reserve day, works stored, criteria downloaded, works checked: the upload is open. */
  void worksCheckedWithoutReserveDay(ProcessInstance completion) {
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    fill(completion, "Task_CollectReserveDayInfo", Map.of("reserveDayRequested", "no"));
    fillAll(completion, "Task_StoreWorkSets", "Task_DownloadCriteria", "Task_CheckWorks");
  }

  void materialsReturnedFromEveryClassroom(ProcessInstance completion) {
    assertThat(completion).isWaitingAt("Receive_MaterialsReturned").isNotWaitingAt("Task_ReceiveMaterials");
    deliver(completion, "materials-returned", "classroom", "Каб. 1");
  }

  @Test
  void coordinatorReceivesTheMaterialsOnlyWhenEveryClassroomHasHandedThemOver() {
    ProcessInstance completion = start(PROCESS, TWO_CLASSROOMS);

    assertThat(completion).isWaitingAt("Receive_MaterialsReturned").isNotWaitingAt("Task_ReceiveMaterials");
    deliver(completion, "materials-returned", "classroom", "Каб. 14");
    assertThat(completion).isWaitingAt("Receive_MaterialsReturned").isNotWaitingAt("Task_ReceiveMaterials");
    org.assertj.core.api.Assertions.assertThat(openTasks(completion)).isZero();
    deliver(completion, "materials-returned", "classroom", "Каб. 12");

    assertThat(completion).isWaitingAtExactly("SubProcess_ResultsPhase", "Task_ReceiveMaterials");
  }

  /**
   * «Закрыть работу без результатов» ends the results phase (its open tasks are withdrawn), not the school's duties after
   * it: the report, informing the participants and keeping the works, protocols and results (VPR-SCH-COMPLETE-5, 6, 8).
   */
  @Test
  void closingAWorkWithoutResultsKeepsTheSchoolsSafekeeping() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    worksCheckedWithoutReserveDay(completion);
    fire(completion, "Timer_ResultsDue");
    fill(completion, "Task_EscalateResultsOverdue");

    Job regionDeadline = timer(completion, "Timer_RegionEscalation");
    org.assertj.core.api.Assertions.assertThat(regionDeadline.getDuedate())
        .isEqualTo(date(RUSSIAN_4.resultsDueAt().plusDays(2)));
    fire(completion, "Timer_RegionEscalation");
    Task toRegion = task("Task_EscalateResultsToRegion", completion);
    assertThat(toRegion).hasName("Тосненский: школа 9901 не загрузила результаты: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-regional-coordinator");
    assertThat(completion).isWaitingAt("Task_UploadResults");

    fill(completion, "Task_EscalateResultsToRegion", Map.of("regionEscalationDecision", "close"));

    assertThat(completion).hasPassed("EndEvent_WorkClosedWithoutResults", "Boundary_WorkClosedWithoutResults")
        .isNotWaitingAt("Task_UploadResults")
        .isWaitingAtExactly("Task_GetStatisticalReport");
    fillAll(completion, "Task_GetStatisticalReport", "Task_InformParticipants");
    assertThat(task(completion)).hasDefinitionKey("Task_KeepResults").hasCandidateGroup("vpr-school-coordinator");
    fill(completion, "Task_KeepResults");

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_EscalateResultsToRegion", "Task_GetStatisticalReport", "Task_InformParticipants",
            "Task_KeepResults", "EndEvent_ResultsKept")
        .hasNotPassed("Event_ResultsUploaded");
  }

  @Test
  void closingAWorkBeforeItsMaterialsTellsTheHeadAndTheWorkThatNoReserveDayComes() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    fire(completion, "Timer_ResultsDue");
    fill(completion, "Task_EscalateResultsOverdue");
    fire(completion, "Timer_RegionEscalation");
    fill(completion, "Task_EscalateResultsToRegion", Map.of("regionEscalationDecision", "close"));

    // No materials accepted, so no VPR-SCH-COMPLETE-7: the head and the work must not wait for it.
    assertThat(completion).hasPassed("Event_NoReserveDayInfo").hasNotPassed("Task_CollectReserveDayInfo")
        .isWaitingAtExactly("Task_GetStatisticalReport");
    assertThat(completion).variables().containsEntry("reserveDayRequested", "no");
  }

  /**
   * A work sampled for objectivity control is checked by the federal organiser, not the school: no criteria, no check by
   * the school's experts, no results form; the coordinator keeps the works and protocols for the federal check.
   */
  @Test
  void objectivityControlledWorkIsNotCheckedBySchoolExperts() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(),
        withReserveDate(with(RUSSIAN_4.variables(), "objectivityControl", "yes")));
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    fill(completion, "Task_CollectReserveDayInfo", Map.of("reserveDayRequested", "no"));

    assertThat(completion).as("paper works are still kept until the (federal) check")
        .isWaitingAt("Task_StoreWorkSets").isNotWaitingAt("Task_DownloadCriteria", "Task_CheckWorks");
    fill(completion, "Task_StoreWorkSets");

    Task keep = task("Task_KeepProtocolsForFederalCheck", completion);
    assertThat(keep).hasCandidateGroup("vpr-school-coordinator").hasDueDate(date(RUSSIAN_4.resultsDueAt()));
    fill(completion, "Task_KeepProtocolsForFederalCheck");
    assertThat(completion).hasPassed("EndEvent_WorksWithFederalCheck");
    org.assertj.core.api.Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(completion.getId()).taskDefinitionKeyIn("Task_CheckWorks", "Task_DownloadCriteria").count())
        .as("no task for the school's experts").isZero();

    fillAll(completion, "Task_GetStatisticalReport", "Task_InformParticipants", "Task_KeepResults");
    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_StoreWorkSets", "Task_KeepProtocolsForFederalCheck", "Task_GetStatisticalReport",
            "Task_KeepResults", "EndEvent_ResultsKept")
        .hasNotPassed("Task_CheckWorks", "Task_DownloadCriteria", "Task_UploadResults", "Event_ResultsUploaded");
    assertThat(completion).variables().containsEntry("worksKeptForFederalCheck", true)
        .containsEntry("protocolsKeptForFederalCheck", true);
  }

  /**
   * A computer-form work leaves no task sets on paper and is checked by the school's experts in «Эксперт»: no paper
   * sets to keep (VPR-SCH-COMPLETE-2) and no criteria to download (VPR-SCH-COMPLETE-3).
   */
  @Test
  void computerWorkIsCheckedInExpertWithoutPaperSetsOrCriteria() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), withReserveDate(with(RUSSIAN_4.variables(), "form", "computer")));
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    fill(completion, "Task_CollectReserveDayInfo", Map.of("reserveDayRequested", "no"));

    assertThat(completion).isWaitingAtExactly("SubProcess_ResultsPhase", "Task_CheckWorks");
    assertThat(task("Task_CheckWorks", completion)).hasCandidateGroup("vpr-expert");
    fillAll(completion, "Task_CheckWorks", "Task_UploadResults", "Task_GetStatisticalReport", "Task_InformParticipants",
        "Task_KeepResults");

    assertThat(completion).isEnded().hasPassed("Event_ResultsUploaded", "EndEvent_ResultsKept")
        .hasNotPassed("Task_StoreWorkSets", "Task_DownloadCriteria", "Task_KeepProtocolsForFederalCheck");
  }

  @Test
  void theRegionExtendsTheWaitAndTheSchoolUploadsLate() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    worksCheckedWithoutReserveDay(completion);
    fire(completion, "Timer_ResultsDue");
    fire(completion, "Timer_RegionEscalation");
    fill(completion, "Task_EscalateResultsToRegion", Map.of("regionEscalationDecision", "wait"));
    assertThat(completion).hasPassed("EndEvent_RegionKeepsWaiting").isWaitingAt("Task_UploadResults");

    fillAll(completion, "Task_EscalateResultsOverdue", "Task_UploadResults", "Task_GetStatisticalReport",
        "Task_InformParticipants", "Task_KeepResults");
    assertThat(completion).isEnded().hasPassed("Event_ResultsUploaded", "EndEvent_ResultsKept");
  }

  @Test
  void schoolCoordinatorUploadsResultsAndNoReserveDayIsNeeded() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    materialsReturnedFromEveryClassroom(completion);

    fill(completion, "Task_ReceiveMaterials");
    assertThat(completion).isWaitingAtExactly("SubProcess_ResultsPhase", "Task_StoreWorkSets", "Task_DownloadCriteria", "Task_CollectReserveDayInfo");
    fill(completion, "Task_CollectReserveDayInfo", Map.of("reserveDayRequested", "no", "absentWithValidReasonCount", 0L));
    assertThat(completion).hasPassed("EndEvent_NoReserveDay").hasNotPassed("EndEvent_ReserveDayRequested");

    fillAll(completion, "Task_StoreWorkSets", "Task_DownloadCriteria", "Task_CheckWorks", "Task_UploadResults",
        "Task_GetStatisticalReport", "Task_InformParticipants", "Task_KeepResults");

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_CheckWorks", "Task_UploadResults", "Task_GetStatisticalReport",
            "Task_InformParticipants", "Task_KeepResults", "EndEvent_ResultsKept")
        .hasNotPassed("Task_EscalateResultsOverdue");
  }

  @Test
  void reserveDayIsRequestedForParticipantsAbsentForAValidReason() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    org.assertj.core.api.Assertions.assertThat(task("Task_CollectReserveDayInfo", completion).getDueDate())
        .as("VPR-SCH-COMPLETE-7: two days before the reserve date")
        .isEqualTo(date(java.time.OffsetDateTime.parse("2027-04-26T09:00:00+03:00")));
    fill(completion, "Task_CollectReserveDayInfo", Map.of("reserveDayRequested", "yes", "absentWithValidReasonCount", 3L,
        "absentTotal", 4L));

    // The head and the work get the absentees: the hand-off leaves them on every process of the work.
    assertThat(completion).hasPassed("Event_ReserveDayInfoCollected", "EndEvent_ReserveDayRequested").hasNotPassed("EndEvent_NoReserveDay")
        .isWaitingAtExactly("SubProcess_ResultsPhase", "Task_StoreWorkSets", "Task_DownloadCriteria");
    assertThat(completion).variables()
        .containsEntry("reserveDayRequested", "yes")
        .containsEntry("absentWithValidReasonCount", 3L)
        .containsEntry("absentTotal", 4L);
  }

  @Test
  void noReserveDayInformationWithoutAReserveDateInThePlan() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(), "hasReserveDate", "no"));
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");

    // VPR-SCH-COMPLETE-7 applies only when the plan gives the work a reserve date.
    assertThat(completion).hasPassed("EndEvent_NoReserveDateInPlan").hasNotPassed("Task_CollectReserveDayInfo")
        .isWaitingAtExactly("SubProcess_ResultsPhase", "Task_StoreWorkSets", "Task_DownloadCriteria");
  }

  @Test
  void expertsCheckTheWorksOnlyWhenTheyAreStoredAndTheCriteriaAreDownloaded() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    fill(completion, "Task_StoreWorkSets");
    assertThat(completion).isNotWaitingAt("Task_CheckWorks");

    fill(completion, "Task_DownloadCriteria");
    assertThat(completion).isWaitingAt("Task_CheckWorks");
    assertThat(task("Task_CheckWorks", completion)).hasCandidateGroup("vpr-expert");
  }

  @Test
  void schoolCoordinatorEscalatesWhenResultsUploadIsOverdue() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    worksCheckedWithoutReserveDay(completion);
    assertThat(task("Task_UploadResults", completion)).hasDueDate(date(RUSSIAN_4.resultsDueAt()));

    Job resultsDue = timer(completion, "Timer_ResultsDue");
    org.assertj.core.api.Assertions.assertThat(resultsDue.getDuedate()).isEqualTo(date(RUSSIAN_4.resultsDueAt()));
    clockAt(RUSSIAN_4.resultsDueAt().plusMinutes(1));
    execute(resultsDue);

    Task escalation = task("Task_EscalateResultsOverdue", completion);
    assertThat(escalation)
        .hasName("Школа 9901 не загрузила результаты: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-municipal-coordinator");
    assertThat(completion).isWaitingAtExactly("SubProcess_ResultsPhase", "Task_UploadResults", "Task_EscalateResultsOverdue");
    assertThat(completion).isWaitingAt("Task_UploadResults");

    // The municipal coordinator reacts; the school uploads late; the work is completed.
    fill(completion, "Task_EscalateResultsOverdue", Map.of("escalationMeasure", "extended"));
    assertThat(completion).hasPassed("EndEvent_ResultsEscalationHandled").isWaitingAtExactly("SubProcess_ResultsPhase", "Task_UploadResults");
    fillAll(completion, "Task_UploadResults", "Task_GetStatisticalReport", "Task_InformParticipants", "Task_KeepResults");
    assertThat(completion).isEnded().hasPassed("EndEvent_ResultsKept");
  }

  @Test
  void resultsUploadIsRefusedUntilThePaperProtocolsAreConfirmedKeptInTheSchool() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    fillAll(completion, "Task_StoreWorkSets", "Task_DownloadCriteria", "Task_CheckWorks");
    Task upload = task("Task_UploadResults", completion);

    assertThatThrownBy(() -> engine.getTaskService().complete(upload.getId(),
        forms.filled(upload, Map.of("paperProtocolsKept", false))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("paperProtocolsKept");
    assertThat(completion).isWaitingAt("Task_UploadResults");
    org.assertj.core.api.Assertions.assertThat(openTasks(completion)).isEqualTo(2); // upload + reserve-day information
  }

  /** The organizer of {@code classroom} still holds the materials: their task is open in the classroom's process. */
  void organizerStillHoldsTheMaterials(SchoolWork work, String classroom) {
    models.deploy("stand-in-classroom-organizer.bpmn", Bpmn.createExecutableProcess(STAND_IN_ORGANIZER)
        .camundaHistoryTimeToLive(1).startEvent().userTask("Task_ReturnMaterials")
        .name("Сдать материалы школьному координатору").endEvent().done());
    engine.getRuntimeService().startProcessInstanceByKey(STAND_IN_ORGANIZER, work.businessKey() + "/" + classroom,
        with(work.variables(), "classroom", classroom));
  }

  @Test
  void resultsDeadlineEscalatesWhenAClassroomNeverReturnsMaterials() {
    organizerStillHoldsTheMaterials(TWO_CLASSROOMS, "Каб. 14");
    ProcessInstance completion = start(PROCESS, TWO_CLASSROOMS);
    deliver(completion, "materials-returned", "classroom", "Каб. 12");
    // The school has no task yet: only the deadline of the phase stands.
    assertThat(completion).isWaitingAt("SubProcess_ResultsPhase", "Receive_MaterialsReturned")
        .isNotWaitingAt("Task_ReceiveMaterials");
    org.assertj.core.api.Assertions.assertThat(openTasks(completion)).isZero();

    fire(completion, "Timer_ResultsDue");
    Task escalation = task("Task_EscalateResultsOverdue", completion);
    assertThat(escalation).hasName("Школа 9901 не загрузила результаты: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-municipal-coordinator");
    org.assertj.core.api.Assertions.assertThat(escalation.getDescription())
        .contains("«Приём материалов, проверка и загрузка результатов»")
        .contains("Открытые задачи работы: Сдать материалы школьному координатору (Каб. 14).");
    assertThat(completion).isWaitingAt("Receive_MaterialsReturned", "Task_EscalateResultsOverdue")
        .isNotWaitingAt("Task_ReceiveMaterials");

    fire(completion, "Timer_RegionEscalation");
    Task toRegion = task("Task_EscalateResultsToRegion", completion);
    assertThat(toRegion).hasName("Тосненский: школа 9901 не загрузила результаты: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-regional-coordinator");
    org.assertj.core.api.Assertions.assertThat(toRegion.getDescription())
        .contains("Сдать материалы школьному координатору (Каб. 14)");
    fill(completion, "Task_EscalateResultsToRegion", Map.of("regionEscalationDecision", "wait"));

    // The late classroom hands its materials over at last; the work goes on.
    deliver(completion, "materials-returned", "classroom", "Каб. 14");
    assertThat(completion).isWaitingAt("Task_ReceiveMaterials");
  }

  @Test
  void resultsDeadlineEscalatesWhenTheExpertsNeverFinishChecking() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4);
    materialsReturnedFromEveryClassroom(completion);
    fill(completion, "Task_ReceiveMaterials");
    fill(completion, "Task_CollectReserveDayInfo", Map.of("reserveDayRequested", "no"));
    fillAll(completion, "Task_StoreWorkSets", "Task_DownloadCriteria");
    assertThat(completion).isWaitingAtExactly("SubProcess_ResultsPhase", "Task_CheckWorks");

    fire(completion, "Timer_ResultsDue");
    Task escalation = task("Task_EscalateResultsOverdue", completion);
    assertThat(escalation).hasName("Школа 9901 не загрузила результаты: Русский язык, 4 класс");
    org.assertj.core.api.Assertions.assertThat(escalation.getDescription())
        .contains("Открытые задачи работы: Проверить работы по критериям.");
    // The experts' task stays open; the upload has not appeared yet.
    assertThat(completion).isWaitingAtExactly("SubProcess_ResultsPhase", "Task_CheckWorks", "Task_EscalateResultsOverdue");

    fire(completion, "Timer_RegionEscalation");
    org.assertj.core.api.Assertions.assertThat(task("Task_EscalateResultsToRegion", completion).getDescription())
        .contains("Проверить работы по критериям");
    fill(completion, "Task_EscalateResultsToRegion", Map.of("regionEscalationDecision", "wait"));
    fillAll(completion, "Task_EscalateResultsOverdue", "Task_CheckWorks", "Task_UploadResults",
        "Task_GetStatisticalReport", "Task_InformParticipants", "Task_KeepResults");
    assertThat(completion).isEnded().hasPassed("Event_ResultsUploaded", "EndEvent_ResultsKept");
  }
}
