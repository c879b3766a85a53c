package ru.lenobl.assessment.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.Browser;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.TestStaff;

/**
 * Tasklist, the monitoring page and the audit page in headless chromium, as their users work with them: one campaign
 * with two schools of Тосненский. Screenshots in {@code target/screenshots/}. Run with {@code mvn verify -Pbrowser}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportPagesBrowserIT {

  static final String CAMPAIGN = "IT-BROWSER";
  static final String SCHOOL = "8931";
  static final String OTHER_SCHOOL = "8932";
  static final String WORK_KEY = CAMPAIGN + "/mun-tosno/school-" + SCHOOL + "/RU-4";
  static final String COORDINATOR = "browser-coordinator";
  static final String MUNICIPAL = "browser-municipal";
  static final String AUDITOR = "browser-auditor";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  String uploadTaskId;

  @BeforeAll
  void staffAndPlan() {
    TestStaff staff = new TestStaff(staffDirectory, identityService, system);
    staff.school(COORDINATOR, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL);
    staff.school("browser-organizer", RoleGroup.VPR_CLASSROOM_ORGANIZER, Municipality.TOSNO, SCHOOL);
    staff.school("browser-coordinator2", RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, OTHER_SCHOOL);
    staff.municipal(MUNICIPAL, RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.TOSNO);
    staff.regional(AUDITOR, RoleGroup.AUDITOR);
    staff.regional("browser-regional", RoleGroup.VPR_REGIONAL_COORDINATOR);
    assertThat(PlanImports.postVprPlan(http, "browser-regional", TestStaff.PASSWORD, CAMPAIGN,
        "Тосненский," + SCHOOL + ",Школа Браузерная (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n"
            + "Тосненский," + OTHER_SCHOOL + ",Школа Соседняя (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 2\n")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @AfterAll
  void clockBack() {
    ClockUtil.reset();
  }

  @Test
  @Order(1)
  void aSchoolCoordinatorCompletesATaskInRussianTasklistAndSeesTheNextTask() {
    try (Browser browser = new Browser(port, "tasklist")) {
      browser.open("/camunda/app/tasklist/");
      browser.waitFor(By.cssSelector("input[type=password]"));
      browser.screenshot("01-tasklist-login-ru");
      assertThat(browser.driver().findElement(By.cssSelector("button[type=submit]")).getText()).isEqualTo("Войти");
      assertThat(browser.driver().findElement(By.cssSelector("input[type=password]")).getAttribute("placeholder"))
          .isEqualTo("Пароль");
      browser.driver().findElement(By.cssSelector("input[ng-model=username], input#inputUsername, input[autocomplete=username]"))
          .sendKeys(COORDINATOR);
      browser.driver().findElement(By.cssSelector("input[type=password]")).sendKeys(TestStaff.PASSWORD);
      browser.driver().findElement(By.cssSelector("button[type=submit]")).click();

      browser.waitForClickable(By.xpath("//*[contains(text(), 'Задачи моих групп')]")).click();
      WebElement task = browser.waitForClickable(By.xpath("//*[contains(@class, 'task')]//*[contains(text(), 'Изучить нормативные документы ВПР')]"));
      browser.screenshot("02-tasklist-my-group-tasks");
      // The works are set up by their own jobs after the school's, so their coordinator tasks may be newer than this one.
      String studyTaskId = taskService.createTaskQuery().tenantIdIn("school-" + SCHOOL)
          .taskCandidateGroup(RoleGroup.VPR_SCHOOL_COORDINATOR.id()).processInstanceBusinessKeyLike(CAMPAIGN + "/%")
          .taskDefinitionKey("Task_StudyRegulations").singleResult().getId();
      task.click();
      browser.waitForClickable(By.xpath("//button[contains(., 'Взять в работу')]")).click();
      WebElement studied = browser.waitForClickable(By.cssSelector("form.fjs-form input[type=checkbox][id$=RegulationsStudied]"));
      studied.click();
      browser.screenshot("03-tasklist-form-filled");
      browser.waitForClickable(By.xpath("//button[contains(., 'Завершить')]")).click();

      Task next = nextCoordinatorTaskAfter(studyTaskId);
      String nextName = next.getName().split(" — ")[0];
      // The next task may have been in the list already (the per-work assignments open at the import): wait until
      // Tasklist has refreshed the list without the completed task, then find the next one in it.
      browser.waitUntilNoText(By.tagName("body"), "Изучить нормативные документы ВПР");
      browser.waitFor(By.xpath("//*[contains(text(), '" + nextName + "')]"));
      assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("Задачи моих групп")
          .doesNotContain("Изучить нормативные документы ВПР");
      assertThat(browser.driver().findElement(By.id("monitoring-link")).getAttribute("href")).endsWith("/monitoring/index.html");
      browser.screenshot("04-tasklist-next-task");
    }
  }

  @Test
  @Order(2)
  void aMunicipalCoordinatorSeesTheSchoolAsUploadedOnTheMonitoringPage() {
    driveTheCampaignToTheResultsUpload();
    try (Browser browser = new Browser(port, "monitoring")) {
      browser.open("/monitoring/index.html?refresh=2&campaign=" + CAMPAIGN);
      browser.waitFor(By.id("user")).sendKeys(MUNICIPAL);
      browser.driver().findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
      browser.driver().findElement(By.id("loginButton")).click();
      By results = By.cssSelector("tr[data-work='" + SCHOOL + "/RU-4'] td.results");
      browser.waitUntilText(results, "не загружены");
      browser.screenshot("05-monitoring-before-upload");

      coordinatorUploadsTheResults();

      browser.waitUntilText(results, "загружены 2");
      String page = browser.driver().findElement(By.id("result")).getText();
      assertThat(page).contains("Тосненский").contains("Школа Браузерная (тест)").contains("Школа Соседняя (тест)")
          .doesNotContain("Лужский");
      browser.screenshot("06-monitoring-school-uploaded");
    }
  }

  @Test
  @Order(3)
  void anAuditorDownloadsTheCsvWithTheUploadInItAndOpensTheComplianceSummary() throws Exception {
    try (Browser browser = new Browser(port, "audit")) {
      browser.open("/audit/index.html?campaign=" + CAMPAIGN + "&school=" + SCHOOL);
      browser.waitFor(By.id("user")).sendKeys(AUDITOR);
      browser.driver().findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
      browser.driver().findElement(By.id("loginButton")).click();
      browser.waitFor(By.cssSelector("tr[data-task='" + uploadTaskId + "']"));
      browser.screenshot("07-audit-trail-of-the-school");

      browser.driver().findElement(By.id("downloadCsv")).click();
      byte[] csv = Files.readAllBytes(browser.downloaded(".csv"));
      assertThat(new byte[] {csv[0], csv[1], csv[2]}).containsExactly(0xEF, 0xBB, 0xBF);
      String uploadLine = new String(csv, StandardCharsets.UTF_8).lines().filter(line -> line.contains(uploadTaskId))
          .findFirst().orElseThrow();
      assertThat(uploadLine).contains("Заполнить и загрузить форму результатов в ФИС ОКО").contains(";" + COORDINATOR + ";")
          .contains(";выполнено;");

      browser.driver().findElement(By.id("showCompliance")).click();
      browser.waitFor(By.id("compliance"));
      assertThat(browser.driver().findElement(By.id("compliance")).getText()).contains("Тосненский")
          .contains("Школа Браузерная (тест)");
      browser.screenshot("08-audit-compliance-summary");
    }
  }

  @Test
  @Order(4)
  void aSchoolCoordinatorOpeningAnotherSchoolsAuditPageIsRefused() {
    try (Browser browser = new Browser(port, "refused")) {
      browser.open("/audit/index.html?school=" + OTHER_SCHOOL);
      browser.waitFor(By.id("user")).sendKeys(COORDINATOR);
      browser.driver().findElement(By.id("password")).sendKeys(TestStaff.PASSWORD);
      browser.driver().findElement(By.id("loginButton")).click();
      assertThat(browser.waitFor(By.id("refused")).getText()).contains("Доступ запрещён").contains(OTHER_SCHOOL);
      assertThat(browser.driver().findElements(By.id("trail"))).isEmpty();
      browser.screenshot("09-audit-another-school-refused");
    }
  }

  // ------------------------------------------------------------------ driving the engine

  /** The school coordinator's newest open task once {@code completed} is done (waits for the browser's completion). */
  private Task nextCoordinatorTaskAfter(String completed) {
    long end = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < end) {
      List<Task> open = taskService.createTaskQuery().tenantIdIn("school-" + SCHOOL)
          .taskCandidateGroup(RoleGroup.VPR_SCHOOL_COORDINATOR.id()).processInstanceBusinessKeyLike(CAMPAIGN + "/%")
          .orderByTaskCreateTime().desc().list();
      if (!open.isEmpty() && open.stream().noneMatch(task -> task.getId().equals(completed))) {
        return open.get(0);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no next task of the school coordinator after " + completed);
  }

  /** Every task of the campaign done through the engine, the clock moved over the work day, up to the upload. */
  private void driveTheCampaignToTheResultsUpload() {
    FormFiller forms = new FormFiller(formService);
    for (String time : List.of("2027-04-19T10:00:00+03:00", "2027-04-20T14:00:00+03:00", "2027-04-21T08:00:00+03:00",
        "2027-04-21T10:00:00+03:00", "2027-04-21T12:00:00+03:00", "2027-04-22T10:00:00+03:00")) {
      ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
      for (int round = 0; round < 100; round++) {
        runDueTimersOfTheCampaign();
        List<Task> open = taskService.createTaskQuery().processInstanceBusinessKeyLike(CAMPAIGN + "%").list().stream()
            .filter(task -> !"Task_UploadResults".equals(task.getTaskDefinitionKey())).toList();
        if (open.isEmpty()) {
          break;
        }
        open.forEach(task -> taskService.complete(task.getId(), forms.filled(task)));
      }
      if (uploadTask() != null) {
        uploadTaskId = uploadTask().getId();
        return;
      }
    }
    throw new AssertionError("the results upload of " + WORK_KEY + " never opened");
  }

  private Task uploadTask() {
    return taskService.createTaskQuery().taskDefinitionKey("Task_UploadResults").processInstanceBusinessKey(WORK_KEY)
        .singleResult();
  }

  private void runDueTimersOfTheCampaign() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null && ofTheCampaign(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private boolean ofTheCampaign(String processInstanceId) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    return instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(CAMPAIGN);
  }

  /** The school coordinator claims and submits the upload form over the REST API, as Tasklist does. */
  private void coordinatorUploadsTheResults() {
    Task upload = taskService.createTaskQuery().taskId(uploadTaskId).singleResult();
    Map<String, Object> values = new FormFiller(formService).filled(upload);
    Map<String, Object> variables = new java.util.HashMap<>();
    values.forEach((key, value) -> variables.put(key, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.withBasicAuth(COORDINATOR, TestStaff.PASSWORD).exchange("/engine-rest/task/" + uploadTaskId + "/claim",
        HttpMethod.POST, new HttpEntity<>(Map.of("userId", COORDINATOR), headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(http.withBasicAuth(COORDINATOR, TestStaff.PASSWORD).exchange("/engine-rest/task/" + uploadTaskId + "/submit-form",
        HttpMethod.POST, new HttpEntity<>(Map.of("variables", variables), headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }
}
