package ru.lenobl.assessment.memos;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EscalationEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import ru.lenobl.assessment.deployment.ModelResource;

/**
 * The project's models read as the memo actions they carry: for each user task with a {@code memoItem}, its process,
 * the level it runs at (from the call hierarchy from the campaigns down, refined by multi-instance), its due date
 * source, who gets it, and whether a given memo action is done before it opens (a graph check over sequence flows,
 * call activities and hand-off messages).
 */
final class MemoActionModels {

  /**
   * What each multi-instance collection of the models iterates over, as a level of {@code timing.json}'s {@code per}
   * (or a level of its own, when the models iterate over something the table has no level for).
   */
  static final Map<String, String> LEVEL_OF_COLLECTION = Map.ofEntries(
      Map.entry("${municipalities}", "municipality"),
      Map.entry("${municipality.schools}", "school"),
      Map.entry("${school.works}", "work"),
      Map.entry("${campaignPlan.worksOf(execution)}", "work"),
      Map.entry("${classrooms}", "classroom"),
      Map.entry("${schoolStaff.classroomsOf(execution)}", "classroom"),
      Map.entry("${schoolStaff.organizersOf(execution.processBusinessKey)}", "organizer"),
      Map.entry("${municipality.subjects}", "municipality-subject"),
      Map.entry("${schools}", "school"),
      Map.entry("${studies}", "grade"),
      Map.entry("${rooms}", "classroom"),
      Map.entry("${study.rooms}", "classroom"));

  /**
   * The marks {@code HandOffSender} leaves on the processes of a work together with a hand-off, for processes that
   * start after the hand-off may have been sent: a flow conditioned on {@code ${execution.hasVariable('<mark>')}}
   * is taken only after the hand-off, like a catch of its message.
   */
  static final Map<String, String> MESSAGE_OF_MARK = Map.of(
      "workResultsUploaded", "results-uploaded",
      "workStatisticalReportObtained", "statistical-report-obtained");

  /** A user task that carries one or more memo actions. */
  record MemoTask(String file, String processKey, String taskId, String name, List<String> memoIds, Set<String> levels,
      String ownDueDate, Map<String, String> properties, String candidateGroups, String assignee) {

    String where() {
      return file + "#" + taskId;
    }
  }

  /** One step of a call chain: a node (call activity, or the task itself) of a process. */
  record Step(String processKey, String nodeId) {
  }

  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, String> fileOf = new HashMap<>();
  /** For each process key, every chain of call activities from a campaign down to it. */
  private final Map<String, List<List<Step>>> chainsOf = new LinkedHashMap<>();
  private final Map<String, Set<String>> levelsOf = new LinkedHashMap<>();
  private final List<MemoTask> tasks = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  MemoActionModels(Collection<ModelResource> models) {
    for (ModelResource model : models) {
      BpmnModelInstance instance = Bpmn.readModelFromStream(new ByteArrayInputStream(model.content()));
      for (Process process : instance.getModelElementsByType(Process.class)) {
        processes.put(process.getId(), process);
        fileOf.put(process.getId(), model.name());
      }
    }
    Set<String> called = new HashSet<>();
    processes.values().forEach(p -> p.getModelInstance().getModelElementsByType(CallActivity.class).stream()
        .filter(c -> p.equals(processOf(c))).forEach(c -> called.add(c.getCalledElement())));
    for (String key : processes.keySet()) {
      if (!called.contains(key)) {
        if (key.endsWith("-campaign")) {
          descend(key, "region", new ArrayList<>());
        } else {
          problems.add(fileOf.get(key) + ": process " + key + " is neither a campaign nor called by any model");
        }
      }
    }
    for (Process process : processes.values()) {
      for (UserTask task : process.getModelInstance().getModelElementsByType(UserTask.class)) {
        if (!process.equals(processOf(task))) {
          continue;
        }
        Map<String, String> properties = properties(task);
        String memoItem = properties.get("memoItem");
        if (memoItem == null || memoItem.isBlank()) {
          continue;
        }
        List<String> ids = new ArrayList<>();
        for (String id : memoItem.split(",")) {
          if (!id.isBlank()) {
            ids.add(id.trim());
          }
        }
        Set<String> levels = new LinkedHashSet<>();
        for (String processLevel : levelsOf.getOrDefault(process.getId(), Set.of())) {
          levels.add(levelAt(task, processLevel));
        }
        tasks.add(new MemoTask(fileOf.get(process.getId()), process.getId(), task.getId(), task.getName(), ids, levels,
            task.getCamundaDueDate(), properties, task.getCamundaCandidateGroups(), task.getCamundaAssignee()));
      }
    }
  }

