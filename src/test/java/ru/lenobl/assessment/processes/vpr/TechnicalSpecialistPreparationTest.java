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

/** Памятка технического специалиста ОО (ВПР), «Подготовка к ВПР» (VPR-TECH-PREP-1…7). */
class TechnicalSpecialistPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-technical-specialist-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/technical-specialist-preparation.bpmn";
  }

  @Test
  void specialistPreparesTheLanguageRoomWhenTheScheduleHasAForeignLanguageWork() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    assertThat(task(preparation)).hasCandidateGroup("vpr-technical-specialist");
    fill(preparation, "Task_StudyRegulations");
    fill(preparation, "Task_ReadSchedule", Map.of("foreignLanguageWork", "yes"));
    assertThat(preparation).isWaitingAtExactly("Task_SupportRegistration", "Task_EnsureInformationSecurity",
        "Task_PrepareLanguageRoom");
    fill(preparation, "Task_PrepareLanguageRoom", Map.of("techLanguageRoom", "Каб. 21", "techLanguageWorkstationsCount", 15L));
    fillAll(preparation, "Task_SupportRegistration", "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasPassed("Task_PrepareLanguageRoom", "EndEvent_TechnicallyPrepared")
        .variables().containsEntry("foreignLanguageWork", "yes").containsEntry("techLanguageRoom", "Каб. 21");
  }

  @Test
  void noLanguageRoomIsPreparedWithoutAForeignLanguageWork() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);
    fill(preparation, "Task_StudyRegulations");
    fill(preparation, "Task_ReadSchedule", Map.of("foreignLanguageWork", "no"));
    // The skipped branch is already waiting at the join.
    assertThat(preparation).isWaitingAtExactly("Gateway_PreparationJoin", "Task_SupportRegistration",
        "Task_EnsureInformationSecurity");
    fillAll(preparation, "Task_SupportRegistration", "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasNotPassed("Task_PrepareLanguageRoom").hasPassed("EndEvent_TechnicallyPrepared");
  }
}
