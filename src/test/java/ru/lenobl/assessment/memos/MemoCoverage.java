package ru.lenobl.assessment.memos;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import ru.lenobl.assessment.deployment.ModelResource;

/**
 * Checks models against the memo catalog: every user task has a name, a candidate group and an existing Camunda
 * Form; every {@code memoItem} is a catalog id; and which catalog actions are modelled.
 */
final class MemoCoverage {

  private final Map<String, List<String>> modelled = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();

  MemoCoverage(MemoCatalog catalog, Collection<ModelResource> processes, Set<String> formIds) {
    for (ModelResource process : processes) {
      BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(process.content()));
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        check(process.name() + "#" + task.getId(), task, catalog, formIds);
      }
    }
  }

  private void check(String where, UserTask task, MemoCatalog catalog, Set<String> formIds) {
    for (String memoItem : memoItems(task)) {
      modelled.computeIfAbsent(memoItem, id -> new ArrayList<>()).add(where);
      if (!catalog.ids().contains(memoItem)) {
        problems.add(where + ": memoItem " + memoItem + " is not in the catalog");
      }
    }
    if (task.getName() == null || task.getName().isBlank()) {
      problems.add(where + ": no name");
    }
    if (task.getCamundaCandidateGroups() == null || task.getCamundaCandidateGroups().isBlank()) {
      problems.add(where + ": no candidate group");
    }
    String formRef = task.getCamundaFormRef();
    if (formRef == null) {
      problems.add(where + ": no Camunda Form (camunda:formRef)");
    } else if (!formIds.contains(formRef)) {
      problems.add(where + ": form " + formRef + " is not in forms/");
    }
  }

  private static List<String> memoItems(UserTask task) {
    List<String> items = new ArrayList<>();
    for (CamundaProperty property : task.getModelInstance().getModelElementsByType(CamundaProperty.class)) {
      boolean ofThisTask = property.getParentElement() != null
          && property.getParentElement().getParentElement() != null
          && property.getParentElement().getParentElement().getParentElement() == task;
      if (ofThisTask && "memoItem".equals(property.getCamundaName())) {
        for (String item : property.getCamundaValue().split(",")) {
          if (!item.isBlank()) {
            items.add(item.trim());
          }
        }
      }
    }
    return items;
  }

  List<String> problems() {
    return problems;
  }

  Set<String> modelled() {
    return modelled.keySet();
  }

  /** The expected actions that no user task carries. */
  List<String> missing(Collection<String> expected) {
    return expected.stream().filter(id -> !modelled.containsKey(id)).toList();
  }
}
