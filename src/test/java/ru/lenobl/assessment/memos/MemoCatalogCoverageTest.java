package ru.lenobl.assessment.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.forms.FormSchema;

/** Every memo action is a user task with a name, a candidate group and a Camunda Form that exists. */
class MemoCatalogCoverageTest {

  final MemoCatalog catalog = MemoCatalog.load();
  final ClasspathModels models = new ClasspathModels();

  @Test
  void theCatalogHoldsEveryNumberedActionOfTheNineRoles() {
    assertThat(catalog.ids()).hasSize(119).doesNotHaveDuplicates();
    assertThat(catalog.idsStartingWith(List.of("VPR-SCH-"))).hasSize(20);
  }

  @Test
  void everyUserTaskInProcessesHasAGroupAnExistingFormAndACatalogMemoItem() {
    MemoCoverage coverage = new MemoCoverage(catalog, models.processes(), formIds(models.forms()));

    assertThat(coverage.problems()).isEmpty();
  }

  @Test
  void everyOneOfThe119MemoActionsIsAUserTask() {
    MemoCoverage coverage = new MemoCoverage(catalog, models.processes(), formIds(models.forms()));

    assertThat(coverage.missing(catalog.ids())).isEmpty();
    assertThat(coverage.modelled()).containsAll(catalog.ids()).hasSize(119);
  }

  // The checker itself, on a deliberately broken model.

  @Test
  void aMemoItemMissingFromTheCatalogIsReported() {
    MemoCoverage coverage = coverageOf(
        task("Task_Unknown", "Неизвестное действие", "vpr-school-coordinator", "known-form", "VPR-SCH-PREP-99"));

    assertThat(coverage.problems()).containsExactly("broken.bpmn#Task_Unknown: memoItem VPR-SCH-PREP-99 is not in the catalog");
  }

  @Test
  void aTaskWithoutGroupOrWithAFormThatDoesNotExistIsReported() {
    MemoCoverage coverage = coverageOf(
        task("Task_NoGroup", "Без группы", null, "known-form", "VPR-SCH-PREP-1")
            + task("Task_NoForm", "Без формы", "vpr-school-coordinator", null, "VPR-SCH-PREP-2")
            + task("Task_UnknownForm", "Чужая форма", "vpr-school-coordinator", "no-such-form", "VPR-SCH-PREP-3"));

    assertThat(coverage.problems()).containsExactly(
        "broken.bpmn#Task_NoGroup: no candidate group",
        "broken.bpmn#Task_NoForm: no Camunda Form (camunda:formRef)",
        "broken.bpmn#Task_UnknownForm: form no-such-form is not in forms/");
  }

  @Test
  void anExpectedActionThatNoTaskCarriesIsReportedMissing() {
    MemoCoverage coverage = coverageOf(
        task("Task_Study", "Изучить документы", "vpr-school-coordinator", "known-form", "VPR-SCH-PREP-1"));

    List<String> missing = coverage.missing(catalog.idsStartingWith(List.of("VPR-SCH-")));
    assertThat(missing).hasSize(19).contains("VPR-SCH-PREP-2", "VPR-SCH-COMPLETE-8").doesNotContain("VPR-SCH-PREP-1");
  }

  private static String task(String id, String name, String group, String formRef, String memoItem) {
    return "<bpmn:userTask id=\"" + id + "\" name=\"" + name + "\""
        + (group == null ? "" : " camunda:candidateGroups=\"" + group + "\"")
        + (formRef == null ? "" : " camunda:formRef=\"" + formRef + "\"") + ">"
        + "<bpmn:extensionElements><camunda:properties><camunda:property name=\"memoItem\" value=\"" + memoItem + "\"/>"
        + "</camunda:properties></bpmn:extensionElements></bpmn:userTask>";
  }

  private MemoCoverage coverageOf(String userTasks) {
    String bpmn = "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Broken\" targetNamespace=\"test\">"
        + "<bpmn:process id=\"broken\" isExecutable=\"true\">" + userTasks + "</bpmn:process></bpmn:definitions>";
    ModelResource resource = new ModelResource("broken.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
    return new MemoCoverage(catalog, List.of(resource), Set.of("known-form"));
  }

  private static Set<String> formIds(List<ModelResource> forms) {
    return forms.stream().map(form -> FormSchema.parse(new ByteArrayInputStream(form.content())).id())
        .collect(Collectors.toSet());
  }
}
