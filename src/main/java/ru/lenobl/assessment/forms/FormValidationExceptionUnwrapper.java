package ru.lenobl.assessment.forms;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine wraps whatever a task listener throws into a generic exception ({@code ENGINE-03051}), which the REST
 * API answers with 500. This interceptor sits outside the transaction, so it sees the exception after the rollback,
 * and rethrows a form validation failure as itself: the REST API then answers 400 with the fields named.
 *
 * <p>A refusal is logged here in one line (the task's name, the fields and the rules; never the submitted values); the
 * engine logs it only at DEBUG ({@link RefusalAwareCommandContextFactory}).
 */
public class FormValidationExceptionUnwrapper extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(FormValidationExceptionUnwrapper.class);

  @Override
  public <T> T execute(Command<T> command) {
    boolean outermost = Context.getCommandContext() == null;
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      FormFieldValidationException validation = validationFailure(e);
      if (validation == null) {
        throw e;
      }
      if (outermost) {
        LOG.info("Form refused ({}): {}", command.getClass().getSimpleName(), validation.getMessage());
      }
      throw validation;
    }
  }

  /** The form validation failure that caused the exception, or null. */
  static FormFieldValidationException validationFailure(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException validation) {
        return validation;
      }
    }
    return null;
  }
}
