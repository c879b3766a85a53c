package ru.lenobl.assessment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.TestStaff;

/**
 * Scope and authorizations over the real REST API of the running application, with authorizations on: a plan with two
 * schools of Тосненский and one of Лужский, tried as the people who are not the administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeAndAuthorizationIT {

  static final String CAMPAIGN = "IT-SCOPE";
  static final String SCHOOL_A = "8801";
  static final String SCHOOL_B = "8802";
  static final String SCHOOL_LUGA = "8803";
  static final String SCHOOL_ADDED_LATER = "8804";

  static final String COORDINATOR_A = "scope-coordinator-a";
  static final String COORDINATOR_B = "scope-coordinator-b";
  static final String MUNICIPAL_TOSNO = "scope-municipal-tosno";
  static final String MUNICIPAL_LUGA = "scope-municipal-luga";
  static final String REGIONAL = "scope-regional";
  static final String AUDITOR = "scope-auditor";

  static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  @BeforeAll
  void staffAndPlan() {
    TestStaff staff = new TestStaff(staffDirectory, identityService, system);
    staff.school(COORDINATOR_A, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL_A);
    staff.school(COORDINATOR_B, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL_B);
    staff.municipal(MUNICIPAL_TOSNO, RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.TOSNO);
    staff.municipal(MUNICIPAL_LUGA, RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.LUGA);
    staff.regional(REGIONAL, RoleGroup.VPR_REGIONAL_COORDINATOR);
    staff.regional(AUDITOR, RoleGroup.AUDITOR);
    importPlan(CAMPAIGN,
        "Тосненский," + SCHOOL_A + ",Школа А (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n"
            + "Тосненский," + SCHOOL_B + ",Школа Б (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 2\n"
            + "Лужский," + SCHOOL_LUGA + ",Школа Луга (тест),Математика,5,2027-04-22,09:00,45,paper,2027-05-06,,Каб. 3\n");
  }

  // ------------------------------------------------------------------ isolation between schools

  @Test
  void aSchoolCoordinatorCannotReachAnotherSchoolsTask() {
    Task taskOfA = coordinatorTaskOf(SCHOOL_A);
    Map<String, Object> variablesBefore = taskService.getVariables(taskOfA.getId());
    String id = taskOfA.getId();
    String instance = taskOfA.getProcessInstanceId();

    assertThat(ids(getList(COORDINATOR_B, "/engine-rest/task?maxResults=1000"))).doesNotContain(id);
    assertThat(ids(getList(COORDINATOR_B, "/engine-rest/task?tenantIdIn=school-" + SCHOOL_A))).isEmpty();
    assertRefused(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/task/" + id, null));
    assertRefused(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/task/" + id + "/variables", null));
    assertRefused(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/task/" + id + "/form-variables", null));
    assertRefused(call(COORDINATOR_B, HttpMethod.POST, "/engine-rest/task/" + id + "/claim", Map.of("userId", COORDINATOR_B)));
    assertRefused(call(COORDINATOR_B, HttpMethod.POST, "/engine-rest/task/" + id + "/submit-form",
        Map.of("variables", Map.of("regulationsStudied", Map.of("value", true)))));
    assertRefused(call(COORDINATOR_B, HttpMethod.POST, "/engine-rest/task/" + id + "/complete", Map.of("variables", Map.of())));
    assertRefused(call(COORDINATOR_B, HttpMethod.PUT, "/engine-rest/task/" + id + "/variables/probe",
        Map.of("value", "changed", "type", "String")));
    assertRefused(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/process-instance/" + instance, null));
    assertRefused(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/process-instance/" + instance + "/variables", null));
    assertRefused(call(COORDINATOR_B, HttpMethod.PUT, "/engine-rest/process-instance/" + instance + "/variables/probe",
        Map.of("value", "changed", "type", "String")));
    assertThat(getList(COORDINATOR_B, "/engine-rest/history/process-instance?processInstanceId=" + instance)).isEmpty();
    assertThat(getList(COORDINATOR_B, "/engine-rest/history/task?processInstanceId=" + instance)).isEmpty();
    assertThat(getList(COORDINATOR_B, "/engine-rest/history/variable-instance?processInstanceId=" + instance)).isEmpty();
    assertThat(getList(COORDINATOR_B, "/engine-rest/history/activity-instance?processInstanceId=" + instance)).isEmpty();

    Task after = taskService.createTaskQuery().taskId(id).singleResult();
    assertThat(after).as("school A's task is still open").isNotNull();
    assertThat(after.getAssignee()).as("nobody claimed it").isNull();
    assertThat(taskService.getVariables(id)).as("its variables are unchanged").isEqualTo(variablesBefore);
  }

  /** The engine checks authorizations with {@link KnownGroupsAuthorizationManager}; the answers stay the same. */
  @Test
  void authorizationChecksPassAStaffMembersFewGroupsOnWithoutReadingEveryAuthorization() {
    Class<?> manager = system.call(() -> org.camunda.bpm.engine.impl.context.Context.getCommandContext()
        .getAuthorizationManager().getClass());
    assertThat(manager).isEqualTo(KnownGroupsAuthorizationManager.class);
    assertThat(new KnownGroupsAuthorizationManager().filterAuthenticatedGroupIds(
        List.of("vpr-school-coordinator", "school-" + SCHOOL_A))).containsExactly("vpr-school-coordinator", "school-" + SCHOOL_A);
    // A group that has no authorization at all, in the list as it is: it grants nothing.
    identityService.setAuthentication(COORDINATOR_A, List.of("vpr-school-coordinator", "school-" + SCHOOL_A,
        "group-without-any-authorization"), List.of("school-" + SCHOOL_A));
    try {
      assertThat(taskService.createTaskQuery().list()).isNotEmpty()
          .allSatisfy(task -> assertThat(task.getTenantId()).isEqualTo("school-" + SCHOOL_A));
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void aSchoolCoordinatorSeesAndWorksOnTheirOwnSchoolsTask() {
    Task own = coordinatorTaskOf(SCHOOL_B);

    assertThat(ids(getList(COORDINATOR_B, "/engine-rest/task?maxResults=1000"))).contains(own.getId());
    assertThat(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/task/" + own.getId() + "/variables", null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(call(COORDINATOR_B, HttpMethod.GET, "/engine-rest/process-instance/" + own.getProcessInstanceId(), null)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(getList(COORDINATOR_B, "/engine-rest/history/process-instance?processInstanceId=" + own.getProcessInstanceId()))
        .hasSize(1);
  }

  // ------------------------------------------------------------------ whose work it is

  @Test
  void everyTaskInASchoolCoordinatorsListIsDueAndNamesTheSchool() {
    List<Map<String, Object>> tasks = getList(COORDINATOR_A, "/engine-rest/task?sortBy=dueDate&sortOrder=asc&maxResults=1000");

    assertThat(tasks).isNotEmpty().allSatisfy(task -> {
      assertThat(task.get("due")).as("due date of %s", task.get("name")).isNotNull();
      assertThat((String) task.get("name")).contains("Школа А (тест)");
      assertThat(task.get("tenantId")).isEqualTo("school-" + SCHOOL_A);
    });
    assertThat(tasks).anySatisfy(task -> {
      assertThat(task.get("name")).isEqualTo("Изучить нормативные документы ВПР — Школа А (тест), Русский язык, 4 класс");
      assertThat(task.get("camundaFormRef").toString()).contains("vpr-school-coordinator-study-regulations");
      // due at the school's first work: 21.04.2027 09:00 Moscow time (the REST API answers in the server's zone, UTC)
      assertThat(OffsetDateTime.parse((String) task.get("due"), REST_DATE).toInstant())
          .isEqualTo(OffsetDateTime.parse("2027-04-21T09:00:00+03:00").toInstant());
    });
  }

  // ------------------------------------------------------------------ hand-offs across scopes

  @Test
  void aSchoolsResultsUploadReachesItsMunicipalityAndTheRegionThoughTheCoordinatorReachesNeither() {
    repositoryService.createDeployment().name("it-handoff-probe").addString("it-handoff-probe.bpmn", """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="it-handoff-probe" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="Upload" name="Загрузить результаты" camunda:candidateGroups="vpr-school-coordinator">
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
            <bpmn:intermediateThrowEvent id="Uploaded"><bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
              <bpmn:messageEventDefinition messageRef="M" camunda:delegateExpression="${handOffSender}" />
            </bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="End"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Upload" />
            <bpmn:sequenceFlow id="f2" sourceRef="Upload" targetRef="Uploaded" />
            <bpmn:sequenceFlow id="f3" sourceRef="Uploaded" targetRef="End" />
          </bpmn:process>
          <bpmn:message id="M" name="results-uploaded" />
        </bpmn:definitions>
        """).deploy();
    String instance = runtimeService.startProcessInstanceByKey("it-handoff-probe", CAMPAIGN + "/mun-tosno/school-" + SCHOOL_A
        + "/PROBE", Map.of("campaignId", CAMPAIGN, "municipalityId", "tosno", "schoolId", SCHOOL_A)).getId();
    String municipality = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(CAMPAIGN + "/mun-tosno")
        .processDefinitionKey("vpr-municipality").singleResult().getId();
    String campaign = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(CAMPAIGN)
        .processDefinitionKey("vpr-campaign").singleResult().getId();
    long municipalBefore = count(municipality, "munResultsUploadedCount");
    long regionalBefore = count(campaign, "regResultsUploadedCount");
    String upload = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    assertThat(call(COORDINATOR_A, HttpMethod.GET, "/engine-rest/process-instance/" + municipality, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/task/" + upload + "/complete", Map.of("variables", Map.of()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(count(municipality, "munResultsUploadedCount")).isEqualTo(municipalBefore + 1);
    assertThat(count(campaign, "regResultsUploadedCount")).isEqualTo(regionalBefore + 1);
  }

  private long count(String instance, String variable) {
    return ((Number) runtimeService.getVariable(instance, variable)).longValue();
  }

  // ------------------------------------------------------------------ municipal scope

  @Test
  void aMunicipalCoordinatorSeesTheirMunicipalitysSchoolsIncludingOnesAddedLaterAndNoneOfAnother() {
    importPlan(CAMPAIGN + "-LATER",
        "Тосненский," + SCHOOL_ADDED_LATER + ",Школа новая (тест),История,6,2027-04-23,10:00,45,paper,2027-05-07,,Каб. 4\n");

    List<String> tosnoTenants = tenants(getList(MUNICIPAL_TOSNO, "/engine-rest/task?maxResults=2000"));
    assertThat(tosnoTenants).contains("school-" + SCHOOL_A, "school-" + SCHOOL_B, "school-" + SCHOOL_ADDED_LATER, "mun-tosno")
        .doesNotContain("school-" + SCHOOL_LUGA, "mun-luga", "region");
    assertThat(tenants(getList(MUNICIPAL_TOSNO, "/engine-rest/process-instance?maxResults=2000")))
        .contains("school-" + SCHOOL_A, "school-" + SCHOOL_ADDED_LATER)
        .doesNotContain("school-" + SCHOOL_LUGA, "mun-luga");

    List<String> lugaTenants = tenants(getList(MUNICIPAL_LUGA, "/engine-rest/task?maxResults=2000"));
    assertThat(lugaTenants).contains("school-" + SCHOOL_LUGA, "mun-luga")
        .doesNotContain("school-" + SCHOOL_A, "school-" + SCHOOL_ADDED_LATER, "mun-tosno");
  }

  @Test
  void theRegionalCoordinatorReachesEveryMunicipality() {
    assertThat(tenants(ofCampaign(getList(REGIONAL, "/engine-rest/process-instance?maxResults=5000"), "businessKey")))
        .contains("region", "mun-tosno", "mun-luga", "school-" + SCHOOL_A, "school-" + SCHOOL_LUGA);
  }

  // ------------------------------------------------------------------ the auditor

  @Test
  void theAuditorReadsHistoryEverywhereAndChangesNothing() {
    assertThat(tenants(ofCampaign(getList(AUDITOR, "/engine-rest/history/process-instance?maxResults=5000"), "businessKey"))).contains("region", "mun-tosno", "mun-luga", "school-" + SCHOOL_A, "school-" + SCHOOL_LUGA);
    assertThat(getList(AUDITOR, "/engine-rest/history/task?taskTenantIdIn=school-" + SCHOOL_LUGA)).isNotEmpty();

    Task task = coordinatorTaskOf(SCHOOL_LUGA);
    assertThat(call(AUDITOR, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", AUDITOR))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(AUDITOR, HttpMethod.POST, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of()))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(AUDITOR, HttpMethod.PUT, "/engine-rest/task/" + task.getId() + "/variables/probe",
        Map.of("value", "changed", "type", "String")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(AUDITOR, HttpMethod.PUT, "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables/probe",
        Map.of("value", "changed", "type", "String")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deploy(AUDITOR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(AUDITOR, HttpMethod.POST, "/engine-rest/user/create",
        Map.of("profile", Map.of("id", "auditor-made-user"), "credentials", Map.of("password", "x1Y!x1Y!x1Y!")))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
    assertThat(taskService.getVariable(task.getId(), "probe")).isNull();
    assertThat(identityService.createUserQuery().userId("auditor-made-user").count()).isZero();
  }

  // ------------------------------------------------------------------ only administrators change models and people

  @Test
  void onlyAdministratorsDeploy() {
    for (String user : List.of(COORDINATOR_A, MUNICIPAL_TOSNO, REGIONAL, AUDITOR)) {
      assertThat(deploy(user).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("it-harmless").count()).isZero();
  }

  @Test
  void aSchoolCoordinatorCannotMakeThemselvesAnAdministrator() {
    assertThat(call(COORDINATOR_A, HttpMethod.PUT, "/engine-rest/group/camunda-admin/members/" + COORDINATOR_A, null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/authorization/create", Map.of("type", 1,
        "permissions", List.of("ALL"), "userId", COORDINATOR_A, "resourceType", 0, "resourceId", "*"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId(COORDINATOR_A).memberOfGroup("camunda-admin").count()).isZero();
  }

  @Test
  void staffStartNoProcessesAndCreateNoTasks() {
    long instances = historyService.createHistoricProcessInstanceQuery().count();
    assertThat(call(COORDINATOR_A, HttpMethod.POST,
        "/engine-rest/process-definition/key/vpr-school-coordinator-preparation/start",
        Map.of("variables", Map.of("schoolId", Map.of("value", SCHOOL_A)))).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(call(COORDINATOR_A, HttpMethod.POST, "/engine-rest/task/create", Map.of("id", "it-standalone-task",
        "name", "Своя задача")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(taskService.createTaskQuery().taskId("it-standalone-task").count()).isZero();
  }

  // ------------------------------------------------------------------

  /** The school coordinator's first task of the school (VPR-SCH-PREP-1), whose variables are plain values. */
  private Task coordinatorTaskOf(String school) {
    return taskService.createTaskQuery().tenantIdIn("school-" + school).taskCandidateGroup("vpr-school-coordinator")
        .taskDefinitionKey("Task_StudyRegulations").processInstanceBusinessKeyLike(CAMPAIGN + "/%").list().get(0);
  }

  private void importPlan(String campaignId, String rows) {
    ResponseEntity<String> answer = PlanImports.postVprPlan(http, REGIONAL, TestStaff.PASSWORD, campaignId, rows);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private ResponseEntity<String> deploy(String user) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
          <bpmn:process id="it-harmless" isExecutable="true"><bpmn:startEvent id="s"/></bpmn:process>
        </bpmn:definitions>
        """;
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "it-harmless");
    parts.add("it-harmless.bpmn", new ByteArrayResource(bpmn.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "it-harmless.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth(user, TestStaff.PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  private ResponseEntity<String> call(String user, HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, TestStaff.PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private List<Map<String, Object>> getList(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> answer = http.withBasicAuth(user, TestStaff.PASSWORD)
        .exchange(path, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static List<Map<String, Object>> ofCampaign(List<Map<String, Object>> items, String businessKey) {
    return items.stream().filter(item -> String.valueOf(item.get(businessKey)).startsWith(CAMPAIGN + "/")
        || CAMPAIGN.equals(item.get(businessKey))).toList();
  }

  private static List<String> ids(List<Map<String, Object>> items) {
    return items.stream().map(item -> (String) item.get("id")).toList();
  }

  private static List<String> tenants(List<Map<String, Object>> items) {
    return items.stream().map(item -> (String) item.get("tenantId")).distinct().toList();
  }

  private static void assertRefused(ResponseEntity<String> answer) {
    HttpStatusCode status = answer.getStatusCode();
    assertThat(status.value()).as("%s: %s", status, answer.getBody()).isIn(403, 404);
  }
}
