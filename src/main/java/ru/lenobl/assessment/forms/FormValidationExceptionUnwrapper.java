package ru.lenobl.assessment.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception ({@code ENGINE-03051}), which the REST
 * API answers with 500. This interceptor sits outside the transaction, so it sees the exception after the rollback,
 * and rethrows a form validation failure as itself: the REST API then answers 400 with the fields named.
 */
public class FormValidationExceptionUnwrapper extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException validation) {
          throw validation;
        }
      }
      throw e;
    }
  }
}
