package ru.lenobl.assessment.processes.vpr;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
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

  @Override
  protected String processResource() {
    return "processes/vpr/regional-coordinator-completion.bpmn";
  }

  @Test
  void computerFormAddsTheMonitoringOfRemoteCheckingAndAQuestionGoesToTheForum() {
    ProcessInstance completion = start(PROCESS, "VPR-2027", Map.of("campaignId", "VPR-2027", "form", "computer"));

    assertThat(completion).isWaitingAtExactly("Task_MonitorResultsUpload", "Task_MonitorContextData",
        "Task_MonitorExpertChecking");
    fillAll(completion, "Task_MonitorResultsUpload", "Task_MonitorContextData", "Task_MonitorExpertChecking");
    fill(completion, "Task_GetAnalytics", Map.of("regForumQuestionNeeded", "yes"));
    fill(completion, "Task_AskSupportForum", Map.of("regForumQuestion", "Сроки публикации отчётов по 11 классам"));

    assertThat(completion).isEnded().hasPassed("Task_MonitorExpertChecking", "Task_AskSupportForum",
        "EndEvent_CampaignAnalysed").variables().containsEntry("regForumAnswerReceived", true);
  }

  @Test
  void paperFormAndNoQuestionSkipBothConditionalActions() {
    ProcessInstance completion = start(PROCESS, "VPR-2027", Map.of("campaignId", "VPR-2027", "form", "paper"));
    fillAll(completion, "Task_MonitorResultsUpload", "Task_MonitorContextData");
    fill(completion, "Task_GetAnalytics", Map.of("regForumQuestionNeeded", "no"));

    assertThat(completion).isEnded().hasNotPassed("Task_MonitorExpertChecking", "Task_AskSupportForum")
        .hasPassed("EndEvent_CampaignAnalysed");
  }
}
