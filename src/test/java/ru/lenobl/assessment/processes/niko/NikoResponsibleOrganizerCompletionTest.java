package ru.lenobl.assessment.processes.niko;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка ответственного организатора ОО (НИКО), «Завершение» (NIKO-RESP-COMPLETE-1…3). */
class NikoResponsibleOrganizerCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-responsible-organizer-completion";

  @Override
  protected String processResource() {
    return "processes/niko/responsible-organizer-completion.bpmn";
  }

  @Test
  void protocolsAreReceivedOnlyWhenEveryRoomHasHandedItsProtocolOver() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901",
        with(NIKO_SCHOOL, "studies", List.of(Map.of("grade", 8, "studyDate", "2026-10-15", "studyKey",
            "NIKO-2026/mun-tosno/school-9901/grade-8", "rooms", List.of("Каб. 31", "Каб. 32"),
            "studyDayEndsAt", "2026-10-15T23:59:00+03:00"))));

    assertThat(completion).isWaitingAt("Receive_ProtocolsHandedOver").isNotWaitingAt("Task_ReceiveProtocols");
    deliver(completion, "niko-protocol-handed-over", "room", "Каб. 31");
    assertThat(completion).isWaitingAt("Receive_ProtocolsHandedOver").isNotWaitingAt("Task_ReceiveProtocols");
    deliver(completion, "niko-protocol-handed-over", "room", "Каб. 32");

    assertThat(completion).isWaitingAt("Task_ReceiveProtocols").isNotWaitingAt("Receive_ProtocolsHandedOver");
  }

  @Test
  void responsibleOrganizerReceivesTheProtocolsUploadsTheSchoolProtocolAndGetsTheReport() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);
    deliver(completion, "niko-protocol-handed-over", "room", "Каб. 31");

    fill(completion, "Task_ReceiveProtocols", Map.of("respProtocolsReceivedCount", 2L));
    fill(completion, "Task_UploadElectronicProtocol", Map.of("respElectronicProtocolParticipantsCount", 48L));
    fill(completion, "Task_GetStatisticalReport");

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_ReceiveProtocols", "Event_ProtocolsReceived", "Task_UploadElectronicProtocol",
            "Task_GetStatisticalReport",
            "EndEvent_ReportReceived")
        .variables().containsEntry("respProtocolsReceivedCount", 2L).containsEntry("respProtocolsStored", true);
  }

  @Test
  void theElectronicProtocolIsRefusedWithoutTheNumberOfParticipants() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);
    deliver(completion, "niko-protocol-handed-over", "room", "Каб. 31");
    fill(completion, "Task_ReceiveProtocols");
    String upload = task(completion).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(upload,
        Map.of("respElectronicProtocolUploadedAt", "2026-10-16T10:00+03:00")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("respElectronicProtocolParticipantsCount");
    assertThat(completion).isWaitingAt("Task_UploadElectronicProtocol").isNotWaitingAt("Task_GetStatisticalReport");
  }

  @Test
  void eachGradesProtocolsAreReceivedForItsStudyAndTheStatisticalReportOnceForTheSchool() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "studies", List.of(
        Map.of("grade", 8, "studyDate", "2026-10-13", "studyKey", "NIKO-2026/mun-tosno/school-9901/grade-8",
            "rooms", List.of("Каб. 31"), "studyDayEndsAt", "2026-10-13T23:59:00+03:00"),
        Map.of("grade", 10, "studyDate", "2026-10-15", "studyKey", "NIKO-2026/mun-tosno/school-9901/grade-10",
            "rooms", List.of("Каб. 31"), "studyDayEndsAt", "2026-10-15T23:59:00+03:00"))));

    engine.getRuntimeService().createMessageCorrelation("niko-protocol-handed-over").processInstanceId(completion.getId())
        .localVariableEquals("studyKey", "NIKO-2026/mun-tosno/school-9901/grade-8").localVariableEquals("room", "Каб. 31")
        .correlate();
    assertThat(task("Task_ReceiveProtocols", completion)).as("class 8's protocols only").isNotNull();
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(
        task("Task_ReceiveProtocols", completion).getId(), "grade")).isEqualTo(8);
    fillAll(completion, "Task_ReceiveProtocols", "Task_UploadElectronicProtocol");
    assertThat(completion).isWaitingAt("Receive_ProtocolsHandedOver").isNotWaitingAt("Task_GetStatisticalReport");

    engine.getRuntimeService().createMessageCorrelation("niko-protocol-handed-over").processInstanceId(completion.getId())
        .localVariableEquals("studyKey", "NIKO-2026/mun-tosno/school-9901/grade-10").localVariableEquals("room", "Каб. 31")
        .correlate();
    fillAll(completion, "Task_ReceiveProtocols", "Task_UploadElectronicProtocol");
    fill(completion, "Task_GetStatisticalReport");

    assertThat(completion).isEnded();
    org.assertj.core.api.Assertions.assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(completion.getId()).taskDefinitionKey("Task_GetStatisticalReport").count())
        .as("one statistical report for the school").isEqualTo(1);
  }

  @Test
  void anElectronicProtocolNotUploadedByTheEndOfTheStudyDayEscalatesToTheMunicipality() {
    ProcessInstance completion = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);
    deliver(completion, "niko-protocol-handed-over", "room", "Каб. 31");
    fill(completion, "Task_ReceiveProtocols");

    fire(completion, "Timer_ElectronicProtocolDue");
    assertThat(task("Task_EscalateElectronicProtocol", completion))
        .hasName("Школа №1 (демо), 8 класс: электронный протокол НИКО не загружен")
        .hasCandidateGroup("vpr-municipal-coordinator");
    assertThat(completion).as("the late task stays open").isWaitingAt("Task_UploadElectronicProtocol");
    fill(completion, "Task_EscalateElectronicProtocol", Map.of("escalationMeasure", "contacted"));
    fillAll(completion, "Task_UploadElectronicProtocol", "Task_GetStatisticalReport");

    assertThat(completion).isEnded().hasPassed("EndEvent_ElectronicProtocolEscalationHandled", "EndEvent_ReportReceived");
  }
}
