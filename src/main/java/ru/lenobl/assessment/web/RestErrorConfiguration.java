package ru.lenobl.assessment.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link RestErrorTranslationFilter} on the engine's REST API, {@code /engine-rest/*} and the web applications'
 * {@code /camunda/api/engine/*}, after the filter registrations of the application, so on {@code /engine-rest} inside
 * its basic authentication ({@code RestApiAuthentication.ORDER}). Spring Boot adds the filters that Camunda's webapp
 * initializer registers itself (its Authentication Filter, CSRF) after every FilterRegistrationBean; there the filter
 * runs outside them, which changes nothing: it rewrites only the REST API's own error answers.
 */
@Configuration
public class RestErrorConfiguration {

  /** The latest position; the authentication filters come before ({@code RestApiAuthentication.ORDER}). */
  public static final int ORDER = Ordered.LOWEST_PRECEDENCE;

  @Bean
  public FilterRegistrationBean<RestErrorTranslationFilter> restErrorTranslationFilter() {
    FilterRegistrationBean<RestErrorTranslationFilter> registration =
        new FilterRegistrationBean<>(new RestErrorTranslationFilter());
    registration.setName("rest-error-translation");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
