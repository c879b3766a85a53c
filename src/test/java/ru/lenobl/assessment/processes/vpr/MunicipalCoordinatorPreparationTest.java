package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка муниципального координатора, «Подготовка к ВПР» (VPR-MUN-PREP-1…6). */
class MunicipalCoordinatorPreparationTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-municipal-coordinator-preparation";

  @Override
  protected String processResource() {
    return "processes/vpr/municipal-coordinator-preparation.bpmn";
  }

  @Test
  void municipalCoordinatorPreparesTheMunicipalityInParallelAfterStudyingTheRegulations() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno", TOSNO);

    assertThat(preparation).isWaitingAtExactly("Task_StudyRegulations");
    assertThat(task(preparation)).hasCandidateGroup("vpr-municipal-coordinator");
    fill(preparation, "Task_StudyRegulations");
    assertThat(preparation).isWaitingAtExactly("Task_ExchangeSchoolData", "Task_InformPublic", "Task_FormObserverPool",
        "Task_EnsureInformationSecurity");

    // Observers are informed only once the pool of observers is formed.
    fill(preparation, "Task_FormObserverPool", Map.of("munObserversCount", 40L));
    assertThat(preparation).isWaitingAt("Task_InformObservers");
    fillAll(preparation, "Task_InformObservers", "Task_ExchangeSchoolData", "Task_InformPublic",
        "Task_EnsureInformationSecurity");

    assertThat(preparation).isEnded().hasPassed("EndEvent_MunicipalityPrepared")
        .variables().containsEntry("munObserversCount", 40L).containsEntry("munObserversIndependent", true);
  }

  @Test
  void anObserverPoolIsRefusedWithoutConfirmingTheObserversAreIndependent() {
    ProcessInstance preparation = start(PROCESS, "VPR-2027/mun-tosno", TOSNO);
    fill(preparation, "Task_StudyRegulations");
    String pool = task("Task_FormObserverPool", preparation).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(pool, Map.of("munObserversCount", 40L)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("munObserversIndependent");
    assertThat(preparation).isWaitingAt("Task_FormObserverPool");
  }
}
