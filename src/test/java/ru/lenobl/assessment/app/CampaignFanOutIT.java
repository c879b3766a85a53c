package ru.lenobl.assessment.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import ru.lenobl.assessment.campaign.CampaignRecords;
import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.Jobs;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.SchoolStartFailures;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.TestStaff;

/**
 * The plan import at regional scale: it answers once the campaign instance has started, and the job executor starts
 * the municipalities and schools, each in its own transaction; the progress endpoint shows how far it got and which
 * starts failed after their last retry; of two imports of one id at the same moment, one starts the campaign.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignFanOutIT {

  static final String REGIONAL = "fanout-regional";
  static final String COORDINATOR = "fanout-coordinator";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;
  @Autowired CampaignRecords records;

  @BeforeAll
  void staff() {
    TestStaff staff = new TestStaff(staffDirectory, identityService, system);
    staff.regional(REGIONAL, RoleGroup.VPR_REGIONAL_COORDINATOR);
    staff.school(COORDINATOR, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, "0931");
  }

  @AfterEach
  void reset() {
    SchoolStartFailures.clear();
    ClockUtil.reset();
  }

  @Test
  void theImportAnswersBeforeTheSchoolsStartAndTheProgressFollowsThemUntilTheCampaignRuns() {
    ResponseEntity<Map<String, Object>> created = post("vpr", "IT-FANOUT", rows(
        "Тосненский,0931,Школа №31 (тест)", "Тосненский,0932,Школа №32 (тест)", "Лужский,0933,Школа №33 (тест)"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsOnlyKeys("campaignId", "processInstanceId", "municipalities", "schools", "works")
        .containsEntry("campaignId", "IT-FANOUT").containsEntry("municipalities", 2).containsEntry("schools", 3)
        .containsEntry("works", 3);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("vpr-school")
        .processInstanceBusinessKeyLike("IT-FANOUT/%").count()).as("no school started in the import's transaction").isZero();
    assertThat(progress("vpr", "IT-FANOUT").getBody()).containsEntry("state", "starting")
        .containsEntry("municipalities", 2).containsEntry("schoolsStarted", 0).containsEntry("schoolsTotal", 3);
    assertThat(managementService.createJobQuery().processInstanceId((String) created.getBody().get("processInstanceId"))
        .count()).as("one job per municipality").isEqualTo(2);

    Jobs.drain(managementService);

    assertThat(progress("vpr", "IT-FANOUT").getBody()).containsEntry("state", "running")
        .containsEntry("schoolsStarted", 3).containsEntry("schoolsTotal", 3).containsEntry("incidents", List.of());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("IT-FANOUT/mun-tosno/school-0931")
        .taskDefinitionKey("Task_StudyRegulations").count()).as("the school's first tasks exist").isPositive();
  }

  @Test
  void aSchoolWhoseStartFailsOnceStartsOnRetryAndOneThatAlwaysFailsBecomesAnIncidentTheOthersUnaffected() {
    SchoolStartFailures.failStart("0942", 1);
    SchoolStartFailures.failStart("0943", Integer.MAX_VALUE);
    assertThat(post("vpr", "IT-RETRY", rows("Тосненский,0941,Школа №41 (тест)", "Тосненский,0942,Школа №42 (тест)",
        "Тосненский,0943,Школа №43 (тест)")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Jobs.drain(managementService);
    assertThat(schoolsStarted("IT-RETRY")).as("0942 and 0943 failed, to be retried in a minute").containsExactly("0941");
    assertThat(progress("vpr", "IT-RETRY").getBody()).containsEntry("state", "starting")
        .containsEntry("schoolsStarted", 1).containsEntry("incidents", List.of());

    long minutes = 0;
    while (incidents("IT-RETRY").isEmpty() && minutes < 10) {
      minutes += 2;
      ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + minutes * 60_000));
      Jobs.drain(managementService);
    }

    assertThat(schoolsStarted("IT-RETRY")).as("0942 started on its retry").containsExactlyInAnyOrder("0941", "0942");
    assertThat(incidents("IT-RETRY")).singleElement().satisfies(incident -> {
      assertThat(incident).containsEntry("municipalityId", "tosno").containsEntry("municipalityName", "Тосненский")
          .containsEntry("schoolId", "0943").containsEntry("schoolName", "Школа №43 (тест)");
      assertThat((String) incident.get("message")).contains("Тестовый сбой: ОО 0943");
      assertThat((String) incident.get("time")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
    });
    assertThat(progress("vpr", "IT-RETRY").getBody()).containsEntry("state", "starting")
        .containsEntry("schoolsStarted", 2).containsEntry("schoolsTotal", 3);
    assertThat(managementService.createJobQuery().withException().noRetriesLeft().list()).singleElement()
        .satisfies(job -> assertThat(job.getExceptionMessage()).contains("0943"));
    for (String school : List.of("0941", "0942")) {
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey("IT-RETRY/mun-tosno/school-" + school)
          .taskDefinitionKey("Task_StudyRegulations").count()).as("school %s has its tasks", school).isPositive();
    }
  }

  @Test
  void twoImportsOfOneIdAtTheSameMomentGiveOne201AndOne409AndOneCampaign() throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<HttpStatus>> answers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        answers.add(threads.submit(() -> {
          together.await();
          return HttpStatus.valueOf(post("vpr", "IT-TWICE", rows("Тосненский,0951,Школа №51 (тест)")).getStatusCode().value());
        }));
      }
      List<HttpStatus> statuses = new ArrayList<>();
      for (Future<HttpStatus> answer : answers) {
        statuses.add(answer.get());
      }
      assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.CONFLICT);
    } finally {
      threads.shutdownNow();
    }
    Jobs.drain(managementService);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("vpr-campaign")
        .processInstanceBusinessKey("IT-TWICE").count()).as("one campaign instance").isEqualTo(1);
    assertThat(records.count("IT-TWICE")).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("vpr-school")
        .processInstanceBusinessKeyLike("IT-TWICE/%").count()).as("its school once").isEqualTo(1);
    assertThat(post("vpr", "IT-TWICE", rows("Тосненский,0951,Школа №51 (тест)")).getStatusCode())
        .as("and later too").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aNikoCampaignShowsItsSchoolsStarting() {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", PlanImports.file("municipality,schoolId,schoolName,studyDate,grade,rooms,videoSurveillance\n"
        + "Тосненский,0961,Школа №61 (тест),2027-10-14,8,Каб. 31,да\n"
        + "Лужский,0962,Школа №62 (тест),2027-10-14,8,Каб. 1,нет\n", "niko.csv"));
    parts.add("campaignId", "IT-NIKO-FANOUT");
    parts.add("windowStart", "2027-10-01");
    parts.add("windowEnd", "2027-10-31");
    assertThat(http.withBasicAuth(REGIONAL, TestStaff.PASSWORD).exchange("/api/niko/campaigns", HttpMethod.POST,
        multipart(parts), String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(progress("niko", "IT-NIKO-FANOUT").getBody()).containsEntry("state", "starting")
        .containsEntry("municipalities", 2).containsEntry("schoolsStarted", 0).containsEntry("schoolsTotal", 2);

    Jobs.drain(managementService);

    assertThat(progress("niko", "IT-NIKO-FANOUT").getBody()).containsEntry("state", "running")
        .containsEntry("schoolsStarted", 2);
    assertThat(progress("vpr", "IT-NIKO-FANOUT").getStatusCode()).as("not a VPR campaign").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theProgressIsForTheRegionalCoordinatorAndAdministratorsAnd404ForAnUnknownId() {
    assertThat(post("vpr", "IT-WHO", rows("Тосненский,0931,Школа №31 (тест)")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(progress("vpr", "IT-NEVER-IMPORTED").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.withBasicAuth("it-admin", "it-admin-secret").getForEntity("/api/vpr/campaigns/IT-WHO", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth(COORDINATOR, TestStaff.PASSWORD).getForEntity("/api/vpr/campaigns/IT-WHO", String.class)
        .getStatusCode()).as("a school coordinator, even of a school in it").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/vpr/campaigns/IT-WHO", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    Jobs.drain(managementService);
  }

  // ------------------------------------------------------------------

  /** One work (Russian, class 4, 21 April 2027) per school; each school given as "municipality,code,name". */
  static String rows(String... schools) {
    StringBuilder rows = new StringBuilder();
    for (String school : schools) {
      rows.append(school).append(",Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n");
    }
    return rows.toString();
  }

  /** Posts without running the jobs (unlike {@link PlanImports#postVprPlan}), to see the import answer first. */
  ResponseEntity<Map<String, Object>> post(String procedure, String campaignId, String rows) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", PlanImports.file(PlanImports.VPR_HEADER + rows, "plan.csv"));
    parts.add("campaignId", campaignId);
    parts.add("windowStart", "2027-04-20");
    parts.add("windowEnd", "2027-05-20");
    return http.withBasicAuth(REGIONAL, TestStaff.PASSWORD).exchange("/api/" + procedure + "/campaigns", HttpMethod.POST,
        multipart(parts), new ParameterizedTypeReference<>() { });
  }

  ResponseEntity<Map<String, Object>> progress(String procedure, String campaignId) {
    return http.withBasicAuth(REGIONAL, TestStaff.PASSWORD).exchange("/api/" + procedure + "/campaigns/" + campaignId,
        HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> incidents(String campaignId) {
    return (List<Map<String, Object>>) progress("vpr", campaignId).getBody().get("incidents");
  }

  List<String> schoolsStarted(String campaignId) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("vpr-school")
        .processInstanceBusinessKeyLike(campaignId + "/%").list().stream()
        .map(school -> school.getBusinessKey().substring(school.getBusinessKey().lastIndexOf("school-") + 7)).toList();
  }

  static HttpEntity<MultiValueMap<String, Object>> multipart(MultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }
}
