package ru.lenobl.assessment.tasks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a task's creation: sets its due date from {@link DueRule} unless the model gave one, and appends whose work it
 * is to its name ({@link TaskNames}). Both read process variables from the task's execution and then from the
 * executions that called its process instance, level by level (a role process, its work, school, municipality,
 * campaign). Whatever cannot be resolved is left as it is: a role process started on its own still runs.
 */
public class TaskContextListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(TaskContextListener.class);

  private final DueRule dueRule;
  private final ZoneId zone;

  /** @param dueRule {@code null} when the task's model names no due date source */
  public TaskContextListener(DueRule dueRule, ZoneId zone) {
    this.dueRule = dueRule;
    this.zone = zone;
  }

  public DueRule dueRule() {
    return dueRule;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getExecution() instanceof ExecutionEntity execution)) {
      return;
    }
    List<VariableScope> levels = levels(execution);
    try {
      if (task.getDueDate() == null && dueRule != null) {
        OffsetDateTime due = due(dueRule, levels);
        if (due != null) {
          task.setDueDate(Date.from(due.toInstant()));
        } else {
          LOG.debug("Task {} ({}): anchor {} not found, no due date", task.getTaskDefinitionKey(), task.getId(),
              dueRule.anchor().id());
        }
      }
      task.setName(name(task.getName(), levels));
    } catch (RuntimeException e) {
      LOG.warn("Task {} ({}): due date or name not set: {}", task.getTaskDefinitionKey(), task.getId(), e.toString());
    }
  }

  /** The task's execution, then the super execution of each process instance up the call chain. */
  static List<VariableScope> levels(ExecutionEntity execution) {
    List<VariableScope> levels = new ArrayList<>();
    ExecutionEntity level = execution;
    while (level != null && levels.size() < 20) {
      levels.add(level);
      level = level.getProcessInstance().getSuperExecution();
    }
    return levels;
  }

  OffsetDateTime due(DueRule rule, List<VariableScope> levels) {
    OffsetDateTime anchor = anchorTime(rule.anchor(), levels);
    if (anchor == null) {
      return null;
    }
    OffsetDateTime due = rule.offset().addTo(anchor, zone);
    OffsetDateTime notBefore = rule.notBeforeAnchor() == null ? null : anchorTime(rule.notBeforeAnchor(), levels);
    return notBefore != null && due.isBefore(rule.notBeforeOffset().addTo(notBefore, zone))
        ? rule.notBeforeOffset().addTo(notBefore, zone) : due;
  }

  OffsetDateTime anchorTime(Anchor anchor, List<VariableScope> levels) {
    if (anchor.kind() == Anchor.Kind.NOW) {
      return ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
    }
    for (VariableScope level : levels) {
      for (String name : anchor.variables()) {
        Object value = level.getVariable(name);
        if (value instanceof String text && !text.isBlank()) {
          try {
            return anchor.kind() == Anchor.Kind.START_OF_DATE
                ? LocalDate.parse(text.trim()).atStartOfDay(zone).toOffsetDateTime()
                : OffsetDateTime.parse(text.trim());
          } catch (DateTimeParseException e) {
            LOG.warn("Variable {} = «{}» is not an ISO-8601 date-time", name, text);
          }
        }
      }
    }
    return null;
  }

  static String name(String name, List<VariableScope> levels) {
    String schoolName = text(levels, "schoolName");
    String place;
    List<String> aliases = new ArrayList<>();
    if (schoolName != null) {
      place = schoolName;
      String schoolId = text(levels, "schoolId");
      if (schoolId != null) {
        aliases.add("школа " + schoolId);
      }
    } else {
      String municipalityName = text(levels, "municipalityName");
      place = municipalityName != null ? municipalityName : text(levels, "campaignId");
    }
    return TaskNames.withContext(name, place, aliases, text(levels, "subject"), value(levels, "grade"));
  }

  private static String text(List<VariableScope> levels, String name) {
    Object value = value(levels, name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static Object value(List<VariableScope> levels, String name) {
    for (VariableScope level : levels) {
      Object value = level.getVariable(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
