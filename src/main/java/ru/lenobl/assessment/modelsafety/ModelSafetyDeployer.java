package ru.lenobl.assessment.modelsafety;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers on every new deployment, whoever deploys it (REST API, Cockpit, our start-up
 * deployment), and refuses it if any BPMN, CMMN or DMN resource holds code. Deployments already in the database are
 * not checked again when the engine reloads them into its cache.
 */
public class ModelSafetyDeployer implements Deployer {

  private final ModelSafetyChecker checker = new ModelSafetyChecker();

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (ModelSafetyChecker.isModel(resource.getName())) {
        checker.check(resource.getName(), resource.getBytes() == null ? new byte[0] : resource.getBytes());
      }
    }
  }
}
