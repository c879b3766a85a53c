package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

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
    assertThat(preparation).isWaitingAtExactly("Task_RegisterFisOko", "Task_PrepareSchool", "Task_LiaiseWithAuthorities",
        "Task_EnsureInformationSecurity");
    fill(preparation, "Task_LiaiseWithAuthorities", Map.of("respForumQuestionNeeded", "yes"));
    fill(preparation, "Task_AskSupportForum", Map.of("respForumQuestion", "Можно ли использовать ноутбуки?"));
    // Participants are distributed only once the rooms are prepared; materials only after registration.
    fill(preparation, "Task_PrepareSchool", Map.of("respRoomsReadyCount", 2L));
    fill(preparation, "Task_DistributeParticipants", Map.of("respParticipantsCount", 48L));
    fillAll(preparation, "Task_RegisterFisOko", "Task_DownloadMaterials", "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasPassed("Task_AskSupportForum", "EndEvent_SchoolPrepared")
        .variables().containsEntry("respParticipantsCount", 48L).containsEntry("respForumAnswerReceived", true);
  }

  @Test
  void theForumIsSkippedWhenThereAreNoQuestions() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);
    fillAll(preparation, "Task_StudyRegulations", "Task_AppointSpecialists");
    fill(preparation, "Task_LiaiseWithAuthorities", Map.of("respForumQuestionNeeded", "no"));
    fillAll(preparation, "Task_PrepareSchool", "Task_DistributeParticipants", "Task_RegisterFisOko",
        "Task_DownloadMaterials", "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasNotPassed("Task_AskSupportForum").hasPassed("EndEvent_SchoolPrepared");
  }
}
