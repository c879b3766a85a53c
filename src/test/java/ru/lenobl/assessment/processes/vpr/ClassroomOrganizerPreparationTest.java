package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории, «Подготовка к ВПР» (VPR-ORG-PREP-1…2). */
class ClassroomOrganizerPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-classroom-organizer-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/classroom-organizer-preparation.bpmn";
  }

  @Test
  void organizerStudiesTheRegulationsThenTheSchedule() {
    ProcessInstance preparation = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12", with(RUSSIAN_4.variables(), "classroom", "Каб. 12"));

    assertThat(task(preparation)).hasCandidateGroup("vpr-classroom-organizer");
    fillAll(preparation, "Task_StudyRegulations", "Task_ReadSchedule");

    assertThat(preparation).isEnded().hasPassedInOrder("Task_StudyRegulations", "Task_ReadSchedule",
        "EndEvent_OrganizerPrepared").variables().containsEntry("orgScheduleRead", true);
  }
}
