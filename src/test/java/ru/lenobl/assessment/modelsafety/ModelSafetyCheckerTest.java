package ru.lenobl.assessment.modelsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;

class ModelSafetyCheckerTest {

  static final String BPMN_START = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1">
        <bpmn:process id="probe" isExecutable="true">
      """;
  static final String BPMN_END = "</bpmn:process></bpmn:definitions>";

  final ModelSafetyChecker checker = new ModelSafetyChecker();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      script task                | <bpmn:scriptTask id="Task_1" scriptFormat="groovy"><bpmn:script>1</bpmn:script></bpmn:scriptTask> | Task_1 | scriptTask
      script format on a task    | <bpmn:task id="Task_1"><bpmn:extensionElements/></bpmn:task><bpmn:scriptTask id="Task_2" scriptFormat="js" camunda:resource="deployment://a.js"/> | Task_2 | camunda:resource
      camunda:script parameter   | <bpmn:task id="Task_1"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task> | Task_1 | camunda:script
      scripted condition         | <bpmn:sequenceFlow id="Flow_1" sourceRef="a" targetRef="b"><bpmn:conditionExpression language="groovy">true</bpmn:conditionExpression></bpmn:sequenceFlow> | Flow_1 | language="groovy"
      execution listener script  | <bpmn:task id="Task_1"><bpmn:extensionElements><camunda:executionListener event="start"><camunda:script scriptFormat="javascript">x</camunda:script></camunda:executionListener></bpmn:extensionElements></bpmn:task> | Task_1 | camunda:script
      task listener class        | <bpmn:userTask id="Task_1"><bpmn:extensionElements><camunda:taskListener event="create" class="com.example.Evil"/></bpmn:extensionElements></bpmn:userTask> | Task_1 | class="com.example.Evil"
      execution listener class   | <bpmn:task id="Task_1"><bpmn:extensionElements><camunda:executionListener event="end" class="com.example.Evil"/></bpmn:extensionElements></bpmn:task> | Task_1 | class="com.example.Evil"
      service task class         | <bpmn:serviceTask id="Task_1" camunda:class="com.example.Evil"/> | Task_1 | camunda:class
      variable mapping class     | <bpmn:callActivity id="Call_1" calledElement="x" camunda:variableMappingClass="com.example.Evil"/> | Call_1 | camunda:variableMappingClass
      form handler class         | <bpmn:startEvent id="Start_1" camunda:formHandlerClass="com.example.Evil"/> | Start_1 | camunda:formHandlerClass
      getClass().forName         | <bpmn:serviceTask id="Task_1" camunda:expression="${execution.setVariable('probe', ''.getClass().forName('java.lang.System').getMethod('getProperty', ''.getClass()).invoke(null, 'user.name'))}"/> | Task_1 | getClass
      deferred #{} expression    | <bpmn:serviceTask id="Task_1" camunda:expression="#{x.forName('a')}"/> | Task_1 | forName
      class property             | <bpmn:serviceTask id="Task_1" camunda:expression="${''.class}"/> | Task_1 | class
      engine services            | <bpmn:serviceTask id="Task_1" camunda:expression="${execution.processEngineServices.runtimeService}"/> | Task_1 | processEngineServices
      getProcessEngine           | <bpmn:serviceTask id="Task_1" camunda:expression="${execution.getProcessEngine()}"/> | Task_1 | getProcessEngine
      Runtime in text            | <bpmn:sequenceFlow id="Flow_1" sourceRef="a" targetRef="b"><bpmn:conditionExpression>${x.getRuntime().exec('id') != null}</bpmn:conditionExpression></bpmn:sequenceFlow> | Flow_1 | Runtime
      ProcessBuilder             | <bpmn:serviceTask id="Task_1" camunda:expression="${x.newProcessBuilder}"/> | Task_1 | ProcessBuilder
      getDeclaredMethods         | <bpmn:serviceTask id="Task_1" camunda:expression="${x.getDeclaredMethods()}"/> | Task_1 | getDeclared
      newInstance                | <bpmn:serviceTask id="Task_1" camunda:expression="${x.newInstance()}"/> | Task_1 | newInstance
      class loader               | <bpmn:serviceTask id="Task_1" camunda:expression="${x.classLoader}"/> | Task_1 | classLoader
      java.lang in a field       | <bpmn:serviceTask id="Task_1" camunda:delegateExpression="${handOffSender}"><bpmn:extensionElements><camunda:field name="f"><camunda:expression>${'java.lang.System'}</camunda:expression></camunda:field></bpmn:extensionElements></bpmn:serviceTask> | Task_1 | java.lang
      computed member            | <bpmn:serviceTask id="Task_1" camunda:expression="${x[name]}"/> | Task_1 | [..]
      """)
  void refusesCodeInBpmn(String construct, String xml, String elementId, String reason) {
    assertThatThrownBy(() -> checker.check("probe.bpmn", bytes(BPMN_START + xml + BPMN_END)))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("probe.bpmn")
        .hasMessageContaining("«" + elementId + "»")
        .hasMessageContaining(reason);
  }

  @Test
  void refusesAScriptLanguageInDmnButAcceptsFeelAndJuel() {
    String dmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="x">
          <decision id="Decision_1" name="d">
            <decisionTable id="Table_1">
              <input id="Input_1"><inputExpression id="In_1" typeRef="string" expressionLanguage="%s"><text>a</text></inputExpression></input>
              <output id="Output_1" name="o" typeRef="string"/>
              <rule id="Rule_1"><inputEntry id="E_1"><text>"a"</text></inputEntry><outputEntry id="O_1" expressionLanguage="juel"><text>${a}</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """;
    assertThatThrownBy(() -> checker.check("d.dmn", bytes(dmn.formatted("groovy"))))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("«In_1»").hasMessageContaining("expressionLanguage=\"groovy\"");
    assertThat(checker.violations("d.dmn", bytes(dmn.formatted("feel")))).isEmpty();
    assertThat(checker.violations("d.dmn", bytes(dmn.formatted("https://www.omg.org/spec/DMN/20191111/FEEL/")))).isEmpty();
  }

  @Test
  void refusesAClassInCmmn() {
    String cmmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <cmmn:definitions xmlns:cmmn="http://www.omg.org/spec/CMMN/20151109/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/cmmn" id="d" targetNamespace="x">
          <cmmn:case id="Case_1"><cmmn:casePlanModel id="Plan_1">
            <cmmn:extensionElements><camunda:caseExecutionListener event="create" class="com.example.Evil"/></cmmn:extensionElements>
          </cmmn:casePlanModel></cmmn:case>
        </cmmn:definitions>
        """;
    assertThatThrownBy(() -> checker.check("c.cmmn", bytes(cmmn)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("«Plan_1»").hasMessageContaining("class=");
  }

  @Test
  void refusesWhatIsNotWellFormedXmlAndDtds() {
    assertThatThrownBy(() -> checker.check("broken.bpmn", bytes("this is not XML")))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("broken.bpmn").hasMessageContaining("XML");
    String entity = """
        <?xml version="1.0"?>
        <!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>
        <d>&e;</d>
        """;
    assertThatThrownBy(() -> checker.check("xxe.bpmn", bytes(entity)))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("xxe.bpmn").hasMessageNotContaining("root:");
  }

  @Test
  void acceptsPlainExpressionsAndDelegateBeans() {
    String xml = BPMN_START + """
          <bpmn:serviceTask id="Task_1" camunda:delegateExpression="${handOffSender}"/>
          <bpmn:userTask id="Task_2" camunda:candidateGroups="vpr-school-coordinator" camunda:dueDate="${workStartsAt}">
            <bpmn:multiInstanceLoopCharacteristics camunda:collection="${school.works}" camunda:elementVariable="work"/>
          </bpmn:userTask>
          <bpmn:sequenceFlow id="Flow_1" sourceRef="a" targetRef="b">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${form == 'computer' &amp;&amp; grade > 4}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
        """ + BPMN_END;
    assertThat(checker.violations("ok.bpmn", bytes(xml))).isEmpty();
  }

  @Test
  void acceptsEveryModelOfTheProject() {
    List<ModelResource> models = new ClasspathModels().processes();
    assertThat(models).hasSize(38);
    models.forEach(model -> assertThat(checker.violations(model.name(), model.content())).as(model.name()).isEmpty());
  }

  private static byte[] bytes(String xml) {
    return xml.strip().getBytes(StandardCharsets.UTF_8);
  }
}
