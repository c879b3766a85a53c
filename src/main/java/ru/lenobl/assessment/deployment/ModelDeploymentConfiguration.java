package ru.lenobl.assessment.deployment;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the deployment of the packaged models with the Camunda starter (it collects engine plugin beans). */
@Configuration
public class ModelDeploymentConfiguration {

  @Bean
  public ProcessEnginePlugin modelDeploymentPlugin() {
    return new ModelDeploymentPlugin(new ClasspathModels());
  }
}
