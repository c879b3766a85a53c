package ru.lenobl.assessment.testsupport;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * {@code POST /engine-rest/deployment/create} as the administrator, with the parts Camunda Modeler sends (the
 * deployment's name, {@code deployment-source}, duplicate filtering) and each resource as a file part whose file name
 * is the resource's name, e.g. {@code processes/vpr/school-coordinator-preparation.bpmn}.
 */
public final class RestDeployments {

  private RestDeployments() {
  }

  public static ResponseEntity<Map<String, Object>> create(TestRestTemplate http, String deploymentName,
      Map<String, String> contentByResourceName) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", deploymentName);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add("deploy-changed-only", "true");
    contentByResourceName.forEach((name, content) -> parts.add(name, PlanImports.file(content, name)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map<String, Object>> answer = http.withBasicAuth(Administrator.ID, Administrator.PASSWORD).exchange(
        "/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers),
        new ParameterizedTypeReference<Map<String, Object>>() { });
    System.out.println("deployment " + deploymentName + ": " + answer.getStatusCode().value() + " " + answer.getBody());
    return answer;
  }
}
