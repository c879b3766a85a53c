package ru.lenobl.assessment.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Refuses to complete a user task while its Camunda Form's rules are broken (a required field missing, a number out
 * of range). The engine rolls back, the task stays open, and the REST API answers 400 with the fields named.
 */
public class RequiredFormFieldsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    FormService formService = task.getProcessEngineServices().getFormService();
    FormSchema form;
    try (InputStream json = Context.getCommandContext()
        .runWithoutAuthorization(() -> formService.getDeployedTaskForm(task.getId()))) {
      form = FormSchema.parse(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the form of task " + task.getId(), e);
    }
    List<FieldError> errors = form.validate(task::getVariable);
    if (!errors.isEmpty()) {
      String message = "Задача «" + task.getName() + "» не может быть завершена: "
          + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
      throw new FormFieldValidationException(errors.get(0).key(), message);
    }
  }
}
