package ru.lenobl.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.TestStaff;

/**
 * The audit trail over HTTP, as its readers call it: two schools of Тосненский and one of Лужский; school A's
 * coordinator claims and completes «Изучить нормативные документы ВПР» through the REST API, as Tasklist does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIT {

  static final String CAMPAIGN = "IT-AUDIT";
  static final String SCHOOL_A = "8911";
  static final String SCHOOL_B = "8912";
  static final String SCHOOL_LUGA = "8913";
  static final String COORDINATOR_A = "audit-coordinator-a";
  static final String TECH_A = "audit-tech-a";
  static final String MUNICIPAL_TOSNO = "audit-municipal-tosno";
  static final String AUDITOR = "audit-auditor";
  static final String QUESTION_WITH_A_NAME = "Можно ли Иванову Петру писать в другой аудитории?";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  String completedTaskId;

  @BeforeAll
  void staffPlanAndOneCompletion() {
    TestStaff staff = new TestStaff(staffDirectory, identityService, system);
    staff.school(COORDINATOR_A, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL_A);
    staff.school(TECH_A, RoleGroup.VPR_TECHNICAL_SPECIALIST, Municipality.TOSNO, SCHOOL_A);
    staff.municipal(MUNICIPAL_TOSNO, RoleGroup.VPR_MUNICIPAL_COORDINATOR, Municipality.TOSNO);
    staff.regional(AUDITOR, RoleGroup.AUDITOR);
    staff.regional("audit-regional", RoleGroup.VPR_REGIONAL_COORDINATOR);
    assertThat(PlanImports.postVprPlan(http, "audit-regional", TestStaff.PASSWORD, CAMPAIGN,
        "Тосненский," + SCHOOL_A + ",Школа А (аудит),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n"
            + "Тосненский," + SCHOOL_B + ",Школа Б (аудит),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 2\n"
            + "Лужский," + SCHOOL_LUGA + ",Школа Луга (аудит),Математика,5,2027-04-22,09:00,45,paper,2027-05-06,,Каб. 3\n")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    Task task = taskService.createTaskQuery().tenantIdIn("school-" + SCHOOL_A)
        .taskCandidateGroup(RoleGroup.VPR_SCHOOL_COORDINATOR.id()).taskNameLike("Изучить нормативные документы ВПР%")
        .singleResult();
    completedTaskId = task.getId();
    assertThat(post(COORDINATOR_A, "/engine-rest/task/" + completedTaskId + "/claim", Map.of("userId", COORDINATOR_A))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(post(COORDINATOR_A, "/engine-rest/task/" + completedTaskId + "/submit-form", Map.of("variables", Map.of(
        "regulationsStudied", Map.of("value", true),
        "regulationsQuestions", Map.of("value", QUESTION_WITH_A_NAME)))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theAuditorSeesWhoClaimedAndCompletedTheActionWithItsMemoItemAndFormValues() {
    Map<String, Object> row = rows(AUDITOR, "campaign=" + CAMPAIGN + "&school=" + SCHOOL_A).stream()
        .filter(r -> completedTaskId.equals(r.get("taskId"))).findFirst().orElseThrow();

    assertThat(row.get("memoId")).isEqualTo("VPR-SCH-PREP-1");
    assertThat((String) row.get("memoText")).startsWith("Знание нормативной документации");
    assertThat(row.get("claimedBy")).isEqualTo(COORDINATOR_A);
    assertThat(row.get("completedBy")).isEqualTo(COORDINATOR_A);
    assertThat(row.get("status")).isEqualTo("COMPLETED");
    assertThat(row.get("late")).isEqualTo(false);
    assertThat(row.get("roleName")).isEqualTo("Школьный координатор ВПР");
    assertThat(row.get("schoolName")).isEqualTo("Школа А (аудит)");
    assertThat(row.get("municipalityName")).isEqualTo("Тосненский");
    assertThat(row.get("due")).isNotNull();
    assertThat(row.get("completed")).isNotNull();
    assertThat(row.get("formValues")).isEqualTo(Map.of(
        "Нормативные документы, инструктивные и методические материалы изучены", "да",
        "Вопросы к муниципальному координатору", FormValuePolicy.MASK));
  }

  @Test
  void freeTextThatCouldNameAParticipantNeverLeavesTheServer() {
    String json = get(AUDITOR, "/api/audit/trail?campaign=" + CAMPAIGN).getBody();
    String csv = new String(get(AUDITOR, "/api/audit/trail.csv?campaign=" + CAMPAIGN, byte[].class).getBody(),
        StandardCharsets.UTF_8);

    assertThat(json).doesNotContain("Иванову").contains(COORDINATOR_A);
    assertThat(csv).doesNotContain("Иванову").contains(COORDINATOR_A);
  }

  @Test
  void theCsvStartsWithTheUtf8BomUsesSemicolonsAndKeepsCyrillicIntact() {
    ResponseEntity<byte[]> answer = get(AUDITOR, "/api/audit/trail.csv?campaign=" + CAMPAIGN, byte[].class);
    byte[] bytes = answer.getBody();

    assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("audit-IT-AUDIT.csv");
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = text.split("\r\n");
    assertThat(lines[0]).startsWith("Кампания;Муниципалитет;Код ОО;ОО;Работа;");
    assertThat(lines[0].split(";")).hasSize(AuditCsv.HEADERS.size());
    assertThat(text).contains("Школа А (аудит)").contains("Изучить нормативные документы ВПР").contains("Тосненский");
    assertThat(Arrays.stream(lines).filter(line -> line.contains(completedTaskId)).findFirst().orElseThrow())
        .contains(";" + COORDINATOR_A + ";").contains(";VPR-SCH-PREP-1;").contains(";выполнено;нет;");
    assertThat(lines.length - 1).as("one line per row of the JSON trail")
        .isEqualTo(rows(AUDITOR, "campaign=" + CAMPAIGN).size());
  }

  @Test
  void aSchoolCoordinatorAskingForAnotherSchoolsAuditGets403() {
    assertThat(get(COORDINATOR_A, "/api/audit/trail?school=" + SCHOOL_B).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(COORDINATOR_A, "/api/audit/trail.csv?school=" + SCHOOL_B).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(COORDINATOR_A, "/api/audit/compliance?municipality=tosno").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSchoolCoordinatorSeesOnlyTheirOwnSchool() {
    List<Map<String, Object>> rows = rows(COORDINATOR_A, "campaign=" + CAMPAIGN);

    assertThat(rows).isNotEmpty();
    assertThat(rows).extracting(r -> r.get("schoolId")).containsOnly(SCHOOL_A);
  }

  @Test
  void aMunicipalCoordinatorSeesOnlyTheirMunicipality() {
    List<Map<String, Object>> rows = rows(MUNICIPAL_TOSNO, "campaign=" + CAMPAIGN);

    assertThat(rows).extracting(r -> r.get("municipalityId")).containsOnly("tosno");
    assertThat(rows).extracting(r -> r.get("schoolId")).contains(SCHOOL_A, SCHOOL_B).doesNotContain(SCHOOL_LUGA);
    assertThat(get(MUNICIPAL_TOSNO, "/api/audit/trail?municipality=luga").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(MUNICIPAL_TOSNO, "/api/audit/trail?school=" + SCHOOL_LUGA).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(MUNICIPAL_TOSNO, "/api/monitoring?municipality=luga").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(MUNICIPAL_TOSNO, "/api/monitoring?campaign=" + CAMPAIGN).getBody())
        .contains("Школа А (аудит)").contains("Школа Б (аудит)").doesNotContain("Школа Луга (аудит)");
  }

  @Test
  void aMunicipalityFilterGivesItsSchoolsToTheAuditorAndToItsCoordinator() {
    assertThat(rows(AUDITOR, "campaign=" + CAMPAIGN + "&municipality=tosno")).extracting(r -> r.get("schoolId"))
        .contains(SCHOOL_A, SCHOOL_B).doesNotContain(SCHOOL_LUGA);
    assertThat(rows(MUNICIPAL_TOSNO, "campaign=" + CAMPAIGN + "&municipality=tosno")).extracting(r -> r.get("schoolId"))
        .contains(SCHOOL_A, SCHOOL_B).doesNotContain(SCHOOL_LUGA);
    assertThat(get(MUNICIPAL_TOSNO, "/api/monitoring?municipality=tosno&campaign=" + CAMPAIGN).getBody())
        .contains("Школа А (аудит)").contains("Школа Б (аудит)").doesNotContain("Школа Луга (аудит)");
    assertThat(get(AUDITOR, "/api/monitoring?municipality=luga&campaign=" + CAMPAIGN).getBody())
        .contains("Школа Луга (аудит)").doesNotContain("Школа А (аудит)");
  }

  @Test
  void staffWhoAreNoCoordinatorsGet403AndStrangers401() {
    assertThat(get(TECH_A, "/api/audit/trail?school=" + SCHOOL_A).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(COORDINATOR_A, "/api/monitoring").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/audit/trail", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theComplianceSummaryCountsTheCompletionOnTimePerMunicipalityAndSchool() {
    List<Map<String, Object>> lines = http.withBasicAuth(AUDITOR, TestStaff.PASSWORD).exchange(
        "/api/audit/compliance?campaign=" + CAMPAIGN, HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    Map<String, Object> tosno = lines.stream().filter(l -> "tosno".equals(l.get("municipalityId"))).findFirst().orElseThrow();
    @SuppressWarnings("unchecked")
    Map<String, Object> schoolA = ((List<Map<String, Object>>) tosno.get("schools")).stream()
        .filter(s -> SCHOOL_A.equals(s.get("schoolId"))).findFirst().orElseThrow();

    assertThat(lines).extracting(l -> l.get("municipalityName")).contains("Тосненский", "Лужский");
    assertThat(schoolA.get("counts")).isEqualTo(Map.of("onTime", 1, "late", 0, "openPastDue", 0,
        "open", ((Map<?, ?>) schoolA.get("counts")).get("open")));
    assertThat((Integer) ((Map<?, ?>) schoolA.get("counts")).get("open")).isPositive();
  }

  private List<Map<String, Object>> rows(String user, String query) {
    ResponseEntity<List<Map<String, Object>>> answer = http.withBasicAuth(user, TestStaff.PASSWORD).exchange(
        "/api/audit/trail?" + query, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<String> get(String user, String path) {
    return get(user, path, String.class);
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return http.withBasicAuth(user, TestStaff.PASSWORD).getForEntity(path, type);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, TestStaff.PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
        String.class);
  }
}
