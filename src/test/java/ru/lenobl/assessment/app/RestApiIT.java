package ru.lenobl.assessment.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;
import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelDeployer;
import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.TestStaff;
import ru.lenobl.assessment.testsupport.TestProfiles;

/** The running application over HTTP, as a school coordinator and as an anonymous caller see it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class RestApiIT {

  static final String COORDINATOR = "it-coordinator";
  static final String ADMIN = "it-admin";
  static final String ADMIN_PASSWORD = "it-admin-secret";
  static final String PASSWORD = TestStaff.PASSWORD;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired TaskService taskService;

  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  @BeforeEach
  void schoolCoordinatorExists() {
    if (identityService.createUserQuery().userId(COORDINATOR).count() == 0) {
      new TestStaff(staffDirectory, identityService, system)
          .school(COORDINATOR, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, "9902");
    }
  }

  @Test
  void restApiAnswers401WithoutCredentialsOrWithAWrongPassword() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(asCoordinator().getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    // Last: after a wrong password Camunda locks the user for a few seconds (brute-force protection).
    assertThat(http.withBasicAuth(COORDINATOR, "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void healthIsUpWithoutCredentials() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"");
  }

  @Test
  void everyModelAndFormIsDeployedAtStartUp() {
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .contains("vpr-school-coordinator-preparation", "vpr-school-coordinator-conduct", "vpr-school-coordinator-completion");
    List<String> deployed = repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list()
        .stream().flatMap(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()).stream())
        .toList();
    assertThat(deployed).containsAll(new ClasspathModels().all().stream().map(model -> model.name()).toList());
  }

  @Test
  void schoolCoordinatorCompletesTheFirstPreparationTaskOverRestAndTheNextOneAppears() {
    SchoolWork work = new SchoolWork("VPR-IT", "tosno", "9902", "Школа №2 (демо)", "RU-4", "Русский язык", 4,
        WorkForm.paper, OffsetDateTime.now().plusDays(7), OffsetDateTime.now().plusDays(14));
    // Staff start no processes: the administrator starts the school's process, the coordinator works on it.
    Map<String, Object> started = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).postForObject(
        "/engine-rest/process-definition/key/vpr-school-coordinator-preparation/start",
        Map.of("businessKey", work.businessKey(), "variables", restVariables(work.variables())), Map.class);
    String instance = (String) started.get("id");

    List<Map<String, Object>> tasks = tasksOf(instance);
    assertThat(tasks).singleElement().satisfies(task -> assertThat(task.get("name"))
        .isEqualTo("Изучить нормативные документы ВПР — Школа №2 (демо), Русский язык, 4 класс"));
    String first = (String) tasks.get(0).get("id");

    ResponseEntity<Map<String, Object>> refused = submitForm(first, Map.of("regulationsQuestions", "нет"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message"))
        .contains("regulationsStudied")
        .contains("Нормативные документы, инструктивные и методические материалы изучены");
    assertThat(taskService.createTaskQuery().taskId(first).count()).as("the refused task stays open").isEqualTo(1);

    assertThat(submitForm(first, Map.of("regulationsStudied", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(tasksOf(instance)).singleElement()
        .satisfies(task -> assertThat(task.get("name"))
            .isEqualTo("Составить план-график ВПР в ОО — Школа №2 (демо), Русский язык, 4 класс"));
  }

  private List<Map<String, Object>> tasksOf(String instance) {
    return asCoordinator().exchange("/engine-rest/task?candidateGroup=vpr-school-coordinator&processInstanceId=" + instance,
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
  }

  private ResponseEntity<Map<String, Object>> submitForm(String taskId, Map<String, Object> values) {
    return asCoordinator().exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        new org.springframework.http.HttpEntity<>(Map.of("variables", restVariables(values))),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  private TestRestTemplate asCoordinator() {
    return http.withBasicAuth(COORDINATOR, PASSWORD);
  }

  private static Map<String, Object> restVariables(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
