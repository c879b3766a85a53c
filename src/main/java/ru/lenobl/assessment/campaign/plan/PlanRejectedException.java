package ru.lenobl.assessment.campaign.plan;

import java.util.List;

import ru.lenobl.assessment.tabular.ImportError;

/** A plan-schedule file with errors: every error is listed, and nothing is started. */
public class PlanRejectedException extends RuntimeException {

  private final List<ImportError> errors;

  public PlanRejectedException(List<ImportError> errors) {
    super(errors.size() + " error(s) in the plan-schedule, the first: " + errors.get(0));
    this.errors = List.copyOf(errors);
  }

  public PlanRejectedException(ImportError error) {
    this(List.of(error));
  }

  public List<ImportError> errors() {
    return errors;
  }
}
