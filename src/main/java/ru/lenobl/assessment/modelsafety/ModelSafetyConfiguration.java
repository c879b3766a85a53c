package ru.lenobl.assessment.modelsafety;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every deployment is checked for code ({@link ModelSafetyChecker}) unless {@code assessment.models.allow-code} is
 * true.
 */
@Configuration
public class ModelSafetyConfiguration {

  @Bean
  public ProcessEnginePlugin modelSafetyPlugin(@Value("${assessment.models.allow-code:false}") boolean allowCode) {
    if (allowCode) {
      LoggerFactory.getLogger(ModelSafetyConfiguration.class).warn(
          "assessment.models.allow-code=true: deployments may carry scripts, Java classes and any expression");
      return new org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin() { };
    }
    return new ModelSafetyPlugin();
  }
}
