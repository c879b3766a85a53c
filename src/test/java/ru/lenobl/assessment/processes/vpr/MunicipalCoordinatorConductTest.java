package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка муниципального координатора, «Проведение ВПР» (VPR-MUN-CONDUCT-1…2). */
class MunicipalCoordinatorConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-municipal-coordinator-conduct";

  @Override
  protected String processResource() {
    return "processes/vpr/municipal-coordinator-conduct.bpmn";
  }

  @Test
  void municipalCoordinatorSendsRepresentativesAndReportsAProcedureWithoutViolations() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027/mun-tosno", TOSNO);

    fill(conduct, "Task_SendRepresentatives", Map.of("munRepresentativesCount", 12L));
    fill(conduct, "Task_EnsureProcedure", Map.of("munProcedureViolations", "no"));

    assertThat(conduct).isEnded().hasPassedInOrder("Task_SendRepresentatives", "Task_EnsureProcedure",
        "EndEvent_ProcedureEnsured")
        .variables().containsEntry("munRepresentativesCount", 12L).containsEntry("munProcedureViolations", "no");
  }

  @Test
  void violationsInASchoolAreRecordedWithTheMeasuresTaken() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027/mun-tosno", TOSNO);
    fill(conduct, "Task_SendRepresentatives");
    fill(conduct, "Task_EnsureProcedure", Map.of("munProcedureViolations", "yes",
        "munProcedureViolationsDescription", "ОО 9901, математика 5 класс: работа начата на 20 минут позже"));

    assertThat(conduct).isEnded().variables()
        .containsEntry("munProcedureViolations", "yes").containsKey("munProcedureViolationsDescription");
  }
}
