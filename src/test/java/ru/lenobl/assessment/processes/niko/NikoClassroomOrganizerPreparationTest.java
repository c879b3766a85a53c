package ru.lenobl.assessment.processes.niko;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории (НИКО), «Подготовка» (NIKO-ORG-PREP-1…2). */
class NikoClassroomOrganizerPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "niko-classroom-organizer-preparation";

  @Override
  protected String processResource() {
    return "processes/niko/classroom-organizer-preparation.bpmn";
  }

  @Test
  void organizerStudiesTheRegulationsAndNotesTheStudyDate() {
    ProcessInstance preparation = start(PROCESS, "NIKO-2026/mun-tosno/school-9901", with(NIKO_SCHOOL, "room", "Каб. 31"));

    assertThat(task(preparation)).hasCandidateGroup("niko-classroom-organizer");
    fillAll(preparation, "Task_StudyRegulations", "Task_NoteStudyDate");

    assertThat(preparation).isEnded().hasPassed("EndEvent_OrganizerPrepared")
        .variables().containsEntry("nikoOrgStudyDateNoted", true);
  }
}
