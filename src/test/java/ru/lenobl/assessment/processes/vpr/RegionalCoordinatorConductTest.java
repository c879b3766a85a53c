package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Инструкция регионального координатора, проведение (VPR-REG-CONDUCT-4). */
class RegionalCoordinatorConductTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-regional-coordinator-conduct";

  static final OffsetDateTime FIRST_WORK = OffsetDateTime.parse("2027-04-20T09:00:00+03:00");
  static final OffsetDateTime WINDOW_ENDS = OffsetDateTime.parse("2027-05-20T23:59:00+03:00");

  static final Map<String, Object> REGION = Map.of("campaignId", "VPR-2027", "form", "paper",
      "regionFirstWorkStartsAt", FIRST_WORK.toString(), "windowEndsAt", WINDOW_ENDS.toString());

  @Override
  protected String processResource() {
    return "processes/vpr/regional-coordinator-conduct.bpmn";
  }

  @Test
  void regionalConductTaskOpensAtTheFirstWorkInTheRegion() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027", REGION);

    assertThat(conduct).as("nothing to close before the first work").isWaitingAtExactly("Timer_FirstWork");
    org.assertj.core.api.Assertions.assertThat(openTasks(conduct)).isZero();
    org.assertj.core.api.Assertions.assertThat(timer(conduct, "Timer_FirstWork").getDuedate()).isEqualTo(date(FIRST_WORK));

    fire(conduct, "Timer_FirstWork");
    assertThat(conduct).isWaitingAtExactly("Task_InformAndControlSchools");
    assertThat(task(conduct)).hasCandidateGroup("vpr-regional-coordinator");
    org.assertj.core.api.Assertions.assertThat(task(conduct).getDueDate()).as("VPR-REG-CONDUCT-4: the end of the window")
        .isEqualTo(date(WINDOW_ENDS));
  }

  @Test
  void theControlOfTheConductLastsUntilTheEndOfTheWindow() {
    ProcessInstance conduct = start(PROCESS, "VPR-2027", REGION);
    fire(conduct, "Timer_FirstWork");

    fill(conduct, "Task_InformAndControlSchools", Map.of("regSchoolsInformedCount", 400L, "regConductViolations", "no"));
    assertThat(conduct).as("the conduct phase is not over on the first day").isWaitingAtExactly("Timer_WindowEnds");
    org.assertj.core.api.Assertions.assertThat(timer(conduct, "Timer_WindowEnds").getDuedate()).isEqualTo(date(WINDOW_ENDS));

    fire(conduct, "Timer_WindowEnds");
    assertThat(conduct).isEnded().hasPassed("EndEvent_WorksHeld")
        .variables().containsEntry("regSchoolsInformedCount", 400L);
  }
}
