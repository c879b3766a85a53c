package ru.lenobl.assessment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.TestStaff;

/** {@code POST /api/staff} over HTTP, as the contract in the design says. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@ExtendWith(OutputCaptureExtension.class)
class StaffRosterImportIT {

  static final String ADMIN = "it-admin";
  static final String ADMIN_PASSWORD = "it-admin-secret";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  @Test
  void aBadRosterIsRejectedWithEveryErrorsLineAndCreatesNobodyNotEvenItsGoodRows() {
    String roster = """
        login,fullName,email,role,municipality,schoolId
        roster-good,Хорошева Анна Ивановна,,vpr-school-coordinator,Киришский,7702
        Roster-Bad,Плохов Иван,,vpr-school-coordinator,Киришский,7702
        roster-nowhere,Безместов Пётр,,vpr-school-head,,7702
        roster-municipal,Муниципалов Олег,,vpr-municipal-coordinator,Киришский,7702
        roster-good,Хорошева Анна Ивановна,,vpr-school-coordinator,Киришский,7702
        """;
    ResponseEntity<Map<String, Object>> answer = post(ADMIN, ADMIN_PASSWORD, roster);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.getBody().get("errors");
    assertThat(errors).extracting(error -> error.get("line") + ":" + error.get("column"))
        .containsExactly("3:login", "4:municipality", "5:schoolId", "6:role");
    assertThat(errors).allSatisfy(error -> assertThat((String) error.get("message")).isNotBlank());
    assertThat(identityService.createUserQuery().userIdIn("roster-good", "roster-nowhere", "roster-municipal").count()).isZero();
    assertThat(identityService.createTenantQuery().tenantId("school-7702").count()).isZero();
  }

  @Test
  void aGoodRosterCreatesItsUsersWhoLogInAndSeeTheirSchoolsTasksAndTheSameRosterAgainChangesNothing(CapturedOutput log) {
    importPlan("IT-ROSTER", "Киришский,7701,Школа Кириши (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n");
    String roster = "\uFEFFЛогин;ФИО;Эл. почта;Роль;Муниципалитет;Код ОО\n"
        + "roster-coordinator;Списочная Анна Ивановна;anna@school.example;Школьный координатор ВПР;Киришский;7701\n"
        + "roster-coordinator;Списочная Анна Ивановна;anna@school.example;Технический специалист ВПР;Киришский;7701\n"
        + "roster-municipal;Кирилов Олег;;Муниципальный координатор ВПР;Киришский;\n"
        + "roster-auditor;Ревизорова Ирина;;Аудитор;;\n";

    ResponseEntity<Map<String, Object>> created = post(ADMIN, ADMIN_PASSWORD, roster);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getCacheControl()).contains("no-store");
    assertThat(created.getBody()).containsEntry("created", 3).containsEntry("updated", 0);
    @SuppressWarnings("unchecked")
    List<Map<String, String>> users = (List<Map<String, String>>) created.getBody().get("users");
    assertThat(users).extracting(user -> user.get("login"))
        .containsExactlyInAnyOrder("roster-coordinator", "roster-municipal", "roster-auditor");
    String password = users.stream().filter(user -> user.get("login").equals("roster-coordinator")).findFirst()
        .orElseThrow().get("password");
    assertThat(password).hasSizeGreaterThanOrEqualTo(12);
    assertThat(log.getAll()).as("one-time passwords are never logged").doesNotContain(password);
    assertThat(identityService.createGroupQuery().groupMember("roster-coordinator").list())
        .extracting(group -> group.getId())
        .containsExactlyInAnyOrder("vpr-school-coordinator", "vpr-technical-specialist", "school-7701");

    ResponseEntity<List<Map<String, Object>>> tasks = http.withBasicAuth("roster-coordinator", password)
        .exchange("/engine-rest/task?candidateGroup=vpr-school-coordinator", HttpMethod.GET, null,
            new ParameterizedTypeReference<>() { });
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasks.getBody()).isNotEmpty().allSatisfy(task -> assertThat(task.get("tenantId")).isEqualTo("school-7701"));

    ResponseEntity<Map<String, Object>> again = post(ADMIN, ADMIN_PASSWORD, roster);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getBody()).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("users", List.of());
    assertThat(http.withBasicAuth("roster-coordinator", password).getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).as("the first password still works").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aSchoolNeverMovesToAnotherMunicipalitySilently() {
    String roster = "login,fullName,role,municipality,schoolId\nroster-moved,Переездова Анна,vpr-school-coordinator,Киришский,7705\n";
    assertThat(post(ADMIN, ADMIN_PASSWORD, roster).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> plan = PlanImports.postVprPlan(http, ADMIN, ADMIN_PASSWORD, "IT-MOVED",
        "Лужский,7705,Школа не та (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n");
    assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(plan.getBody()).contains("7705").contains("Киришский");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("IT-MOVED").count()).isZero();

    ResponseEntity<Map<String, Object>> moved = post(ADMIN, ADMIN_PASSWORD,
        "login,fullName,role,municipality,schoolId\nroster-moved2,Второва Анна,vpr-school-head,Лужский,7705\n");
    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(moved.getBody().toString()).contains("line=2").contains("column=municipality");
    assertThat(identityService.createUserQuery().userId("roster-moved2").count()).isZero();
    assertThat(identityService.createGroupQuery().memberOfTenant("school-7705").list()).extracting(group -> group.getId())
        .contains("mun-kirishi").doesNotContain("mun-luga");
  }

  @Test
  void onlyAdministratorsImportStaff() {
    new TestStaff(staffDirectory, identityService, system).regional("roster-regional", RoleGroup.VPR_REGIONAL_COORDINATOR);
    new TestStaff(staffDirectory, identityService, system).school("roster-staff", RoleGroup.VPR_SCHOOL_HEAD, Municipality.KIRISHI, "7701");
    String roster = "login,fullName,role\nroster-intruder,Злоумышленников Иван,auditor\n";

    assertThat(post(null, null, roster).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post("roster-regional", TestStaff.PASSWORD, roster).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("roster-staff", TestStaff.PASSWORD, roster).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("roster-intruder").count()).isZero();
  }

  // ------------------------------------------------------------------

  private ResponseEntity<Map<String, Object>> post(String user, String password, String roster) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", PlanImports.file(roster, "roster.csv"));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
    return client.exchange("/api/staff", HttpMethod.POST, new HttpEntity<>(parts, headers), new ParameterizedTypeReference<>() { });
  }

  private void importPlan(String campaignId, String rows) {
    assertThat(PlanImports.postVprPlan(http, ADMIN, ADMIN_PASSWORD, campaignId, rows).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }
}
