package ru.lenobl.assessment.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;

/**
 * Every user task of every model has a due date source the engine resolves: its own {@code camunda:dueDate}, or a
 * {@code memoItem} whose entry in memos/timing.json has an anchor {@link TaskContextPlugin} knows, or a
 * {@code dueAnchor} (with an optional {@code dueOffset}) it knows.
 */
class EveryUserTaskHasADueDateSourceTest {

  final MemoTiming timing = MemoTiming.load();

  @Test
  void everyUserTaskOfEveryModelHasADueDateSource() {
    List<String> problems = new ArrayList<>();
    int tasks = 0;
    for (ModelResource model : new ClasspathModels().processes()) {
      BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model.content()));
      tasks += instance.getModelElementsByType(UserTask.class).size();
      problems.addAll(problems(model.name(), instance));
    }
    assertThat(tasks).isEqualTo(141);
    assertThat(problems).isEmpty();
  }

  @Test
  void theTasksWithoutAMemoActionNameTheirAnchor() {
    Map<String, String> anchors = new LinkedHashMap<>();
    for (ModelResource model : new ClasspathModels().processes()) {
      BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model.content()));
      for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
        Map<String, String> properties = properties(task);
        if (!properties.containsKey("memoItem")) {
          anchors.put(task.getId() + "@" + model.name(), properties.get("dueAnchor"));
        }
      }
    }
    assertThat(anchors).hasSize(20).doesNotContainValue(null)
        .containsEntry("Task_EscalateResponsiblePreparation@processes/niko/school.bpmn", "created")
        .containsEntry("Task_EscalateResponsibleConduct@processes/niko/study.bpmn", "created")
        .containsEntry("Task_EscalateResultsOverdue@processes/vpr/school-coordinator-completion.bpmn", "created")
        .containsEntry("Task_EscalatePreparationOverdue@processes/vpr/municipal-coordinator-preparation.bpmn", "created")
        .containsEntry("Task_EscalateMaterialsOverdue@processes/vpr/school-coordinator-work-preparation.bpmn", "created")
        .containsEntry("Task_EscalatePreparationOverdue@processes/vpr/school-head-preparation.bpmn", "created")
        .containsEntry("Task_EscalatePreparationOverdue@processes/vpr/technical-specialist-preparation.bpmn", "created")
        .containsEntry("Task_EscalateWorkPreparationOverdue@processes/vpr/technical-specialist-work-preparation.bpmn",
            "created")
        .containsEntry("Task_ConductReserveSession@processes/vpr/work.bpmn", "reserve-date")
        .doesNotContainKey("Task_ResolveNoReserveDate@processes/vpr/work.bpmn");
  }

  @Test
  void aTaskWithoutSourceOrWithAnUnknownAnchorIsReported() {
    String xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Broken" targetNamespace="test">
          <bpmn:process id="broken" isExecutable="true">
            <bpmn:userTask id="Task_NoSource" name="Без срока" />
            <bpmn:userTask id="Task_UnknownMemo" name="Неизвестное действие">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="memoItem" value="VPR-SCH-PREP-99" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Task_UnknownAnchor" name="Неизвестная точка отсчёта">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="dueAnchor" value="first-lesson" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Task_BadOffset" name="Плохое смещение">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="dueAnchor" value="created" />
                <camunda:property name="dueOffset" value="1 day" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Task_Memo" name="Известное действие">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="memoItem" value="VPR-SCH-PREP-2, VPR-SCH-PREP-99" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="Task_OwnDueDate" name="Свой срок" camunda:dueDate="${workStartsAt}" />
          </bpmn:process>
        </bpmn:definitions>
        """;
    BpmnModelInstance broken = Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    assertThat(problems("broken.bpmn", broken)).containsExactly(
        "broken.bpmn#Task_NoSource: no camunda:dueDate, memoItem or dueAnchor",
        "broken.bpmn#Task_UnknownMemo: memoItem VPR-SCH-PREP-99 has no due date in memos/timing.json",
        "broken.bpmn#Task_UnknownAnchor: unknown due anchor «first-lesson»",
        "broken.bpmn#Task_BadOffset: not an ISO-8601 offset: «1 day»");
  }

  List<String> problems(String name, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      String where = name + "#" + task.getId();
      if (task.getCamundaDueDate() != null && !task.getCamundaDueDate().isBlank()) {
        continue;
      }
      Map<String, String> properties = properties(task);
      String memoItem = properties.get("memoItem");
      String anchor = properties.get("dueAnchor");
      String offset = properties.get("dueOffset");
      if (memoItem != null) {
        String first = memoItem.split(",")[0].trim();
        MemoTiming.Due due = timing.dueOf(first);
        if (due == null) {
          problems.add(where + ": memoItem " + first + " has no due date in memos/timing.json");
          continue;
        }
        anchor = due.anchor();
        offset = due.offset();
      } else if (anchor == null) {
        problems.add(where + ": no camunda:dueDate, memoItem or dueAnchor");
        continue;
      }
      try {
        DueRule.of(anchor, offset);
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    return problems;
  }

  static Map<String, String> properties(UserTask task) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (task.getExtensionElements() == null) {
      return properties;
    }
    for (CamundaProperties list : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty property : list.getCamundaProperties()) {
        properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
      }
    }
    return properties;
  }
}
