package ru.lenobl.assessment.forms;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the server-side validation of Camunda Forms, and the check of every deployed form, with the engine. */
@Configuration
public class FormValidationConfiguration {

  @Bean
  public ProcessEnginePlugin requiredFormFieldsPlugin() {
    return new RequiredFormFieldsPlugin();
  }

  @Bean
  public ProcessEnginePlugin formDeploymentCheckPlugin() {
    return new FormDeploymentCheckPlugin();
  }
}
