package ru.lenobl.assessment.forms;

/** A submitted value that a form's rules refuse: the field's key (the variable), its label and what is wrong. */
public record FieldError(String key, String label, String problem) {

  @Override
  public String toString() {
    return "«" + label + "» (" + key + "): " + problem;
  }
}
