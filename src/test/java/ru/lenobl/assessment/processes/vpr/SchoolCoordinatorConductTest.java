package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка школьного координатора, «Проведение ВПР» (VPR-SCH-CONDUCT-1…4). */
class SchoolCoordinatorConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-coordinator-conduct";

  @Override
  protected String processResource() {
    return "processes/vpr/school-coordinator-conduct.bpmn";
  }

  @Test
  void schoolCoordinatorConductsTheWorkWithoutViolations() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4);

    assertThat(conduct).isWaitingAtExactly("Task_CheckClassroomsReady");
    assertThat(task(conduct)).hasCandidateGroup("vpr-school-coordinator");
    fillAll(conduct, "Task_CheckClassroomsReady", "Task_BriefStaff", "Task_IssueMaterials");
    fill(conduct, "Task_MonitorProcedure", Map.of("procedureViolations", "no"));

    assertThat(conduct).isEnded()
        .hasPassedInOrder("Task_CheckClassroomsReady", "Task_BriefStaff", "Task_IssueMaterials", "Task_MonitorProcedure",
            "EndEvent_WorkConducted")
        .variables().containsEntry("procedureViolations", "no");
  }

  @Test
  void violationsOfTheProcedureAreRecordedWithTheirDescription() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4);
    fillAll(conduct, "Task_CheckClassroomsReady", "Task_BriefStaff", "Task_IssueMaterials");
    fill(conduct, "Task_MonitorProcedure", Map.of("procedureViolations", "yes",
        "procedureViolationsDescription", "Ауд. 12: участник с кодом 10021 пользовался телефоном, работа изъята"));

    assertThat(conduct).isEnded().variables()
        .containsEntry("procedureViolations", "yes")
        .containsKey("procedureViolationsDescription");
  }

  @Test
  void monitoringIsRefusedWithoutAnAnswerAboutViolations() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4);
    fillAll(conduct, "Task_CheckClassroomsReady", "Task_BriefStaff", "Task_IssueMaterials");
    Task monitor = task(conduct);

    assertThatThrownBy(() -> engine.getTaskService().complete(monitor.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("procedureViolations");
    assertThatThrownBy(() -> engine.getTaskService().complete(monitor.getId(), Map.of("procedureViolations", "maybe")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("допустимые значения: yes, no");
    assertThat(conduct).isWaitingAtExactly("Task_MonitorProcedure");
  }
}
