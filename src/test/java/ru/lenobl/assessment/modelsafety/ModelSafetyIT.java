package ru.lenobl.assessment.modelsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

import ru.lenobl.assessment.testsupport.Administrator;
import ru.lenobl.assessment.testsupport.RestDeployments;
import ru.lenobl.assessment.testsupport.TestProfiles;

/** Deployments over the REST API, as an administrator: models with code are refused, whoever deploys them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class ModelSafetyIT {

  static final String PROBE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_probe" targetNamespace="http://bpmn.io/schema/bpmn">
        <bpmn:process id="it-probe" isExecutable="true" camunda:historyTimeToLive="1">
          <bpmn:startEvent id="Start" />
          <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Probe" />
          <bpmn:serviceTask id="Probe" camunda:expression="${execution.setVariable('probe', ''.getClass().forName('java.lang.System').getMethod('getProperty', ''.getClass()).invoke(null, 'user.name'))}" />
          <bpmn:sequenceFlow id="Flow_2" sourceRef="Probe" targetRef="End" />
          <bpmn:endEvent id="End" />
        </bpmn:process>
      </bpmn:definitions>
      """;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @BeforeEach
  void administratorExists() {
    Administrator.ensureExists(identityService);
  }

  @Test
  void aModelThatRunsCodeIsRefusedWith400AndNothingIsDeployed() {
    ResponseEntity<Map<String, Object>> answer = deploy("it-probe.bpmn", PROBE.strip());

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message"))
        .contains("it-probe.bpmn").contains("«Probe»").contains("getClass");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("it-probe").count()).isZero();
    assertThat(repositoryService.createDeploymentQuery().deploymentName("it-probe").count()).isZero();
  }

  @Test
  void aBpmnFileThatIsNotXmlIsRefusedWith400() {
    ResponseEntity<Map<String, Object>> answer = deploy("it-broken.bpmn", "this is not XML at all");

    assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) answer.getBody().get("message")).contains("it-broken.bpmn").contains("XML");
  }

  @Test
  void theEngineItselfRefusesCodeToo() {
    assertThatThrownBy(() -> repositoryService.createDeployment().name("it-probe")
        .addString("it-probe.bpmn", PROBE.strip()).deploy())
        .hasMessageContaining("getClass");
  }

  @Test
  void expressionsSeeOnlyTheModelsBeansNotTheApplicationContext() {
    String deployment = repositoryService.createDeployment().name("it-beans")
        .addModelInstance("it-beans.bpmn", expressionProcess("it-bean-allowed", "${handOffSender}"))
        .addModelInstance("it-beans-other.bpmn", expressionProcess("it-bean-hidden", "${campaignLauncher}"))
        .deploy().getId();
    try {
      runtimeService.startProcessInstanceByKey("it-bean-allowed");
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("it-bean-hidden"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("campaignLauncher");
    } finally {
      repositoryService.deleteDeployment(deployment, true);
    }
  }

  private static BpmnModelInstance expressionProcess(String key, String expression) {
    return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
        .startEvent().serviceTask("Expression").camundaExpression(expression).endEvent().done();
  }

  private ResponseEntity<Map<String, Object>> deploy(String fileName, String content) {
    return RestDeployments.create(http, fileName.replace(".bpmn", ""), Map.of(fileName, content));
  }

}
