package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.Jobs;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * The municipality's level ({@code vpr-municipality}) on its own: the schools and the municipal coordinator's phases
 * are stand-ins here (the whole campaign runs them in {@code WholeCampaignTest}); the completion's stand-in is a task
 * whose answers are the municipal coordinator's findings. VPR-MUN-COMPLETE-5: «по каждому учебному предмету».
 */
class MunicipalityTest extends ProcessTestCase {

  static final List<String> STAND_INS = List.of("vpr-school", "vpr-municipal-coordinator-preparation",
      "vpr-municipal-coordinator-conduct", "vpr-municipal-coordinator-completion");

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessEngineCoverageExtension.builder(ProcessTestEngine.CONFIGURATION)
      .excludeProcessDefinitionKeys(STAND_INS.toArray(String[]::new)).assertClassCoverageAtLeast(1.0).build();

  static final String PROCESS = "vpr-municipality";

  static final OffsetDateTime LAST_WORK_DAY_ENDS = OffsetDateTime.parse("2027-04-23T23:59:00+03:00");

  @Override
  protected String processResource() {
    return "processes/vpr/municipality.bpmn";
  }

  @BeforeEach
  void deployStandIns() {
    for (String key : STAND_INS) {
      models.deploy(key + ".bpmn", key.endsWith("-completion")
          ? Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask("Task_Findings")
              .name("Итоги муниципального координатора").camundaCandidateGroups("vpr-municipal-coordinator").endEvent().done()
          : Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().endEvent().done());
    }
  }

  ProcessInstance startTosno() {
    Map<String, Object> municipality = Map.of("id", "tosno", "name", "Тосненский",
        "schools", new ArrayList<>(List.of(Map.of("id", "0101", "name", "Школа №1 (тест)"))),
        "schoolPlans", Map.of("0101", Map.of("id", "0101", "name", "Школа №1 (тест)", "works", List.of())),
        "subjects", new ArrayList<>(List.of("История", "Математика", "Русский язык")));
    ProcessInstance tosno = start(PROCESS, "VPR-2027/mun-tosno", Map.of("campaignId", "VPR-2027", "municipalityId", "tosno",
        "municipalityName", "Тосненский", "municipality", municipality, "munResultsUploadedCount", 0L,
        "municipalityLastWorkDayEndsAt", LAST_WORK_DAY_ENDS.toString()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("vpr-school").count())
        .as("each school starts in its own job").isZero();
    Jobs.drain(engine.getManagementService());
    return tosno;
  }

  @Test
  void eachSchoolGetsItsOwnPlanInItsOwnJob() {
    ProcessInstance tosno = startTosno();

    String school = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(tosno.getId())
        .processDefinitionKey("vpr-school").singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(school)
        .variableName("school").singleResult().getValue())
        .as("its own plan, found by its code").isEqualTo(Map.of("id", "0101", "name", "Школа №1 (тест)", "works", List.of()));
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(tosno.getId())
        .variableName("school").singleResult().getValue())
        .as("the municipality's loop holds the short entry only").isEqualTo(Map.of("id", "0101", "name", "Школа №1 (тест)"));
  }

  @Test
  void commissionRechecksEachListedSubject() {
    ProcessInstance municipality = startTosno();
    deliver(municipality, "results-uploaded");
    assertThat(engine.getRuntimeService().getVariable(municipality.getId(), "munResultsUploadedCount")).isEqualTo(1L);

    engine.getTaskService().complete(task("Task_Findings", child(municipality)).getId(), Map.of(
        "munBiasSignsFound", "yes", "munCommissionSubjects", "Математика, русский язык"));

    List<Task> rechecks = engine.getTaskService().createTaskQuery().processInstanceId(municipality.getId())
        .taskDefinitionKey("Task_RecheckWorks").orderByTaskName().asc().list();
    assertThat(rechecks).as("one re-check per listed subject, none for history").extracting(Task::getName).containsExactly(
        "Перепроверить работы по предмету «Математика» — Тосненский",
        "Перепроверить работы по предмету «Русский язык» — Тосненский");
    assertThat(rechecks).allSatisfy(recheck -> {
      assertThat(engine.getTaskService().getIdentityLinksForTask(recheck.getId())).extracting(link -> link.getGroupId())
          .containsExactly("vpr-municipal-expert-commission");
      assertThat(recheck.getTenantId()).as("the municipality's task").isEqualTo(municipality.getTenantId());
      assertThat(recheck.getDueDate()).isEqualTo(date(LAST_WORK_DAY_ENDS.plusMonths(2).plusDays(21)));
      assertThat(engine.getTaskService().getVariable(recheck.getId(), "recheckSubject"))
          .as("prefilled in the commission's form").isIn("Математика", "Русский язык");
    });

    for (Task recheck : rechecks) {
      engine.getTaskService().complete(recheck.getId(), forms.filled(recheck));
    }
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(municipality).isEnded()
        .hasPassed("EndEvent_MunicipalityCompleted");
  }

  @Test
  void withoutSignsOfBiasNothingIsRechecked() {
    ProcessInstance municipality = startTosno();
    engine.getTaskService().complete(task("Task_Findings", child(municipality)).getId(), Map.of("munBiasSignsFound", "no"));

    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(municipality).isEnded()
        .hasNotPassed("Task_RecheckWorks").hasPassed("EndEvent_MunicipalityCompleted");
  }

  ProcessInstance child(ProcessInstance municipality) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(municipality.getId())
        .processDefinitionKey("vpr-municipal-coordinator-completion").singleResult();
  }
}
