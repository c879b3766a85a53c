package ru.lenobl.assessment.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.ObjectMapper;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.Administrator;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.RestDeployments;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.TestStaff;

/**
 * An administrator changes a role's model under a running campaign, over the real REST API as Camunda Modeler and
 * curl do (README, «Changing a model under running campaigns»): bad deploys are refused with the parser's message and
 * leave the running version working; a new version of the school coordinator's preparation adds a task; the open
 * instances stay on their version until migrated, and after the migration they keep their tasks and reach the new one.
 *
 * <p>The new version is the test fixture {@code model-change/}: the shipped model with «Принять участие в вебинаре по
 * ВПР» after «Изучить нормативные документы ВПР», and its new form. The tests run in order on one campaign of two
 * schools; the campaign and every deployment the tests made are deleted afterwards, so later tests see the shipped
 * model again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ModelChangeIT {

  static final String CAMPAIGN = "IT-MODEL-CHANGE";
  static final String KEY = "vpr-school-coordinator-preparation";
  static final String BPMN_NAME = "processes/vpr/school-coordinator-preparation.bpmn";
  static final String FORM_NAME = "forms/vpr/school-coordinator/attend-webinar.form";
  static final Path CHANGE = Path.of("src/test/resources/model-change");
  static final String SCHOOL_A = "8921";
  static final String SCHOOL_B = "8922";
  static final String COORDINATOR_A = "change-coordinator-a";
  static final String COORDINATOR_B = "change-coordinator-b";
  static final String REGIONAL = "change-regional";
  static final String AUDITOR = "change-auditor";
  static final String NEW_DEPLOYMENT = "vpr-school-coordinator-preparation: вебинар";

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  String campaignInstance;
  ProcessDefinition running;
  String newDeployment;
  Set<String> deploymentsBefore;

  @BeforeAll
  void aCampaignOfTwoSchoolsWithOneTaskClaimed() throws IOException {
    Administrator.ensureExists(identityService);
    deploymentsBefore = repositoryService.createDeploymentQuery().list().stream()
        .map(Deployment::getId).collect(Collectors.toSet());
    TestStaff staff = new TestStaff(staffDirectory, identityService, system);
    staff.school(COORDINATOR_A, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL_A);
    staff.school(COORDINATOR_B, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL_B);
    staff.regional(REGIONAL, RoleGroup.VPR_REGIONAL_COORDINATOR);
    staff.regional(AUDITOR, RoleGroup.AUDITOR);
    ResponseEntity<String> imported = PlanImports.postVprPlan(http, REGIONAL, TestStaff.PASSWORD, CAMPAIGN,
        "Тосненский," + SCHOOL_A + ",Школа А (модель),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n"
            + "Тосненский," + SCHOOL_B + ",Школа Б (модель),Математика,5,2027-04-22,09:00,45,paper,2027-05-06,,Каб. 2\n");
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
    campaignInstance = JSON.readTree(imported.getBody()).path("processInstanceId").asText();

    running = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
    assertThat(instances()).hasSize(2).allSatisfy(instance ->
        assertThat(instance.getProcessDefinitionId()).isEqualTo(running.getId()));
    Task study = studyTask(SCHOOL_A);
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/task/" + study.getId() + "/claim",
        Map.of("userId", COORDINATOR_A)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @AfterAll
  void deleteTheCampaignAndTheNewVersion() {
    if (campaignInstance != null && runtimeService.createProcessInstanceQuery().processInstanceId(campaignInstance).count() > 0) {
      runtimeService.deleteProcessInstance(campaignInstance, "ModelChangeIT", true, true);
    }
    repositoryService.createDeploymentQuery().list().stream()
        .filter(deployment -> !deploymentsBefore.contains(deployment.getId()))
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  @Test
  @Order(1)
  void badDeploysAreRefusedWithTheParsersMessageAndTheRunningVersionStillCompletesATask() throws IOException {
    String shipped = Files.readString(Path.of(BPMN_NAME), StandardCharsets.UTF_8);
    String changed = Files.readString(CHANGE.resolve(BPMN_NAME), StandardCharsets.UTF_8);
    long definitionsBefore = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count();
    long deploymentsBefore = repositoryService.createDeploymentQuery().count();

    // An unclosed element: refused by the XML parser, with the row and column.
    String unclosed = shipped.replaceFirst("</bpmn:userTask>", "");
    Map<String, Object> answer = refused(deploy("unclosed", Map.of(BPMN_NAME, unclosed)));
    assertThat((String) answer.get("message"))
        .contains("«" + BPMN_NAME + "» не является корректным XML")
        .containsPattern("ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]")
        .contains("must be terminated by the matching end-tag \"</bpmn:userTask>\"");

    // A sequence flow to an element that does not exist: refused by the engine's BPMN parser, with the line.
    String missingTarget = shipped.replace("targetRef=\"Task_DraftSchedule\"", "targetRef=\"Task_Missing\"");
    answer = refused(deploy("missing-target", Map.of(BPMN_NAME, missingTarget)));
    assertThat(answer.get("type")).isEqualTo("ParseException");
    assertThat((String) answer.get("message")).startsWith("ENGINE-09005 Could not parse BPMN process.")
        .contains("Invalid destination 'Task_Missing' of sequence flow 'Flow_ToDraftSchedule' | resource " + BPMN_NAME
            + " | line " + lineOf(missingTarget, "id=\"Flow_ToDraftSchedule\""));

    // The new version with a form that is not JSON: the whole deployment is refused, with Jackson's message.
    String brokenForm = Files.readString(CHANGE.resolve(FORM_NAME), StandardCharsets.UTF_8).replaceFirst("\"id\": \"Text_Memo\"", "id: Text_Memo");
    answer = refused(deploy("broken-form", Map.of(BPMN_NAME, changed, FORM_NAME, brokenForm)));
    assertThat((String) answer.get("message")).isEqualTo("Развёртывание отклонено: ресурс «" + FORM_NAME
        + "» не является формой Camunda: не разбирается как JSON (строка " + lineOf(brokenForm, "id: Text_Memo")
        + ", столбец " + columnOf(brokenForm, "id: Text_Memo") + "): Unexpected character ('i' (code 105)): was expecting double-quote to start field name");

    // JSON, but not a Camunda Form.
    answer = refused(deploy("no-components", Map.of(FORM_NAME, "{\"id\": \"vpr-school-coordinator-attend-webinar\"}")));
    assertThat((String) answer.get("message")).isEqualTo("Развёртывание отклонено: ресурс «" + FORM_NAME
        + "» не является формой Camunda: нет массива «components» — полей формы");

    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(definitionsBefore);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId())
        .isEqualTo(running.getId());
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);

    // The running version still works: school B's coordinator completes the first task and gets the next one.
    Task study = studyTask(SCHOOL_B);
    assertThat(call(COORDINATOR_B, HttpMethod.POST, "/engine-rest/task/" + study.getId() + "/claim",
        Map.of("userId", COORDINATOR_B)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(call(COORDINATOR_B, HttpMethod.POST, "/engine-rest/task/" + study.getId() + "/submit-form",
        Map.of("variables", Map.of("regulationsStudied", Map.of("value", true)))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(openTasks(COORDINATOR_B, study.getProcessInstanceId())).singleElement().satisfies(next -> {
      assertThat(next.get("taskDefinitionKey")).isEqualTo("Task_DraftSchedule");
      assertThat(next.get("processDefinitionId")).isEqualTo(running.getId());
    });
  }

  @Test
  @Order(2)
  void aNewVersionLeavesRunningInstancesOnTheirsAndTheMigrationMovesThemWithTheirTasksIntact() throws IOException {
    String changed = Files.readString(CHANGE.resolve(BPMN_NAME), StandardCharsets.UTF_8);
    assertThat(flowNodeIds(changed)).as("the example is the shipped model with one task added")
        .containsExactlyInAnyOrderElementsOf(plus(flowNodeIds(Files.readString(Path.of(BPMN_NAME), StandardCharsets.UTF_8)),
            "Task_AttendWebinar"));
    Map<String, Snapshot> before = snapshots();

    // Deploy as Camunda Modeler does, the new form attached.
    ResponseEntity<Map<String, Object>> deployed = deploy(NEW_DEPLOYMENT, Map.of(BPMN_NAME, changed,
        FORM_NAME, Files.readString(CHANGE.resolve(FORM_NAME), StandardCharsets.UTF_8)));
    assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
    newDeployment = (String) deployed.getBody().get("id");
    ProcessDefinition target = repositoryService.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
    assertThat(target.getDeploymentId()).isEqualTo(newDeployment);
    assertThat(target.getVersion()).isEqualTo(running.getVersion() + 1);
    assertThat(instances()).hasSize(2).allSatisfy(instance ->
        assertThat(instance.getProcessDefinitionId()).as("until migrated").isEqualTo(running.getId()));

    // Migrate: generate the plan (same ids map to each other), then execute it for the campaign's open instances.
    ResponseEntity<Map<String, Object>> plan = call(Administrator.ID, HttpMethod.POST, "/engine-rest/migration/generate",
        Map.of("sourceProcessDefinitionId", running.getId(), "targetProcessDefinitionId", target.getId(),
            "updateEventTriggers", true));
    assertThat(plan.getStatusCode()).as("%s", plan.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(mappedActivities(plan.getBody())).contains("Task_StudyRegulations", "Task_DraftSchedule",
        "SubProcess_Preparation", "Timer_WorkStarts").doesNotContain("Task_AttendWebinar");
    Map<String, Object> migration = Map.of("migrationPlan", plan.getBody(),
        "processInstanceQuery", Map.of("processDefinitionId", running.getId(), "businessKeyLike", CAMPAIGN + "/%"));
    // Only administrators migrate: a school's coordinator, the region's coordinator and the auditor are refused.
    for (String user : List.of(COORDINATOR_A, REGIONAL, AUDITOR)) {
      for (String endpoint : List.of("/engine-rest/migration/execute", "/engine-rest/migration/executeAsync")) {
        assertThat(call(user, HttpMethod.POST, endpoint, migration).getStatusCode()).as(user + " " + endpoint)
            .isEqualTo(HttpStatus.FORBIDDEN);
      }
    }
    assertThat(instances()).allSatisfy(instance ->
        assertThat(instance.getProcessDefinitionId()).as("after the refusals").isEqualTo(running.getId()));
    ResponseEntity<Map<String, Object>> executed = call(Administrator.ID, HttpMethod.POST, "/engine-rest/migration/execute",
        migration);
    assertThat(executed.getStatusCode()).as("%s", executed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(instances()).hasSize(2).allSatisfy(instance ->
        assertThat(instance.getProcessDefinitionId()).isEqualTo(target.getId()));
    before.values().forEach(instance -> System.out.println("migrated " + instance.instanceId() + ": " + running.getId()
        + " -> " + target.getId() + ", open tasks " + instance.tasks() + ", timers " + instance.timers()
        + ", " + instance.variables().size() + " variables"));
    assertThat(snapshots()).as("open tasks (id, activity, assignee), variables, timers and the calling school")
        .isEqualTo(before);
    assertThat(before.get(SCHOOL_A).tasks()).singleElement().asString()
        .contains("Task_StudyRegulations").contains(COORDINATOR_A);
    assertThat(before.get(SCHOOL_B).tasks()).singleElement().asString().contains("Task_DraftSchedule");

    // The added task is reached: school A's coordinator completes the claimed task and gets the webinar, with its form.
    String instanceA = before.get(SCHOOL_A).instanceId();
    String studyA = taskService.createTaskQuery().processInstanceId(instanceA).singleResult().getId();
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/task/" + studyA + "/submit-form",
        Map.of("variables", Map.of("regulationsStudied", Map.of("value", true)))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Map<String, Object> webinar = openTasks(COORDINATOR_A, instanceA).get(0);
    assertThat(webinar.get("taskDefinitionKey")).isEqualTo("Task_AttendWebinar");
    assertThat(webinar.get("name")).asString().startsWith("Принять участие в вебинаре по ВПР");
    assertThat(webinar.get("due")).isNotNull();
    String webinarId = (String) webinar.get("id");
    ResponseEntity<Map<String, Object>> form = call(COORDINATOR_A, HttpMethod.GET, "/engine-rest/task/" + webinarId + "/deployed-form", null);
    assertThat(form.getBody()).containsEntry("id", "vpr-school-coordinator-attend-webinar");
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/task/" + webinarId + "/claim", Map.of("userId", COORDINATOR_A))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<Map<String, Object>> empty = call(COORDINATOR_A, HttpMethod.POST,
        "/engine-rest/task/" + webinarId + "/submit-form", Map.of("variables", Map.of()));
    assertThat(empty.getStatusCode()).as("the new form's required fields are enforced").isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) empty.getBody().get("message")).contains("webinarAttended").contains("webinarAttendedOn");
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/task/" + webinarId + "/submit-form",
        Map.of("variables", Map.of("webinarAttended", Map.of("value", true),
            "webinarAttendedOn", Map.of("value", "2027-03-15")))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(openTasks(COORDINATOR_A, instanceA)).singleElement()
        .satisfies(next -> assertThat(next.get("taskDefinitionKey")).isEqualTo("Task_DraftSchedule"));
  }

  /** One migrated instance as its people and its caller see it. */
  record Snapshot(String instanceId, List<String> tasks, Map<String, Object> variables, List<String> timers, String caller) {
  }

  private Map<String, Snapshot> snapshots() {
    Map<String, Snapshot> bySchool = new HashMap<>();
    for (ProcessInstance instance : instances()) {
      String id = instance.getId();
      List<String> tasks = taskService.createTaskQuery().processInstanceId(id).orderByTaskId().asc().list().stream()
          .map(task -> task.getId() + " " + task.getTaskDefinitionKey() + " " + task.getAssignee() + " " + task.getName()
              + " " + task.getDueDate())
          .toList();
      List<String> timers = managementService.createJobQuery().processInstanceId(id).timers().orderByJobId().asc().list().stream()
          .map(job -> job.getId() + " " + job.getDuedate()).toList();
      String caller = runtimeService.createProcessInstanceQuery().subProcessInstanceId(id).singleResult().getId();
      Map<String, Object> variables = new LinkedHashMap<>(runtimeService.getVariables(id));
      bySchool.put((String) variables.get("schoolId"), new Snapshot(id, tasks, variables, timers, caller));
    }
    return bySchool;
  }

  private List<ProcessInstance> instances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKeyLike(CAMPAIGN + "/%").list();
  }

  private Task studyTask(String school) {
    return taskService.createTaskQuery().tenantIdIn("school-" + school).processDefinitionKey(KEY)
        .taskDefinitionKey("Task_StudyRegulations").singleResult();
  }

  /** The instance's open tasks, as the coordinator reads them through the REST API. */
  private List<Map<String, Object>> openTasks(String user, String processInstanceId) {
    ResponseEntity<List<Map<String, Object>>> answer = http.withBasicAuth(user, TestStaff.PASSWORD).exchange(
        "/engine-rest/task?processInstanceId=" + processInstanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @SuppressWarnings("unchecked")
  private static List<String> mappedActivities(Map<String, Object> plan) {
    List<String> sources = new ArrayList<>();
    for (Map<String, Object> instruction : (List<Map<String, Object>>) plan.get("instructions")) {
      assertThat(instruction.get("targetActivityIds")).isEqualTo(instruction.get("sourceActivityIds"));
      sources.addAll((List<String>) instruction.get("sourceActivityIds"));
    }
    return sources;
  }

  private static Set<String> flowNodeIds(String bpmn) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)))
        .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
  }

  private static Set<String> plus(Set<String> ids, String id) {
    Set<String> more = new HashSet<>(ids);
    more.add(id);
    return more;
  }

  private static int lineOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    assertThat(at).as(fragment).isNotNegative();
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private static int columnOf(String text, String fragment) {
    int at = text.indexOf(fragment);
    return at - text.lastIndexOf('\n', at);
  }

  private static Map<String, Object> refused(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    System.out.println("refused: " + answer.getBody().get("message"));
    return answer.getBody();
  }

  private ResponseEntity<Map<String, Object>> deploy(String deploymentName, Map<String, String> resources) {
    return RestDeployments.create(http, deploymentName, resources);
  }


  private ResponseEntity<Map<String, Object>> call(String user, HttpMethod method, String path, Object body) {
    String password = Administrator.ID.equals(user) ? Administrator.PASSWORD : TestStaff.PASSWORD;
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return http.withBasicAuth(user, password).exchange(path, method,
          body == null ? new HttpEntity<>(headers) : new HttpEntity<>(JSON.writeValueAsString(body), headers),
          new ParameterizedTypeReference<Map<String, Object>>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
