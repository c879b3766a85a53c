package ru.lenobl.assessment.forms;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;

/**
 * Command contexts that log users' mistakes at DEBUG, as the engine already does for optimistic locking and bad user
 * requests, instead of an ERROR with the whole stack trace: a refused form (answered with 400 and logged in one line by
 * {@link FormValidationExceptionUnwrapper}), a task that is already done, and a task of another tenant (both answered
 * with 404 by {@code RestErrorTranslationFilter}). Every other failure is logged by the engine as before.
 */
public class RefusalAwareCommandContextFactory extends CommandContextFactory {

  public RefusalAwareCommandContextFactory(ProcessEngineConfigurationImpl configuration) {
    setProcessEngineConfiguration(configuration);
  }

  /** A task that is gone («Cannot find task with id …») or belongs to a tenant the user is not in. */
  static boolean isTaskOutOfReach(Throwable exception) {
    String message = exception.getMessage();
    return message != null && (message.startsWith("Cannot find task with id")
        || message.contains("because it belongs to no authenticated tenant"));
  }

  @Override
  public CommandContext createCommandContext() {
    return new CommandContext(processEngineConfiguration) {
      @Override
      protected boolean shouldLogFine(Throwable exception) {
        return super.shouldLogFine(exception) || FormValidationExceptionUnwrapper.validationFailure(exception) != null
            || isTaskOutOfReach(exception);
      }
    };
  }
}
