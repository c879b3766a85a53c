package ru.lenobl.assessment.deployment;

/**
 * A model file (BPMN or Camunda Form) as it is deployed: {@code name} is its path relative to the classpath root,
 * e.g. {@code processes/vpr/school-coordinator-preparation.bpmn}, the same on every node and in every packaging.
 */
public record ModelResource(String name, byte[] content) {
}