  private void descend(String key, String level, List<Step> chain) {
    if (chain.size() > 12 || !processes.containsKey(key)) {
      if (!processes.containsKey(key)) {
        problems.add("a call activity calls " + key + ", which no model defines");
      }
      return;
    }
    chainsOf.computeIfAbsent(key, k -> new ArrayList<>()).add(List.copyOf(chain));
    levelsOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(level);
    Process process = processes.get(key);
    for (CallActivity call : process.getModelInstance().getModelElementsByType(CallActivity.class)) {
      if (!process.equals(processOf(call))) {
        continue;
      }
      List<Step> next = new ArrayList<>(chain);
      next.add(new Step(key, call.getId()));
      descend(call.getCalledElement(), levelAt(call, level), next);
    }
  }

  /** The level of a node: that of the innermost multi-instance around it (itself included), else its process's. */
  private String levelAt(FlowNode node, String processLevel) {
    ModelElementInstance element = node;
    while (element != null && !(element instanceof Process)) {
      if (element instanceof Activity activity
          && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics mi) {
        String collection = mi.getCamundaCollection();
        String level = LEVEL_OF_COLLECTION.get(collection);
        if (level == null) {
          problems.add(fileOf.get(processOf(node).getId()) + "#" + activity.getId() + ": multi-instance over "
              + collection + ", which MemoActionModels.LEVEL_OF_COLLECTION does not name a level for");
          return "?";
        }
        return level;
      }
      element = element.getParentElement();
    }
    return processLevel;
  }

  List<MemoTask> tasks() {
    return tasks;
  }

  List<String> problems() {
    return problems;
  }

