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

/** Памятка руководителя ОО, «Проведение ВПР» (VPR-HEAD-CONDUCT-1…3), с подтверждением наблюдателя. */
class SchoolHeadConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-school-head-conduct";

  @Override
  protected String processResource() {
    return "processes/vpr/school-head-conduct.bpmn";
  }

  @Test
  void headAdmitsTheObserverWhoConfirmsAttendanceWhileTheHeadKeepsTheWorkSecureAndStaffed() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4);

    fill(conduct, "Task_ControlEntry", Map.of("headObserversAdmittedCount", 1L));
    assertThat(conduct).isWaitingAtExactly("Task_ConfirmObserverAttendance", "Task_EnsureInformationSecurity",
        "Task_EnsureStaffAttendance");
    assertThat(task("Task_ConfirmObserverAttendance", conduct)).hasCandidateGroup("vpr-observer");
    fill(conduct, "Task_ConfirmObserverAttendance", Map.of("observerViolationsNoticed", "no"));
    fillAll(conduct, "Task_EnsureInformationSecurity", "Task_EnsureStaffAttendance");

    assertThat(conduct).isEnded().hasPassed("EndEvent_WorkHeld")
        .variables().containsEntry("observerAttended", "yes").containsEntry("headObserversAdmittedCount", 1L);
  }

  @Test
  void workFinishesWhenNoObserverCame() {
    ProcessInstance conduct = start(PROCESS, RUSSIAN_4);

    // No representative of the municipality and no observer came: «Нет» and 0 are accepted and recorded.
    fill(conduct, "Task_ControlEntry", Map.of("headMunicipalRepresentativeAdmitted", "no", "headObserversAdmittedCount", 0L));
    assertThat(conduct).isWaitingAt("Task_EnsureInformationSecurity", "Task_EnsureStaffAttendance")
        .isNotWaitingAt("Task_ConfirmObserverAttendance");
    fill(conduct, "Task_EnsureInformationSecurity", Map.of("headInformationSecurityEnsured", "no"));
    fill(conduct, "Task_EnsureStaffAttendance");

    assertThat(conduct).isEnded().hasNotPassed("Task_ConfirmObserverAttendance").hasPassed("EndEvent_WorkHeld")
        .variables().containsEntry("headMunicipalRepresentativeAdmitted", "no")
        .containsEntry("headInformationSecurityEnsured", "no").doesNotContainKey("observerAttended");
  }
}
