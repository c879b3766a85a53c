package ru.lenobl.assessment.identity.roster;

import java.util.List;

import ru.lenobl.assessment.tabular.ImportError;

/** A staff roster with errors: every error is listed, and nothing is created or changed. */
public class RosterRejectedException extends RuntimeException {

  private final List<ImportError> errors;

  public RosterRejectedException(List<ImportError> errors) {
    super(errors.size() + " error(s) in the staff roster, the first: " + errors.get(0));
    this.errors = List.copyOf(errors);
  }

  public List<ImportError> errors() {
    return errors;
  }
}
