package ru.lenobl.assessment.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a start refused for safety as Spring Boot's short «APPLICATION FAILED TO START» text, without a stack trace. */
public class UnsafeStartFailureAnalyzer extends AbstractFailureAnalyzer<StartupSafety.UnsafeStartException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupSafety.UnsafeStartException cause) {
    return new FailureAnalysis("The application refused to start for safety: " + cause.getMessage(),
        "See the README, \"The two commands\" and \"Security\".", cause);
  }
}
