package ru.lenobl.assessment.identity;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.testsupport.TestProfiles;
import ru.lenobl.assessment.testsupport.PlanImports;
import ru.lenobl.assessment.testsupport.TestStaff;

/**
 * VPR-SCH-PREP-8 in the running application, with authorizations on: the school coordinator's select of an organizer
 * offers the organizers of their own school only (from the roster), and the server refuses anyone else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizerSelectIT {

  static final String CAMPAIGN = "IT-ORGANIZERS";
  static final String SCHOOL_A = "8811";
  static final String SCHOOL_B = "8812";
  static final String COORDINATOR_A = "orgsel-coordinator-a";
  static final String ORGANIZER_A1 = "orgsel-organizer-a1";
  static final String ORGANIZER_A2 = "orgsel-organizer-a2";
  static final String ORGANIZER_B = "orgsel-organizer-b";
  static final String TECHNICIAN_A = "orgsel-technician-a";
  static final String REGIONAL = "orgsel-regional";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired StaffDirectory staffDirectory;
  @Autowired SystemContext system;

  String assignment;

  @BeforeAll
  void staffPlanAndPreparation() {
    TestStaff staff = new TestStaff(staffDirectory, identityService, system);
    staff.school(COORDINATOR_A, RoleGroup.VPR_SCHOOL_COORDINATOR, Municipality.TOSNO, SCHOOL_A);
    staff.school(ORGANIZER_A1, RoleGroup.VPR_CLASSROOM_ORGANIZER, Municipality.TOSNO, SCHOOL_A);
    staff.school(ORGANIZER_A2, RoleGroup.VPR_CLASSROOM_ORGANIZER, Municipality.TOSNO, SCHOOL_A);
    staff.school(ORGANIZER_B, RoleGroup.VPR_CLASSROOM_ORGANIZER, Municipality.TOSNO, SCHOOL_B);
    staff.school(TECHNICIAN_A, RoleGroup.VPR_TECHNICAL_SPECIALIST, Municipality.TOSNO, SCHOOL_A);
    staff.regional(REGIONAL, RoleGroup.VPR_REGIONAL_COORDINATOR);
    importPlan("Тосненский," + SCHOOL_A + ",Школа А (орг.),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1\n"
        + "Тосненский," + SCHOOL_B + ",Школа Б (орг.),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 2\n");

    // The assignment is per work (the school coordinator's preparation of the work), open from the plan's import.
    assignment = coordinatorTask("Task_AssignOrganizers").getId();
  }

  @Test
  void theSelectOffersOnlyTheOrganizersOfTheCoordinatorsOwnSchool() {
    // As Tasklist reads a form's variables: the Json variable as its JSON text, [{label, value}].
    ResponseEntity<String> variables = call(HttpMethod.GET,
        "/engine-rest/task/" + assignment + "/form-variables?variableNames=organizerOptions&deserializeValues=false", null);

    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(variables.getBody()).contains(ORGANIZER_A1, ORGANIZER_A2)
        .doesNotContain(ORGANIZER_B, TECHNICIAN_A, COORDINATOR_A);
  }

  @Test
  void theServerRefusesAnOrganizerOfAnotherSchool() {
    ResponseEntity<String> refused = submit(ORGANIZER_B);
    assertThat(refused.getStatusCode().is4xxClientError()).as(refused.getBody()).isTrue();
    assertThat(taskService.createTaskQuery().taskId(assignment).count()).isEqualTo(1);
  }

  private ResponseEntity<String> submit(String organizer) {
    return call(HttpMethod.POST, "/engine-rest/task/" + assignment + "/submit-form",
        Map.of("variables", Map.of("organizer", Map.of("value", organizer),
            "organizerAssignmentChecked", Map.of("value", true))));
  }

  private Task coordinatorTask(String key) {
    return taskService.createTaskQuery().tenantIdIn("school-" + SCHOOL_A).taskDefinitionKey(key)
        .taskCandidateGroup("vpr-school-coordinator").processInstanceBusinessKeyLike(CAMPAIGN + "/%").list().get(0);
  }

  private void importPlan(String rows) {
    ResponseEntity<String> answer = PlanImports.postVprPlan(http, REGIONAL, TestStaff.PASSWORD, CAMPAIGN, rows);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  private ResponseEntity<String> call(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(COORDINATOR_A, TestStaff.PASSWORD).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
