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

/** Памятка технического специалиста ОО (НИКО), «Подготовка» (NIKO-TECH-PREP-1…4). */
class NikoTechnicalSpecialistPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-technical-specialist-preparation";

  @Override
  protected String processResource() {
    return "processes/niko/technical-specialist-preparation.bpmn";
  }

  @Test
  void specialistPreparesVideoSurveillanceWhenTheSchoolUsesIt() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "videoSurveillance", "yes"));

    assertThat(task(preparation)).hasCandidateGroup("niko-technical-specialist");
    fill(preparation, "Task_StudyRequirements", Map.of("videoSurveillance", "yes"));
    assertThat(preparation).isWaitingAtExactly("Task_CheckComputers", "Task_SupportRegistration",
        "Task_PrepareVideoSurveillance");
    fill(preparation, "Task_PrepareVideoSurveillance", Map.of("nikoTechCamerasCount", 4L));
    fillAll(preparation, "Task_CheckComputers", "Task_SupportRegistration");

    assertThat(preparation).isEnded().hasPassed("Task_PrepareVideoSurveillance", "EndEvent_TechnicallyPrepared")
        .variables().containsEntry("nikoTechCamerasCount", 4L);
  }

  @Test
  void noVideoSurveillanceIsPreparedWhenTheSchoolDoesNotUseIt() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", NIKO_SCHOOL);
    fill(preparation, "Task_StudyRequirements", Map.of("videoSurveillance", "no"));
    fillAll(preparation, "Task_CheckComputers", "Task_SupportRegistration");

    assertThat(preparation).isEnded().hasNotPassed("Task_PrepareVideoSurveillance")
        .hasPassed("EndEvent_TechnicallyPrepared");
  }
}
