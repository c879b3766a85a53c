package ru.lenobl.assessment.modelsafety;

/** One construct of a model that would run code: the resource, the id of the element that holds it, and why. */
public record ModelViolation(String resource, String elementId, String reason) {

  @Override
  public String toString() {
    return "ресурс «" + resource + "», элемент «" + (elementId == null ? "?" : elementId) + "»: " + reason;
  }
}
