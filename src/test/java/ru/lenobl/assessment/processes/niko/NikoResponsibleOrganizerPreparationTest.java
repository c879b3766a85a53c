package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка ответственного организатора ОО (НИКО), «Подготовка» (NIKO-RESP-PREP-1…10). */
class NikoResponsibleOrganizerPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-responsible-organizer-preparation";

  @Override
  protected String processResource() {
    return "processes/niko/responsible-organizer-preparation.bpmn";
  }

  @Test
  void responsibleOrganizerAsksTheSupportForumWhenQuestionsRemain() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);

    assertThat(task(preparation)).hasCandidateGroup("niko-responsible-organizer");
    fillAll(preparation, "Task_StudyRegulations", "Task_AppointSpecialists");
    assertThat(preparation).isWaitingAtExactly("Task_RegisterFisOko", "Task_LiaiseWithAuthorities",
        "Task_EnsureInformationSecurity");
    fill(preparation, "Task_LiaiseWithAuthorities", Map.of("respForumQuestionNeeded", "yes"));
    fill(preparation, "Task_AskSupportForum", Map.of("respForumQuestion", "Можно ли использовать ноутбуки?"));
    // For each grade, once the school is registered: the materials, then the rooms; and the participants.
    fill(preparation, "Task_RegisterFisOko");
    assertThat(preparation).isNotWaitingAt("Task_PrepareSchool");
    fill(preparation, "Task_DistributeParticipants", Map.of("respParticipantsCount", 48L));
    fill(preparation, "Task_DownloadMaterials");
    fill(preparation, "Task_PrepareSchool", Map.of("respRoomsReadyCount", 2L));
    fill(preparation, "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasPassed("Task_AskSupportForum", "EndEvent_SchoolPrepared")
        .variables().containsEntry("respParticipantsCount", 48L).containsEntry("respForumAnswerReceived", true);
  }

  @Test
  void theForumIsSkippedWhenThereAreNoQuestions() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);
    fillAll(preparation, "Task_StudyRegulations", "Task_AppointSpecialists");
    fill(preparation, "Task_LiaiseWithAuthorities", Map.of("respForumQuestionNeeded", "no"));
    fillAll(preparation, "Task_RegisterFisOko", "Task_DistributeParticipants", "Task_DownloadMaterials",
        "Task_PrepareSchool", "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasNotPassed("Task_AskSupportForum").hasPassed("EndEvent_SchoolPrepared");
  }

  @Test
  void perGradeActionsRunOnceForEachGradeAndTheRegistrationOnceForTheSchool() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "studies", List.of(
        Map.of("grade", 8, "studyDate", "2026-10-13", "rooms", List.of("Каб. 31"), "studyStartsAt", "2026-10-13T09:00:00+03:00"),
        Map.of("grade", 10, "studyDate", "2026-10-15", "rooms", List.of("Каб. 32"), "studyStartsAt", "2026-10-15T09:00:00+03:00"))));
    fillAll(preparation, "Task_StudyRegulations", "Task_AppointSpecialists");

    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_RegisterFisOko").count()).isEqualTo(1);
    fill(preparation, "Task_RegisterFisOko");
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_DistributeParticipants").list())
        .extracting(task -> engine.getTaskService().getVariable(task.getId(), "grade")).containsExactlyInAnyOrder(8, 10);
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_DownloadMaterials").list())
        .extracting(task -> engine.getTaskService().getVariable(task.getId(), "studyDate"))
        .containsExactlyInAnyOrder("2026-10-13", "2026-10-15");
  }
}
