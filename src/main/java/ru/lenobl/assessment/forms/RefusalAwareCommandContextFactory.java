package ru.lenobl.assessment.forms;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;

/**
 * Command contexts that log a refused form at DEBUG, as the engine already does for optimistic locking and bad user
 * requests, instead of an ERROR with the whole stack trace: a refused form is the user's mistake, answered with 400 and
 * logged in one line by {@link FormValidationExceptionUnwrapper}. Every other failure is logged by the engine as before.
 */
public class RefusalAwareCommandContextFactory extends CommandContextFactory {

  public RefusalAwareCommandContextFactory(ProcessEngineConfigurationImpl configuration) {
    setProcessEngineConfiguration(configuration);
  }

  @Override
  public CommandContext createCommandContext() {
    return new CommandContext(processEngineConfiguration) {
      @Override
      protected boolean shouldLogFine(Throwable exception) {
        return super.shouldLogFine(exception) || FormValidationExceptionUnwrapper.validationFailure(exception) != null;
      }
    };
  }
}
