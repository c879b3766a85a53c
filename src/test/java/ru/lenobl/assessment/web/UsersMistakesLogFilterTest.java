package ru.lenobl.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.core.spi.FilterReply;

/** The REST API's stack traces for users' mistakes stay out of the log; its other warnings do not. */
class UsersMistakesLogFilterTest {

  private final UsersMistakesLogFilter filter = new UsersMistakesLogFilter();
  private final Logger rest = (Logger) LoggerFactory.getLogger(UsersMistakesLogFilter.REST_EXCEPTION_LOGGER);

  @Test
  void aConcurrentSubmitAFinishedTaskAndAnotherSchoolsTaskAreNotLogged() {
    for (String trace : new String[] {
        "ENGINE-REST-HTTP500 RestException: Cannot submit task form 1: ENGINE-03005 …\nCaused by: org.camunda.bpm.engine.OptimisticLockingException: …",
        "ENGINE-REST-HTTP500 NullValueException: Cannot find task with id 1: task is null\n\tat …",
        "ENGINE-REST-HTTP500 ProcessEngineException: ENGINE-03034 Cannot read the task '1' because it belongs to no authenticated tenant."}) {
      assertThat(filter.decide(null, rest, Level.WARN, trace, null, null)).as(trace).isEqualTo(FilterReply.DENY);
      assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 {}", new Object[] {trace}, null))
          .isEqualTo(FilterReply.DENY);
    }
  }

  @Test
  void otherRestWarningsAndOtherLoggersAreLogged() {
    assertThat(filter.decide(null, rest, Level.WARN, "ENGINE-REST-HTTP500 ProcessEngineException: database is down", null, null))
        .isEqualTo(FilterReply.NEUTRAL);
    Logger other = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
    assertThat(filter.decide(null, other, Level.WARN, "Cannot find task with id 1", null, null)).isEqualTo(FilterReply.NEUTRAL);
    assertThat(filter.decide(null, rest, Level.ERROR, "Cannot find task with id 1", null, null)).isEqualTo(FilterReply.NEUTRAL);
  }
}
