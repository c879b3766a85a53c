package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка руководителя ОО, «Подготовка к ВПР» (VPR-HEAD-PREP-1…8). */
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
        "Task_ProvideClassrooms", "Task_DecideOvzParticipation", "Task_LiaiseWithAuthorities");
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
}
