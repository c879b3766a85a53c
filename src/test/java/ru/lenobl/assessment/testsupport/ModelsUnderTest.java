package ru.lenobl.assessment.testsupport;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;

/** Deploys the models a test needs, together with every form in forms/, and removes them afterwards. */
public final class ModelsUnderTest {

  private final RepositoryService repositoryService;
  private final List<String> deploymentIds = new ArrayList<>();

  public ModelsUnderTest(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
  }

  /** Deploys the named files of processes/ (e.g. {@code processes/vpr/school-coordinator-preparation.bpmn}) and all forms. */
  public void deploy(String... processResources) {
    ClasspathModels models = new ClasspathModels();
    DeploymentBuilder builder = repositoryService.createDeployment().name("process-test");
    List<String> wanted = List.of(processResources);
    models.processes().stream().filter(model -> wanted.contains(model.name())).forEach(model -> add(builder, model));
    models.forms().forEach(form -> add(builder, form));
    deploymentIds.add(builder.deploy().getId());
  }

  /** Deploys a model built in the test, with all forms. */
  public void deploy(String name, BpmnModelInstance model) {
    DeploymentBuilder builder = repositoryService.createDeployment().name("process-test").addModelInstance(name, model);
    new ClasspathModels().forms().forEach(form -> add(builder, form));
    deploymentIds.add(builder.deploy().getId());
  }

  public void undeployAll() {
    deploymentIds.forEach(id -> repositoryService.deleteDeployment(id, true));
    deploymentIds.clear();
  }

  private static void add(DeploymentBuilder builder, ModelResource resource) {
    builder.addInputStream(resource.name(), new ByteArrayInputStream(resource.content()));
  }
}
