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
  void specialistReadsTheScheduleOnlyAfterTheHeadApprovedIt() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    assertThat(task("Task_StudyRegulations", preparation)).hasCandidateGroup("vpr-technical-specialist");
    assertThat(preparation).isWaitingAt("Receive_ScheduleApproved", "Task_SupportRegistration",
        "Task_EnsureInformationSecurity").isNotWaitingAt("Task_ReadSchedule");
    fillAll(preparation, "Task_StudyRegulations", "Task_SupportRegistration");
    fill(preparation, "Task_EnsureInformationSecurity", Map.of("techInformationSecurityEnsured", "no"));
    engine.getRuntimeService().correlateMessage("schedule-approved", RUSSIAN_4.businessKey());
    fill(preparation, "Task_ReadSchedule");

    assertThat(preparation).isEnded().hasPassed("EndEvent_TechnicallyPrepared")
        .variables().containsEntry("techInformationSecurityEnsured", "no").doesNotContainKey("foreignLanguageWork");
  }

  @Test
  void unfinishedPreparationAtTheFirstWorkStartIsEscalatedToTheMunicipalCoordinator() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4);

    fire(preparation, "Timer_FirstWorkStarts");
    assertThat(task("Task_EscalatePreparationOverdue", preparation)).hasCandidateGroup("vpr-municipal-coordinator");
    fill(preparation, "Task_EscalatePreparationOverdue");
    assertThat(preparation).hasPassed("EndEvent_PreparationEscalationHandled").isWaitingAt("Receive_ScheduleApproved");
  }
}
