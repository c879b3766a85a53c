package ru.lenobl.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.util.Arrays;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeoutException;

import org.apache.catalina.Context;
import org.apache.catalina.core.StandardContext;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;
import ru.lenobl.assessment.testsupport.Administrator;
import ru.lenobl.assessment.testsupport.TestProfiles;

/** The REST API answers a user's mistake with 4xx and a Russian message, never with 500. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class RestErrorsIT {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired ServletWebServerApplicationContext webServer;

  @BeforeEach
  void administratorExists() {
    Administrator.ensureExists(identityService);
  }

  /**
   * Four HTTP requests, four transactions, a real optimistic-locking failure in three of them. Released together, a
   * request that the scheduler delays until the first one has committed would find no task (404): so that the test
   * is deterministic, each completion waits in a test-only task listener, after it has read the task and before it
   * writes, until all four have read it (or 10 seconds have passed).
   */
  @Test
  void fourPeopleSubmittingOneTaskAtOnceGetOne204AndThree409() throws Exception {
    String task = firstTaskOfANewPreparation("9911");
    int people = 4;
    CyclicBarrier allHaveReadTheTask = new CyclicBarrier(people);
    TaskListener waitForTheOthers = delegateTask -> {
      try {
        allHaveReadTheTask.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (BrokenBarrierException | TimeoutException e) {
        // go on: the assertions tell what happened
      }
    };
    TaskDefinition definition = taskDefinitionOf(task);
    definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, waitForTheOthers);
    CountDownLatch ready = new CountDownLatch(people);
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(people);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        answers.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return submitForm(task, Map.of("regulationsStudied", true));
        }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<ResponseEntity<String>> results = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        results.add(answer.get(60, TimeUnit.SECONDS));
      }
      results.forEach(answer -> System.out.println("parallel submit: " + answer.getStatusCode().value() + " "
          + answer.getHeaders().getContentType() + " " + answer.getBody()));

      assertThat(results).extracting(answer -> answer.getStatusCode().value())
          .containsExactlyInAnyOrder(204, 409, 409, 409);
      results.stream().filter(answer -> answer.getStatusCode() == HttpStatus.CONFLICT).forEach(answer -> {
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(answer.getBody()).isEqualTo("{\"type\":\"Conflict\",\"message\":\""
            + RestErrorTranslationFilter.CONFLICT_MESSAGE + "\"}");
        assertThat(answer.getHeaders().getContentLength()).isEqualTo(answer.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
      });
    } finally {
      definition.getTaskListenersForEvent(TaskListener.EVENTNAME_COMPLETE).remove(waitForTheOthers);
      pool.shutdownNow();
    }
  }

  private TaskDefinition taskDefinitionOf(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    ProcessDefinitionEntity process = (ProcessDefinitionEntity) ((RepositoryServiceImpl) repositoryService)
        .getDeployedProcessDefinition(task.getProcessDefinitionId());
    ActivityImpl activity = process.findActivity(task.getTaskDefinitionKey());
    return ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
  }

  /**
   * On /engine-rest the filter runs inside the basic authentication. (Spring Boot adds every FilterRegistrationBean
   * before the filters that Camunda's webapp initializer adds itself, so on /camunda/api/engine it runs outside the
   * webapp's authentication; it only rewrites error answers, and leaves their 401 and 403 alone.)
   */
  @Test
  void theFilterRunsInsideTheRestApiAuthentication() {
    Context context = (Context) ((TomcatWebServer) webServer.getWebServer()).getTomcat().getHost().findChildren()[0];
    List<FilterMap> maps = Arrays.asList(((StandardContext) context).findFilterMaps());
    List<String> filters = maps.stream().map(FilterMap::getFilterName).toList();
    assertThat(filters.indexOf("rest-error-translation")).isGreaterThan(filters.indexOf("engine-rest-basic-authentication"));
    assertThat(maps.stream().filter(map -> map.getFilterName().equals("rest-error-translation"))
        .flatMap(map -> Arrays.stream(map.getURLPatterns())))
        .containsExactlyInAnyOrder("/engine-rest/*", "/camunda/api/engine/*");
  }

  @Test
  void aSubmitToAFinishedTaskIs404WithARussianMessage() {
    String task = firstTaskOfANewPreparation("9912");
    assertThat(submitForm(task, Map.of("regulationsStudied", true)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> again = submitForm(task, Map.of("regulationsStudied", true));
    System.out.println("submit to a finished task: " + again.getStatusCode().value() + " " + again.getBody());

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(again.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(again.getBody()).isEqualTo("{\"type\":\"NotFound\",\"message\":\""
        + RestErrorTranslationFilter.NOT_FOUND_MESSAGE + "\"}");

    ResponseEntity<String> complete = post("/engine-rest/task/" + task + "/complete", "{}");
    assertThat(complete.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> read = asAdministrator().getForEntity("/engine-rest/task/" + task, String.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read.getBody()).contains("NotFound");
  }

  @Test
  void otherAnswersAreLeftAlone() {
    String task = firstTaskOfANewPreparation("9913");
    ResponseEntity<String> refused = submitForm(task, Map.of("regulationsQuestions", "нет"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"type\":\"RestException\"").contains("regulationsStudied");

    ResponseEntity<String> unknownDefinition = asAdministrator().getForEntity("/engine-rest/process-definition/key/no-such", String.class);
    assertThat(unknownDefinition.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknownDefinition.getBody()).contains("no-such").doesNotContain("NotFound\"");
  }

  @Test
  void aRefusedFormIsLoggedInOneLineWithoutAStackTrace(CapturedOutput output) {
    String task = firstTaskOfANewPreparation("9914");
    int before = output.getAll().length();

    ResponseEntity<String> refused = submitForm(task, Map.of("regulationsQuestions", "секретный ответ"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String logged = output.getAll().substring(before);
    System.out.println("logged for a refused form: [" + logged + "]");
    assertThat(logged.lines().filter(line -> !line.isBlank())).singleElement()
        .satisfies(line -> assertThat(line).contains("Form refused").contains("regulationsStudied")
            .doesNotContain("секретный ответ"));
    assertThat(logged).doesNotContain("\tat ");
  }

  private String firstTaskOfANewPreparation(String schoolId) {
    SchoolWork work = new SchoolWork("VPR-ERR", "tosno", schoolId, "Школа " + schoolId, "RU-4", "Русский язык", 4,
        WorkForm.paper, OffsetDateTime.now().plusDays(7), OffsetDateTime.now().plusDays(14));
    String instance = runtimeService.startProcessInstanceByKey("vpr-school-coordinator-preparation", work.businessKey(),
        work.variables()).getId();
    return taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private ResponseEntity<String> submitForm(String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    try {
      return post("/engine-rest/task/" + taskId + "/submit-form",
          new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("variables", variables)));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private ResponseEntity<String> post(String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return asAdministrator().exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
  }

  private TestRestTemplate asAdministrator() {
    return http.withBasicAuth(Administrator.ID, Administrator.PASSWORD);
  }
}
