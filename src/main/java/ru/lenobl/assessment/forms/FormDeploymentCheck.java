package ru.lenobl.assessment.forms;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers on every new deployment, whoever deploys it (REST API, Camunda Modeler,
 * Cockpit, our start-up deployment), and refuses it, whole, if any {@code .form} resource is not a Camunda Form
 * ({@link CamundaFormCheck}). Deployments already in the database are not checked again when the engine reloads them.
 */
public class FormDeploymentCheck implements Deployer {

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (CamundaFormCheck.isForm(resource.getName())) {
        CamundaFormCheck.check(resource.getName(), resource.getBytes());
      }
    }
  }
}
