package org.camunda.bpm.spring.boot.starter.webapp.filter;

/**
 * Test support: Camunda's webapp starter keeps the application context of its lazily initialised filters in static
 * fields and clears them only when a context closes normally. A start that a test expects to be refused fails during
 * the refresh and leaves them pointing at the dead context, which breaks the next start in the same JVM.
 */
public final class WebappFilterStaticState {

  private WebappFilterStaticState() {
  }

  public static void clearAfterARefusedStart() {
    LazyInitRegistration.APPLICATION_CONTEXT = null;
    LazyInitRegistration.REGISTRATION.clear();
  }
}
