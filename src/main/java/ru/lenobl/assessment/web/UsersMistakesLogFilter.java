package ru.lenobl.assessment.web;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps the users' mistakes that {@link RestErrorTranslationFilter} answers with 409 and 404 out of the log: the
 * Camunda REST API logs every 500 it answers at WARN with the whole stack trace (about a hundred lines), before the
 * filter turns it into what it is. Only those three cases are dropped; every other REST warning is logged.
 * Registered in {@code logback-spring.xml}.
 */
public class UsersMistakesLogFilter extends TurboFilter {

  static final String REST_EXCEPTION_LOGGER = "org.camunda.bpm.engine.rest.exception";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !REST_EXCEPTION_LOGGER.equals(logger.getName()) || level != Level.WARN) {
      return FilterReply.NEUTRAL;
    }
    // Camunda's logger passes the whole stack trace as the message (or, in other versions, as its parameter).
    if (format != null && isUsersMistake(format)) {
      return FilterReply.DENY;
    }
    for (Object param : params == null ? new Object[0] : params) {
      if (param != null && isUsersMistake(param.toString())) {
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  static boolean isUsersMistake(String text) {
    return text.contains("OptimisticLockingException")
        || text.contains("Cannot find task with id")
        || text.contains("because it belongs to no authenticated tenant");
  }
}
