package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории, «Проведение ВПР» (VPR-ORG-CONDUCT-1…5). */
class ClassroomOrganizerConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-classroom-organizer-conduct";

  @Override
  protected String processResource() {
    return "processes/vpr/classroom-organizer-conduct.bpmn";
  }

  @Test
  void organizerRunsTheWorkInTheClassroomInTheMemosOrder() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12", with(RUSSIAN_4.variables(), "classroom", "Каб. 12"));

    assertThat(conduct).isWaitingAtExactly("Event_BriefingHeld");
    deliver(conduct, "briefing-held");
    fill(conduct, "Task_AttendBriefing");
    // Receiving the materials is not offered before the coordinator has issued them.
    assertThat(conduct).isWaitingAtExactly("Event_MaterialsIssued", "Gateway_BriefingJoin");
    deliver(conduct, "materials-issued");
    fillAll(conduct, "Task_ReceiveMaterials", "Task_BriefParticipants", "Task_RecordCodesInProtocol");
    fill(conduct, "Task_SuperviseClassroom", Map.of("orgClassroomViolations", "no"));

    assertThat(conduct).isEnded()
        .hasPassedInOrder("Task_AttendBriefing", "Task_ReceiveMaterials", "Task_BriefParticipants",
            "Task_RecordCodesInProtocol", "Task_SuperviseClassroom", "EndEvent_WorkWritten")
        .variables().containsEntry("orgClassroomConfirmed", true).doesNotContainKey("orgClassroom").containsEntry("orgProtocolStaysOnPaper", true);
  }

  @Test
  void materialsCanArriveWhileTheOrganizerIsStillAtTheBriefing() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12", with(RUSSIAN_4.variables(), "classroom", "Каб. 12"));
    deliver(conduct, "briefing-held");
    deliver(conduct, "materials-issued");

    assertThat(conduct).isWaitingAtExactly("Task_AttendBriefing", "Gateway_BriefingJoin");
    fill(conduct, "Task_AttendBriefing");
    assertThat(conduct).isWaitingAtExactly("Task_ReceiveMaterials");
  }

  @Test
  void theProtocolStepIsRefusedUntilTheOrganizerConfirmsNamesStayOnPaper() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12", with(RUSSIAN_4.variables(), "classroom", "Каб. 12"));
    deliver(conduct, "briefing-held");
    deliver(conduct, "materials-issued");
    fillAll(conduct, "Task_AttendBriefing", "Task_ReceiveMaterials", "Task_BriefParticipants");
    String protocol = task(conduct).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(protocol, Map.of("orgProtocolEntriesCount", 25L)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("orgProtocolStaysOnPaper");
    assertThat(conduct).isWaitingAtExactly("Task_RecordCodesInProtocol");
  }

  @Test
  void eachClassroomsTasksGoToItsOrganizerAndNameTheClassroom() {
    ProcessInstance room12 = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12",
        with(RUSSIAN_4.variables(), "classroom", "Каб. 12", "organizer", SchoolOrganizers.PETROVA));
    ProcessInstance room14 = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 14",
        with(RUSSIAN_4.variables(), "classroom", "Каб. 14", "organizer", SchoolOrganizers.IVANOV));
    deliver(room12, "briefing-held");
    deliver(room14, "briefing-held");

    // The organizers' group stays a candidate: a fallback if the organizer is replaced on the day.
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(room12).getId()))
        .anySatisfy(link -> org.assertj.core.api.Assertions.assertThat(link.getGroupId()).isEqualTo("vpr-classroom-organizer"));
    assertThat(task(room12)).isAssignedTo(SchoolOrganizers.PETROVA)
        .hasName("Пройти инструктаж и подтвердить аудиторию (Каб. 12) — Школа №1 (демо), Русский язык, 4 класс");
    assertThat(task(room14)).isAssignedTo(SchoolOrganizers.IVANOV)
        .hasName("Пройти инструктаж и подтвердить аудиторию (Каб. 14) — Школа №1 (демо), Русский язык, 4 класс");

    // Nobody chosen for the classroom: the organizers' group shares its tasks.
    ProcessInstance room16 = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 16",
        with(RUSSIAN_4.variables(), "classroom", "Каб. 16"));
    deliver(room16, "briefing-held");
    org.camunda.bpm.engine.task.Task shared = engine.getTaskService().createTaskQuery()
        .processInstanceId(room16.getId()).singleResult();
    assertThat(shared).isNotAssigned().hasCandidateGroup("vpr-classroom-organizer");
    org.assertj.core.api.Assertions.assertThat(shared.getName()).startsWith("Пройти инструктаж и подтвердить аудиторию (Каб. 16)");
  }
}
