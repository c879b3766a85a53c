package ru.lenobl.assessment.deployment;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;

/** Deploys the packaged models as soon as the engine is built, before anything can start a process. */
public class ModelDeploymentPlugin extends AbstractProcessEnginePlugin {

  private final ClasspathModels models;

  public ModelDeploymentPlugin(ClasspathModels models) {
    this.models = models;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    new ModelDeployer(processEngine.getRepositoryService()).deploy(models.all());
  }
}
