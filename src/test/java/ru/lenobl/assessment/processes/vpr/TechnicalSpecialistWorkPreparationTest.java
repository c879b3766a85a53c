package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.runtime.ProcessInstance;
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
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    assertThat(preparation).isWaitingAtExactly("Timer_ArchiveAvailable");
    org.assertj.core.api.Assertions.assertThat(timer(preparation, "Timer_ArchiveAvailable").getDuedate())
        .isEqualTo(date(archiveAvailable));
    fire(preparation, "Timer_ArchiveAvailable");

    assertThat(task(preparation)).hasName("Помочь скачать архив с материалами — Школа №1 (демо), Русский язык, 4 класс")
        .hasCandidateGroup("vpr-technical-specialist").hasDueDate(date(archiveAvailable.plusHours(4)));
    fill(preparation, "Task_SupportArchiveDownload");
    assertThat(task(preparation)).hasCandidateGroup("vpr-technical-specialist")
        .hasDueDate(date(RUSSIAN_4.workStartsAt().minusHours(1)));
    fill(preparation, "Task_SupportCopying");

    assertThat(preparation).isEnded().hasPassedInOrder("Task_SupportArchiveDownload", "Task_SupportCopying",
        "EndEvent_WorkTechnicallyPrepared");
  }
}
