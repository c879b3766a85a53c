package ru.lenobl.assessment.testsupport;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Imports a VPR plan-schedule over HTTP, as a regional coordinator's browser or script does (window April–May 2027),
 * then runs the fan-out's jobs, so that the campaign's schools have started when it returns.
 */
public final class PlanImports {

  public static final String VPR_HEADER =
      "municipality,schoolId,schoolName,subject,grade,workDate,workTime,durationMinutes,form,resultsDueDate,reserveDates,classrooms\n";

  private PlanImports() {
  }

  /** Posts {@link #VPR_HEADER} followed by {@code rows} to {@code /api/vpr/campaigns} as {@code user}. */
  public static ResponseEntity<String> postVprPlan(TestRestTemplate http, String user, String password, String campaignId,
      String rows) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", file(VPR_HEADER + rows, "plan.csv"));
    parts.add("campaignId", campaignId);
    parts.add("windowStart", "2027-04-20");
    parts.add("windowEnd", "2027-05-20");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> answer = http.withBasicAuth(user, password)
        .exchange("/api/vpr/campaigns", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    drainTheApplicationsJobs();
    return answer;
  }

  /**
   * The import answers before its municipalities and schools start; in the tests, whose application runs no job
   * executor, this starts them ({@link Jobs#drain}) in the application's engine (named {@code default}; the
   * process tests' engine has another name).
   */
  public static void drainTheApplicationsJobs() {
    ProcessEngine engine = ProcessEngines.getProcessEngines().get(ProcessEngines.NAME_DEFAULT);
    if (engine == null) {
      throw new IllegalStateException("No application engine named default in this JVM");
    }
    Jobs.drain(engine.getManagementService());
  }

  /** A file part with a name, as browsers send it. */
  public static ByteArrayResource file(String text, String name) {
    return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }
}
