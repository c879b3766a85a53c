package ru.lenobl.assessment.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.ModelsUnderTest;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Every form in forms/: a task using it is refused without its required fields, stays open, and completes when filled. */
class EveryFormIsEnforcedOnTheServerTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withoutCoverageGoal("form-check");

  ModelsUnderTest models;

  static Stream<String> formIds() {
    return new ClasspathModels().forms().stream()
        .map(ModelResource::content)
        .map(json -> FormSchema.parse(new ByteArrayInputStream(json)).id());
  }

  @AfterEach
  void undeploy() {
    models.undeployAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formIds")
  void aTaskWithThisFormIsRefusedWithoutItsRequiredFields(String formId) {
    ProcessEngine engine = extension.getProcessEngine();
    TaskService tasks = engine.getTaskService();
    models = new ModelsUnderTest(engine.getRepositoryService());
    models.deploy("form-check.bpmn", Bpmn.createExecutableProcess("form-check").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_WithForm").camundaFormRef(formId).camundaFormRefBinding("latest").camundaCandidateGroups("test")
        .endEvent()
        .done());
    // A select whose options come from the process (valuesKey) is offered one option.
    Map<String, Object> offered = new java.util.HashMap<>();
    new ClasspathModels().forms().stream().map(model -> FormSchema.parse(new ByteArrayInputStream(model.content())))
        .filter(schema -> formId.equals(schema.id())).flatMap(schema -> schema.fields().stream())
        .filter(FormField::hasDynamicOptions).forEach(field -> offered.put(field.valuesKey(),
            java.util.List.of(Map.of("label", "28.04.2027", "value", "2027-04-28T09:00:00+03:00"))));
    String instance = engine.getRuntimeService().startProcessInstanceByKey("form-check", offered).getId();
    Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    FormFiller filler = new FormFiller(engine.getFormService());
    FormSchema form = filler.formOf(task);
    String firstRequired = form.fields().stream().filter(FormField::required).findFirst()
        .map(FormField::key).orElseThrow(() -> new AssertionError(formId + " has no required field"));

    assertThatThrownBy(() -> tasks.complete(task.getId(), Map.of()))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(firstRequired);
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);

    tasks.complete(task.getId(), filler.filled(task));
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("a filled form completes the task").isZero();
  }
}
