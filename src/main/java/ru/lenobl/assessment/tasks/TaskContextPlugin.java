package ru.lenobl.assessment.tasks;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every user task a built-in {@link TaskContextListener} on {@code create}: its due date from the plan and
 * whose work it is in its name. The due date's source is, in this order: the model's own {@code camunda:dueDate};
 * the task's memo action ({@code memoItem} extension property; of several comma-separated ids the first) looked up
 * in {@code memos/timing.json}; the extension properties {@code dueAnchor} and {@code dueOffset} of tasks that carry
 * no memo action.
 */
public class TaskContextPlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskContextPlugin.class);

  public static final String MEMO_ITEM = "memoItem";
  public static final String DUE_ANCHOR = "dueAnchor";
  public static final String DUE_OFFSET = "dueOffset";

  private final ZoneId zone;
  private final MemoTiming timing;

  public TaskContextPlugin(ZoneId zone) {
    this(zone, MemoTiming.load());
  }

  public TaskContextPlugin(ZoneId zone, MemoTiming timing) {
    this.zone = zone;
    this.timing = timing;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        DueRule rule = dueRule(activity.getId(), extensionProperties(userTaskElement));
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new TaskContextListener(rule, zone));
      }
    });
  }

  /** The task's due date rule from its extension properties, or {@code null} if it names none that is valid. */
  public DueRule dueRule(String taskId, Map<String, String> properties) {
    try {
      String memoItem = properties.get(MEMO_ITEM);
      if (memoItem != null && !memoItem.isBlank()) {
        MemoTiming.Due due = timing.dueOf(memoItem.split(",")[0].trim());
        if (due != null) {
          return DueRule.of(due.anchor(), due.offset(), due.notBeforeAnchor(), due.notBeforeOffset());
        }
      }
      String anchor = properties.get(DUE_ANCHOR);
      if (anchor != null && !anchor.isBlank()) {
        return DueRule.of(anchor.trim(), properties.get(DUE_OFFSET));
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("User task {}: no due date rule: {}", taskId, e.getMessage());
    }
    return null;
  }

  static Map<String, String> extensionProperties(Element userTaskElement) {
    Map<String, String> properties = new LinkedHashMap<>();
    Element extensions = userTaskElement.element("extensionElements");
    Element list = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (list != null) {
      for (Element property : list.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
        if (property.attribute("name") != null) {
          properties.putIfAbsent(property.attribute("name"), property.attribute("value"));
        }
      }
    }
    return properties;
  }
}
