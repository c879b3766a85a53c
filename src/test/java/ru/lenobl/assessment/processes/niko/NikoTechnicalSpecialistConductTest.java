package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка технического специалиста ОО (НИКО), «Проведение» (NIKO-TECH-CONDUCT-1…2). */
class NikoTechnicalSpecialistConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-technical-specialist-conduct";

  @Override
  protected String processResource() {
    return "processes/niko/technical-specialist-conduct.bpmn";
  }

  @Test
  void specialistIsBriefedAndRecordsTheTechnicalIssuesOfTheDay() {
    ProcessInstance conduct = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);

    assertThat(conduct).as("briefed only once the responsible organizer holds the briefing")
        .isWaitingAtExactly("Receive_BriefingHeld");
    deliver(conduct, "niko-briefing-held");
    fill(conduct, "Task_AttendBriefing");
    fill(conduct, "Task_SupportStudy", Map.of("nikoTechIssuesOccurred", "yes",
        "nikoTechIssuesDescription", "Каб. 31: перезапуск браузера на двух компьютерах"));

    assertThat(conduct).isEnded().hasPassed("EndEvent_StudySupported")
        .variables().containsEntry("nikoTechIssuesOccurred", "yes").containsKey("nikoTechIssuesDescription");
  }
}
