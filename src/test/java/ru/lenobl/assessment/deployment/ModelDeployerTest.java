package ru.lenobl.assessment.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.testsupport.ProcessTestEngine;

class ModelDeployerTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withoutCoverageGoal();

  @AfterEach
  void undeploy() {
    RepositoryService repository = extension.getProcessEngine().getRepositoryService();
    repository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list()
        .forEach(deployment -> repository.deleteDeployment(deployment.getId(), true));
  }

  @Test
  void modelsAreNamedRelativeToTheClasspathSoEveryNodeDeploysTheSameNames() {
    List<ModelResource> models = new ClasspathModels().all();

    assertThat(models).extracting(ModelResource::name)
        .contains("processes/vpr/school-coordinator-preparation.bpmn", "forms/vpr/school-coordinator/study-regulations.form")
        .allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
  }

  @Test
  void deployingUnchangedModelsAgainCreatesNoNewVersions() {
    RepositoryService repository = extension.getProcessEngine().getRepositoryService();
    ModelDeployer deployer = new ModelDeployer(repository);
    List<ModelResource> models = new ClasspathModels().all();

    DeploymentWithDefinitions first = deployer.deploy(models);
    long definitions = repository.createProcessDefinitionQuery().count();
    long deployments = repository.createDeploymentQuery().count();
    DeploymentWithDefinitions second = deployer.deploy(models);

    assertThat(first.getDeployedProcessDefinitions()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(second.getDeployedProcessDefinitions()).isNullOrEmpty();
    assertThat(repository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
    assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aChangedModelBecomesANewVersionAndTheOthersStayAsTheyAre() {
    RepositoryService repository = extension.getProcessEngine().getRepositoryService();
    ModelDeployer deployer = new ModelDeployer(repository);
    List<ModelResource> models = new ArrayList<>(new ClasspathModels().all());
    deployer.deploy(models);

    String name = "processes/vpr/school-coordinator-conduct.bpmn";
    ModelResource conduct = models.stream().filter(model -> model.name().equals(name)).findFirst().orElseThrow();
    String changed = new String(conduct.content(), StandardCharsets.UTF_8)
        .replace("Проверить готовность аудиторий", "Проверить готовность всех аудиторий");
    models.set(models.indexOf(conduct), new ModelResource(name, changed.getBytes(StandardCharsets.UTF_8)));
    DeploymentWithDefinitions redeployed = deployer.deploy(models);

    assertThat(redeployed.getDeployedProcessDefinitions()).singleElement()
        .satisfies(definition -> {
          assertThat(definition.getKey()).isEqualTo("vpr-school-coordinator-conduct");
          assertThat(definition.getVersion()).isEqualTo(2);
        });
    assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("vpr-school-coordinator-preparation").count())
        .isEqualTo(1);
  }
}
