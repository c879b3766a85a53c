package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * Памятка школьного координатора, «Подготовка к ВПР», for each work of the school (VPR-SCH-PREP-4, 5, 6): the work's
 * own archive the day before at 14:00, copying, safekeeping, and its own escalation at the work's start.
 */
class SchoolCoordinatorWorkPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-coordinator-work-preparation";

  /** RUSSIAN_4 is written on 21 April at 09:00: its archive appears on 20 April at 14:00. */
  static final OffsetDateTime ARCHIVE_AVAILABLE = OffsetDateTime.parse("2027-04-20T14:00:00+03:00");

  @Override
  protected String processResource() {
    return "processes/vpr/school-coordinator-work-preparation.bpmn";
  }

  @Test
  void theWorksArchiveIsDownloadedTheDayBeforeAt1400ThenCopiedAndKeptSafe() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    // Nothing to do before the archive is published.
    assertThat(preparation).isWaitingAtExactly("SubProcess_WorkPreparation", "Timer_ArchiveAvailable");
    org.assertj.core.api.Assertions.assertThat(openTasks(preparation)).isZero();
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_ArchiveAvailable").getDuedate())
        .isEqualTo(date(ARCHIVE_AVAILABLE));
    fire(preparation, "Timer_ArchiveAvailable");

    assertThat(task(preparation)).hasName("Скачать архив с материалами — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-school-coordinator")
        .hasDueDate(date(ARCHIVE_AVAILABLE.plusHours(4)));
    fill(preparation, "Task_DownloadArchive");
    assertThat(task(preparation)).as("copies ready an hour before the work")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    fill(preparation, "Task_CopyMaterials");
    assertThat(task(preparation)).as("kept safe until the work starts").hasDueDate(date(RUSSIAN_4.workStartsAt()));
    fill(preparation, "Task_SecureMaterials");

    assertThat(preparation).isEnded()
        .hasPassedInOrder("Timer_ArchiveAvailable", "Task_DownloadArchive", "Task_CopyMaterials", "Task_SecureMaterials",
            "EndEvent_MaterialsReady")
        .hasNotPassed("Task_EscalateMaterialsOverdue");
    assertThat(preparation).variables().containsEntry("copiedTaskSets", 1L);
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_WorkStarts")).isNull();
  }

  /**
   * A computer-form work is written on computers with the federal organiser's logins: no task sets are copied on paper
   * (VPR-SCH-PREP-5 becomes printing the codes, logins and protocols), and the copies are still kept safe (PREP-6).
   */
  @Test
  void computerWorkSkipsPaperCopying() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno/school-9901/HI-5",
        with(RUSSIAN_4.variables(), "workId", "HI-5", "subject", "История", "grade", 5, "form", "computer"));
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_DownloadArchive");

    assertThat(task(preparation)).hasDefinitionKey("Task_PrintLogins")
        .hasName("Распечатать коды, логины и протоколы участников — Школа №1 (демо), История, 5 класс")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    fill(preparation, "Task_PrintLogins");
    fill(preparation, "Task_SecureMaterials");

    assertThat(preparation).isEnded()
        .hasPassedInOrder("Task_DownloadArchive", "Task_PrintLogins", "Task_SecureMaterials", "EndEvent_MaterialsReady")
        .hasNotPassed("Task_CopyMaterials");
    assertThat(preparation).variables().containsKeys("printedLoginSheets", "printedCodeSlips", "printedProtocols")
        .doesNotContainKey("copiedTaskSets");
  }

  @Test
  void municipalCoordinatorIsEscalatedWhenTheWorksMaterialsAreNotReadyAtItsStart() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_DownloadArchive");

    Job workStarts = timer(preparation, "Timer_WorkStarts");
    org.assertj.core.api.Assertions.assertThat(workStarts.getDuedate()).isEqualTo(date(RUSSIAN_4.workStartsAt()));
    clockAt(RUSSIAN_4.workStartsAt());
    execute(workStarts);

    Task escalation = task("Task_EscalateMaterialsOverdue", preparation);
    assertThat(escalation)
        .hasName("Школа 9901 не подготовила материалы работы: Русский язык, 4 класс")
        .hasCandidateGroup("vpr-municipal-coordinator")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().plusDays(1)));
    org.assertj.core.api.Assertions.assertThat(escalation.getDescription())
        .contains("Открытые задачи работы: Организовать тиражирование материалов.");
    // The late copying stays open.
    assertThat(preparation).isWaitingAtExactly("SubProcess_WorkPreparation", "Task_CopyMaterials",
        "Task_EscalateMaterialsOverdue");

    fill(preparation, "Task_EscalateMaterialsOverdue", Map.of("escalationMeasure", "contacted"));
    assertThat(preparation).hasPassed("EndEvent_MaterialsEscalationHandled");
    fillAll(preparation, "Task_CopyMaterials", "Task_SecureMaterials");
    assertThat(preparation).isEnded().hasPassed("EndEvent_MaterialsReady");
  }

  @Test
  void copyingIsRefusedWhenACountIsBelowOne() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fire(preparation, "Timer_ArchiveAvailable");
    fill(preparation, "Task_DownloadArchive");
    Task copy = task("Task_CopyMaterials", preparation);

    assertThatThrownBy(() -> engine.getTaskService().complete(copy.getId(),
        forms.filled(copy, Map.of("copiedProtocols", 0L))))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("copiedProtocols")
        .hasMessageContaining("не меньше 1");
    assertThat(preparation).isWaitingAt("Task_CopyMaterials");
  }
}