  /** The tasks of each memo action, by id. */
  Map<String, List<MemoTask>> tasksByAction() {
    Map<String, List<MemoTask>> byAction = new TreeMap<>();
    for (MemoTask task : tasks) {
      for (String id : task.memoIds()) {
        byAction.computeIfAbsent(id, k -> new ArrayList<>()).add(task);
      }
    }
    return byAction;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // "after": is a memo action done before a task opens?

  /**
   * How {@code prerequisite} is done before {@code task} opens on every path, in every call chain that reaches the
   * task's process; {@code null} if on some path or in some chain it is not. At each level of a chain (the task's own
   * process, then each calling process at the call activity that leads down to the task), the task (or call activity)
   * must be unreachable from the start once the following are removed: the prerequisite's user tasks in that
   * process, the call activities whose called processes (at any depth) hold one, and the message catches (catch
   * events, receive tasks, boundary events, message starts) whose message every sender throws only after the
   * prerequisite's task in its process.
   */
  String howDoneBefore(MemoTask task, String prerequisite) {
    return howDoneBefore(task.processKey(), task.taskId(), prerequisite, new HashSet<>());
  }

  /** As {@link #howDoneBefore(MemoTask, String)}, for any node of a process (a task, or a hand-off's throw). */
  private String howDoneBefore(String processKey, String nodeId, String prerequisite, Set<String> visiting) {
    String key = processKey + "#" + nodeId + " after " + prerequisite;
    List<List<Step>> chains = chainsOf.getOrDefault(processKey, List.of());
    if (chains.isEmpty()) {
      return null;
    }
    if (!visiting.add(key)) {
      return null;
    }
    // Hand-offs follow hand-offs: without remembering the answers, the search repeats itself exponentially. Answers
    // are remembered even when a cycle was cut while finding them (a cut counts as "not done before"): the search
    // order is fixed, so the answers are the same on every run, and a cut can only make a check stricter.
    if (answers.containsKey(key)) {
      visiting.remove(key);
      return answers.get(key).orElse(null);
    }
    String answer = null;
    try {
      answer = searchDoneBefore(processKey, nodeId, prerequisite, chains, visiting);
      return answer;
    } finally {
      visiting.remove(key);
      answers.put(key, Optional.ofNullable(answer));
    }
  }

  private final Map<String, Optional<String>> answers = new HashMap<>();

  private String searchDoneBefore(String processKey, String nodeId, String prerequisite, List<List<Step>> chains,
      Set<String> visiting) {
    {
      Set<String> ways = new LinkedHashSet<>();
      for (List<Step> chain : chains) {
        List<Step> steps = new ArrayList<>(chain);
        steps.add(new Step(processKey, nodeId));
        String way = null;
        for (int k = steps.size() - 1; k >= 0 && way == null; k--) {
          way = precededIn(steps.get(k), prerequisite, visiting);
        }
        if (way == null) {
          return null;
        }
        ways.add(way);
      }
      return String.join("; ", ways);
    }
  }

  private String precededIn(Step step, String prerequisite, Set<String> visiting) {
    Process process = processes.get(step.processKey());
    Map<String, String> blockers = new LinkedHashMap<>();
    for (FlowNode node : nodesOf(process)) {
      if (node instanceof UserTask userTask && memoIdsOf(userTask).contains(prerequisite)) {
        blockers.put(node.getId(), "after " + prerequisite + " in " + step.processKey());
      } else if (node instanceof CallActivity call && holds(call.getCalledElement(), prerequisite, new HashSet<>())) {
        blockers.put(node.getId(), "after " + call.getId() + " (" + call.getCalledElement() + ") in "
            + step.processKey());
      } else {
        String message = caughtMessage(node);
        if (message != null && messageFollows(message, prerequisite, visiting)) {
          blockers.put(node.getId(), "after the hand-off «" + message + "» in " + step.processKey());
        }
      }
    }
    if (blockers.isEmpty() || blockers.containsKey(step.nodeId())) {
      return null;
    }
    Set<String> blocked = new HashSet<>(blockers.keySet());
    for (SequenceFlow flow : process.getModelInstance().getModelElementsByType(SequenceFlow.class)) {
      String mark = markOf(flow);
      if (mark != null && process.equals(processOf(flow))
          && messageFollows(MESSAGE_OF_MARK.get(mark), prerequisite, visiting)) {
        blocked.add(flow.getId());
      }
    }
    Set<String> reached = reachable(process, blocked);
    return reached.contains(step.nodeId()) ? null : String.join(" / ", new LinkedHashSet<>(blockers.values()));
  }

  private boolean holds(String processKey, String memoId, Set<String> seen) {
    Process process = processes.get(processKey);
    if (process == null || !seen.add(processKey)) {
      return false;
    }
    for (FlowNode node : nodesOf(process)) {
      if (node instanceof UserTask userTask && memoIdsOf(userTask).contains(memoId)) {
        return true;
      }
      if (node instanceof CallActivity call && holds(call.getCalledElement(), memoId, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every throw of {@code message} in the models comes after a task of {@code memoId}, by the same check as a task
   * (so a hand-off may follow another hand-off).
   */
  private boolean messageFollows(String message, String memoId, Set<String> visiting) {
    boolean any = false;
    for (Process process : processes.values()) {
      for (FlowNode node : nodesOf(process)) {
        if (node instanceof ThrowEvent event && message.equals(messageOf(event.getEventDefinitions()))) {
          any = true;
          if (howDoneBefore(process.getId(), node.getId(), memoId, visiting) == null) {
            return false;
          }
        }
      }
    }
    return any;
  }

  private static String markOf(SequenceFlow flow) {
    if (flow.getConditionExpression() == null) {
      return null;
    }
    String condition = flow.getConditionExpression().getTextContent().trim();
    for (String mark : MESSAGE_OF_MARK.keySet()) {
      if (condition.equals("${execution.hasVariable('" + mark + "')}")) {
        return mark;
      }
    }
    return null;
  }

  private static String caughtMessage(FlowNode node) {
    if (node instanceof ReceiveTask receive) {
      return receive.getMessage() == null ? null : receive.getMessage().getName();
    }
    if (node instanceof CatchEvent event) {
      return messageOf(event.getEventDefinitions());
    }
    return null;
  }

  private static String messageOf(Collection<EventDefinition> definitions) {
    for (EventDefinition definition : definitions) {
      if (definition instanceof MessageEventDefinition message && message.getMessage() != null) {
        return message.getMessage().getName();
      }
    }
    return null;
  }

  /**
   * The nodes of {@code process} that some token can reach from its start when {@code blocked} never run: a parallel
   * join needs all its incoming flows, any other node one; a subprocess's outgoing flows need one of its end events;
   * a boundary event needs its activity (an escalation boundary, a throw of its escalation inside the activity); an event subprocess and a subprocess's start events need their scope.
   */
  static Set<String> reachable(Process process, Set<String> blocked) {
    List<FlowNode> nodes = nodesOf(process);
    Map<String, List<SequenceFlow>> incoming = new HashMap<>();
    for (SequenceFlow flow : process.getModelInstance().getModelElementsByType(SequenceFlow.class)) {
      if (process.equals(processOf(flow))) {
        incoming.computeIfAbsent(flow.getTarget().getId(), id -> new ArrayList<>()).add(flow);
      }
    }
    Set<String> reached = new HashSet<>();
    Set<String> done = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FlowNode node : nodes) {
        if (reached.contains(node.getId()) || blocked.contains(node.getId())) {
          continue;
        }
        if (isReached(node, incoming.getOrDefault(node.getId(), List.of()), reached, done, blocked)) {
          reached.add(node.getId());
          changed = true;
        }
      }
      for (FlowNode node : nodes) {
        if (reached.contains(node.getId()) && !done.contains(node.getId()) && isDone(node, reached)) {
          done.add(node.getId());
          changed = true;
        }
      }
    }
    return reached;
  }

  private static boolean isReached(FlowNode node, List<SequenceFlow> incoming, Set<String> reached, Set<String> done,
      Set<String> blocked) {
    ModelElementInstance scope = node.getParentElement();
    boolean scopeEntered = scope instanceof Process || scope instanceof SubProcess s && reached.contains(s.getId());
    if (node instanceof BoundaryEvent boundary) {
      String escalation = escalationOf(boundary.getEventDefinitions());
      if (escalation != null) {
        return boundary.getAttachedTo().getModelInstance().getModelElementsByType(ThrowEvent.class).stream()
            .filter(thrown -> escalation.equals(escalationOf(thrown.getEventDefinitions())))
            .filter(thrown -> isInside(thrown, boundary.getAttachedTo()))
            .anyMatch(thrown -> reached.contains(thrown.getId()));
      }
      return reached.contains(boundary.getAttachedTo().getId());
    }
    if (node instanceof SubProcess sub && sub.triggeredByEvent()) {
      return scopeEntered;
    }
    if (node instanceof StartEvent) {
      return scopeEntered;
    }
    if (incoming.isEmpty()) {
      return false;
    }
    if (node instanceof ParallelGateway && incoming.size() > 1) {
      return incoming.stream().allMatch(flow -> !blocked.contains(flow.getId()) && done.contains(flow.getSource().getId()));
    }
    return incoming.stream().anyMatch(flow -> !blocked.contains(flow.getId()) && done.contains(flow.getSource().getId()));
  }

  private static String escalationOf(Collection<EventDefinition> definitions) {
    for (EventDefinition definition : definitions) {
      if (definition instanceof EscalationEventDefinition escalation && escalation.getEscalation() != null) {
        return escalation.getEscalation().getEscalationCode();
      }
    }
    return null;
  }

  private static boolean isInside(ModelElementInstance element, ModelElementInstance scope) {
    for (ModelElementInstance e = element.getParentElement(); e != null; e = e.getParentElement()) {
      if (e.equals(scope)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDone(FlowNode node, Set<String> reached) {
    if (node instanceof SubProcess sub && !sub.triggeredByEvent()) {
      List<EndEvent> ends = sub.getChildElementsByType(EndEvent.class).stream().toList();
      return ends.isEmpty() || ends.stream().anyMatch(end -> reached.contains(end.getId()));
    }
    return true;
  }

  private static final Map<Process, List<FlowNode>> NODES = new java.util.concurrent.ConcurrentHashMap<>();

  private static List<FlowNode> nodesOf(Process process) {
    return NODES.computeIfAbsent(process, p -> p.getModelInstance().getModelElementsByType(FlowNode.class).stream()
        .filter(node -> p.equals(processOf(node))).toList());
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance e = element;
    while (e != null && !(e instanceof Process)) {
      e = e.getParentElement();
    }
    return (Process) e;
  }

  static List<String> memoIdsOf(UserTask task) {
    String memoItem = properties(task).get("memoItem");
    List<String> ids = new ArrayList<>();
    if (memoItem != null) {
      for (String id : memoItem.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.trim());
        }
      }
    }
    return ids;
  }

  static Map<String, String> properties(UserTask task) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (task.getExtensionElements() == null) {
      return properties;
    }
    for (CamundaProperties list : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class)
        .list()) {
      for (CamundaProperty property : list.getCamundaProperties()) {
        properties.putIfAbsent(property.getCamundaName(), property.getCamundaValue());
      }
    }
    return properties;
  }
}
