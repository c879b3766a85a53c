package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;


import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка технического специалиста ОО (ВПР), «Проведение ВПР» (VPR-TECH-CONDUCT-1…2). */
class TechnicalSpecialistConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-technical-specialist-conduct";

  @Override
  protected String processResource() {
    return "processes/vpr/technical-specialist-conduct.bpmn";
  }

  @Test
  void specialistChecksTheLanguageRoomOnTheDayOfAForeignLanguageWork() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(), "foreignLanguageWork", "yes"));

    // The briefing task is not offered before the school coordinator has held the briefing.
    assertThat(conduct).isWaitingAtExactly("Event_BriefingHeld");
    deliver(conduct, "briefing-held");
    fill(conduct, "Task_AttendBriefing");
    // The computers do not work: «Нет» is accepted and recorded, with what was wrong.
    fill(conduct, "Task_CheckLanguageRoom", Map.of("techLanguageRoomReady", "no",
        "techLanguageRoomIssues", "Два компьютера не запускают ПО"));

    assertThat(conduct).isEnded().hasPassedInOrder("Task_AttendBriefing", "Task_CheckLanguageRoom",
        "EndEvent_TechnicalSupportGiven").variables().containsEntry("techLanguageRoomReady", "no");
  }

  @Test
  void noLanguageRoomCheckForOtherSubjects() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4.businessKey(), with(RUSSIAN_4.variables(), "foreignLanguageWork", "no"));

    deliver(conduct, "briefing-held");
    fill(conduct, "Task_AttendBriefing");

    assertThat(conduct).isEnded().hasNotPassed("Task_CheckLanguageRoom").hasPassed("EndEvent_TechnicalSupportGiven");
  }
}
