package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Инструкция регионального координатора, завершение (VPR-REG-COMPLETE-7…11). */
class RegionalCoordinatorCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-regional-coordinator-completion";

  static final OffsetDateTime FIRST_WORK = OffsetDateTime.parse("2027-04-20T09:00:00+03:00");
  static final OffsetDateTime LAST_RESULTS_DUE = OffsetDateTime.parse("2027-05-07T23:59:00+03:00");

  static Map<String, Object> region(String form) {
    return Map.of("campaignId", "VPR-2027", "form", form, "regionFirstWorkStartsAt", FIRST_WORK.toString(),
        "lastResultsDueAt", LAST_RESULTS_DUE.toString(), "regResultsUploadedCount", 0);
  }

  @Override
  protected String processResource() {
    return "processes/vpr/regional-coordinator-completion.bpmn";
  }

  @Test
  void regionMonitorsUploadsWhileSchoolsAreStillWorking() {
    ProcessInstance completion = start(PROCESS, "VPR-2027", region("paper"));
    assertThat(completion).isWaitingAtExactly("Timer_FirstWork");
    org.assertj.core.api.Assertions.assertThat(timer(completion, "Timer_FirstWork").getDuedate()).isEqualTo(date(FIRST_WORK));

    fire(completion, "Timer_FirstWork");
    assertThat(completion).isWaitingAt("Task_MonitorResultsUpload", "Task_MonitorContextData");
    org.assertj.core.api.Assertions.assertThat(openTasks(completion)).isEqualTo(2);
    Task monitoring = task("Task_MonitorResultsUpload", completion);
    org.assertj.core.api.Assertions.assertThat(monitoring.getDueDate()).as("VPR-REG-COMPLETE-7: the last results due")
        .isEqualTo(date(LAST_RESULTS_DUE));

    deliver(completion, "results-uploaded");
    deliver(completion, "results-uploaded");
    org.assertj.core.api.Assertions.assertThat(ClockUtil.getCurrentTime()).isBefore(date(LAST_RESULTS_DUE));
    org.assertj.core.api.Assertions.assertThat(engine.getTaskService().getVariable(monitoring.getId(), "regResultsUploadedCount"))
        .as("prefilled in «Контролировать загрузку форм результатов»").isEqualTo(2L);

    fillAll(completion, "Task_MonitorResultsUpload", "Task_MonitorContextData");
    assertThat(completion).isWaitingAtExactly("Timer_LastResultsDue");
    org.assertj.core.api.Assertions.assertThat(timer(completion, "Timer_LastResultsDue").getDuedate())
        .isEqualTo(date(LAST_RESULTS_DUE));
  }

  @Test
  void computerFormAddsTheMonitoringOfRemoteCheckingAndAQuestionGoesToTheForum() {
    ProcessInstance completion = start(PROCESS, "VPR-2027", region("computer"));
    fire(completion, "Timer_FirstWork");

    assertThat(completion).isWaitingAtExactly("Task_MonitorResultsUpload", "Task_MonitorContextData",
        "Task_MonitorExpertChecking");
    fillAll(completion, "Task_MonitorResultsUpload", "Task_MonitorContextData", "Task_MonitorExpertChecking");
    fire(completion, "Timer_LastResultsDue");
    fill(completion, "Task_GetAnalytics", Map.of("regForumQuestionNeeded", "yes"));
    fill(completion, "Task_AskSupportForum", Map.of("regForumQuestion", "Сроки публикации отчётов по 11 классам"));

    assertThat(completion).isEnded().hasPassed("Task_MonitorExpertChecking", "Task_AskSupportForum",
        "EndEvent_CampaignAnalysed").variables().containsEntry("regForumAnswerReceived", true);
  }

  @Test
  void paperFormAndNoQuestionSkipBothConditionalActions() {
    ProcessInstance completion = start(PROCESS, "VPR-2027", region("paper"));
    fire(completion, "Timer_FirstWork");
    fillAll(completion, "Task_MonitorResultsUpload", "Task_MonitorContextData");
    fire(completion, "Timer_LastResultsDue");
    fill(completion, "Task_GetAnalytics", Map.of("regForumQuestionNeeded", "no"));

    assertThat(completion).isEnded().hasNotPassed("Task_MonitorExpertChecking", "Task_AskSupportForum")
        .hasPassed("EndEvent_CampaignAnalysed");
  }
}
