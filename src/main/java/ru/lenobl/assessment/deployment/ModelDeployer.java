package ru.lenobl.assessment.deployment;

import java.io.ByteArrayInputStream;
import java.util.Collection;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the models with duplicate filtering: only files that changed since the last deployment of the same name
 * become new versions, so a restart, or a second node, with unchanged files deploys nothing new.
 */
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "assessment-workflow";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;

  public ModelDeployer(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  public DeploymentWithDefinitions deploy(Collection<ModelResource> resources) {
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_NAME)
        .enableDuplicateFiltering(true);
    resources.forEach(resource -> builder.addInputStream(resource.name(), new ByteArrayInputStream(resource.content())));
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Models: {} files offered, {} new process definition version(s) in deployment {}",
        resources.size(), deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size(),
        deployment.getId());
    return deployment;
  }
}
