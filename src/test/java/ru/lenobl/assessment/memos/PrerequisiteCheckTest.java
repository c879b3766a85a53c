package ru.lenobl.assessment.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.memos.MemoActionModels.MemoTask;

/**
 * The graph check behind «after»: a prerequisite counts only when it is done on every path to the task, within one
 * process, through the order of call activities, or through a hand-off message thrown after it; levels come from
 * the multi-instance call activities.
 */
class PrerequisiteCheckTest {

  static final String HEADER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D_%s" targetNamespace="test">
      """;

  static String task(String id, String memo) {
    return "<bpmn:userTask id=\"" + id + "\"><bpmn:extensionElements><camunda:properties>"
        + "<camunda:property name=\"memoItem\" value=\"" + memo + "\" /></camunda:properties></bpmn:extensionElements>"
        + "</bpmn:userTask>";
  }

  static String flow(String id, String from, String to) {
    return "<bpmn:sequenceFlow id=\"" + id + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\" />";
  }

  static ModelResource model(String name, String body) {
    return new ModelResource(name, (HEADER.formatted(name.replaceAll("\\W", "")) + body + "</bpmn:definitions>")
        .getBytes(StandardCharsets.UTF_8));
  }

  final MemoActionModels models = new MemoActionModels(List.of(
      model("test-campaign.bpmn", """
          <bpmn:process id="test-campaign" isExecutable="true">
            <bpmn:startEvent id="Start" />
            <bpmn:parallelGateway id="Fork" />
            %s %s
            <bpmn:callActivity id="Call_Works" calledElement="test-work">
              <bpmn:multiInstanceLoopCharacteristics camunda:collection="${school.works}" camunda:elementVariable="work" />
            </bpmn:callActivity>
            <bpmn:parallelGateway id="Join" />
            %s
            <bpmn:endEvent id="End" />
            %s %s %s %s %s %s %s %s
          </bpmn:process>
          <bpmn:message id="M" name="x-done" />
          """.formatted(task("Task_A", "T-A"), task("Task_B", "T-B"), task("Task_D", "T-D"),
          flow("f1", "Start", "Task_A"), flow("f2", "Task_A", "Fork"), flow("f3", "Fork", "Task_B"),
          flow("f4", "Fork", "Call_Works"), flow("f5", "Task_B", "Join"), flow("f6", "Call_Works", "Join"),
          flow("f7", "Join", "Task_D"), flow("f8", "Task_D", "End"))),
      model("test-work.bpmn", """
          <bpmn:process id="test-work" isExecutable="true">
            <bpmn:startEvent id="Start" />
            %s
            <bpmn:intermediateThrowEvent id="Throw"><bpmn:messageEventDefinition messageRef="M" /></bpmn:intermediateThrowEvent>
            <bpmn:receiveTask id="Receive" messageRef="M" />
            %s
            <bpmn:endEvent id="End" />
            %s %s %s %s %s
          </bpmn:process>
          <bpmn:message id="M" name="x-done" />
          """.formatted(task("Task_W", "T-W"), task("Task_After", "T-AFTER"),
          flow("f1", "Start", "Task_W"), flow("f2", "Task_W", "Throw"), flow("f3", "Throw", "Receive"),
          flow("f4", "Receive", "Task_After"), flow("f5", "Task_After", "End")))));

  MemoTask task(String memoId) {
    return models.tasksByAction().get(memoId).get(0);
  }

  @Test
  void aTaskAfterAParallelJoinFollowsBothBranchesButABranchDoesNotFollowTheOther() {
    assertThat(models.problems()).isEmpty();
    assertThat(models.howDoneBefore(task("T-D"), "T-B")).contains("after T-B in test-campaign");
    assertThat(models.howDoneBefore(task("T-D"), "T-W")).contains("after Call_Works (test-work) in test-campaign");
    assertThat(models.howDoneBefore(task("T-B"), "T-A")).isNotNull();
    assertThat(models.howDoneBefore(task("T-B"), "T-W")).isNull();
    assertThat(models.howDoneBefore(task("T-A"), "T-B")).isNull();
  }

  @Test
  void aTaskAfterACatchOfAHandOffFollowsTheActionThatThrowsIt() {
    assertThat(models.howDoneBefore(task("T-AFTER"), "T-W")).isNotNull();
    assertThat(models.howDoneBefore(task("T-W"), "T-AFTER")).isNull();
  }

  @Test
  void theLevelIsTheInnermostMultiInstanceOnTheWayFromTheCampaign() {
    Map<String, List<MemoTask>> tasks = models.tasksByAction();
    assertThat(tasks.get("T-A").get(0).levels()).containsExactly("region");
    assertThat(tasks.get("T-W").get(0).levels()).containsExactly("work");
  }
}
