package ru.lenobl.assessment.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;

import ru.lenobl.assessment.forms.FormField;
import ru.lenobl.assessment.forms.FormSchema;

/** Fills a task's Camunda Form the way a careful user would: every field with a value its rules accept. */
public final class FormFiller {

  private final FormService formService;
  /** A deployed form never changes: parsed once per process definition and task. */
  private final Map<String, FormSchema> schemas = new ConcurrentHashMap<>();

  public FormFiller(FormService formService) {
    this.formService = formService;
  }

  public FormSchema formOf(Task task) {
    return schemas.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
        key -> parsedFormOf(task));
  }

  private FormSchema parsedFormOf(Task task) {
    try (InputStream json = formService.getDeployedTaskForm(task.getId())) {
      return FormSchema.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Valid values for every field of the task's form; {@code decisions} override them (e.g. a radio's answer). */
  public Map<String, Object> filled(Task task, Map<String, Object> decisions) {
    Map<String, Object> values = new HashMap<>();
    for (FormField field : formOf(task).fields()) {
      values.put(field.key(), field.hasDynamicOptions() ? firstOffered(task, field) : validValue(field));
    }
    values.putAll(decisions);
    return values;
  }

  public Map<String, Object> filled(Task task) {
    return filled(task, Map.of());
  }

  /** The first value the task offers in the field's options variable ({@code valuesKey}), or null when none. */
  private Object firstOffered(Task task, FormField field) {
    Object offered = formService.getTaskFormVariables(task.getId(), List.of(field.valuesKey()), true).get(field.valuesKey());
    List<String> values = FormSchema.offeredValues(offered);
    return values.isEmpty() ? null : values.get(0);
  }

  static Object validValue(FormField field) {
    if (!field.options().isEmpty()) {
      return field.options().get(0);
    }
    return switch (field.type()) {
      case "checkbox" -> Boolean.TRUE;
      case "number" -> {
        BigDecimal value = field.min() != null && field.min().signum() > 0 ? field.min() : BigDecimal.ONE;
        yield field.max() != null && value.compareTo(field.max()) > 0 ? field.max().longValue() : value.longValue();
      }
      case "datetime" -> "2027-04-20T10:00+03:00";
      default -> "заполнено";
    };
  }
}
