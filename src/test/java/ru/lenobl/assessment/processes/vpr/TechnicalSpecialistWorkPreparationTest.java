package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка технического специалиста ОО (ВПР), «Подготовка к ВПР», for each work (VPR-TECH-PREP-5, 6). */
class TechnicalSpecialistWorkPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-technical-specialist-work-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/technical-specialist-work-preparation.bpmn";
  }

  @Test
  void specialistSupportsTheDownloadOfTheWorksArchiveTheDayBeforeAt1400AndItsCopying() {
    OffsetDateTime archiveAvailable = OffsetDateTime.parse("2027-04-20T14:00:00+03:00");
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(),
        with(RUSSIAN_4.variables(), "foreignLanguageWork", "no"));

    // Russian is not a foreign language in the plan: no language room, nothing asked.
    assertThat(preparation).isWaitingAtExactly("SubProcess_WorkPreparation", "Timer_ArchiveAvailable",
        "Gateway_WorkPreparationJoin");
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_ArchiveAvailable").getDuedate())
        .isEqualTo(date(archiveAvailable));
    fire(preparation, "Timer_ArchiveAvailable");

    assertThat(task(preparation)).hasName("Помочь скачать архив с материалами — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-technical-specialist").hasDueDate(date(archiveAvailable.plusHours(4)));
    fill(preparation, "Task_SupportArchiveDownload");
    assertThat(task(preparation)).hasCandidateGroup("vpr-technical-specialist")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    fill(preparation, "Task_SupportCopying");

    assertThat(preparation).isEnded().hasNotPassed("Task_PrepareLanguageRoom")
        .hasPassedInOrder("Task_SupportArchiveDownload", "Task_SupportCopying", "EndEvent_WorkTechnicallyPrepared");
  }

  @Test
  void specialistPreparesTheLanguageRoomWhenThePlanHasAForeignLanguageWork() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(),
        with(RUSSIAN_4.variables(), "subject", "Английский язык", "foreignLanguageWork", "yes"));

    assertThat(task("Task_PrepareLanguageRoom", preparation)).hasCandidateGroup("vpr-technical-specialist")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusDays(1)));
    // The computers do not meet the requirements: «Нет» is recorded.
    fill(preparation, "Task_PrepareLanguageRoom", Map.of("techLanguageRoom", "Каб. 21",
        "techLanguageSoftwareInstalled", "no"));
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_SupportArchiveDownload");

    // The work starts with the copying not confirmed: the municipal coordinator is alerted, the task stays open.
    fire(preparation, "Timer_WorkStarts");
    assertThat(task("Task_EscalateWorkPreparationOverdue", preparation)).hasCandidateGroup("vpr-municipal-coordinator");
    fillAll(preparation, "Task_EscalateWorkPreparationOverdue", "Task_SupportCopying");

    assertThat(preparation).isEnded().hasPassed("Task_PrepareLanguageRoom", "EndEvent_WorkPreparationEscalationHandled")
        .variables().containsEntry("techLanguageSoftwareInstalled", "no").containsEntry("techLanguageRoom", "Каб. 21");
  }

  /** VPR-TECH-PREP-3 is per classroom (timing.json), under the plan's foreignLanguageWork, due the day before. */
  @Test
  void technicalSpecialistInstallsForeignLanguageSoftwarePerClassroom() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(),
        "subject", "Английский язык", "foreignLanguageWork", "yes", "classrooms", List.of("Каб. 21", "Каб. 22")));

    List<Task> rooms = engine.getTaskService().createTaskQuery().processInstanceId(preparation.getId())
        .taskDefinitionKey("Task_PrepareLanguageRoom").orderByTaskName().asc().list();
    org.assertj.core.api.Assertions.assertThat(rooms).extracting(Task::getName).containsExactly(
        "Подготовить аудиторию Каб. 21 и ПО для иностранного языка — Школа №1 (демо), Английский язык, 4 класс",
        "Подготовить аудиторию Каб. 22 и ПО для иностранного языка — Школа №1 (демо), Английский язык, 4 класс");
    org.assertj.core.api.Assertions.assertThat(rooms).extracting(Task::getDueDate)
        .containsOnly(date(RUSSIAN_4.workStartsAt().minusDays(1)));

    // One room ready does not make the other ready.
    engine.getTaskService().complete(rooms.get(0).getId(), forms.filled(rooms.get(0)));
    assertThat(preparation).isWaitingAt("Task_PrepareLanguageRoom");
    engine.getTaskService().complete(rooms.get(1).getId(), forms.filled(rooms.get(1)));
    assertThat(preparation).hasPassed("Gateway_ForeignLanguageMerge").isNotWaitingAt("Task_PrepareLanguageRoom");
  }
}
