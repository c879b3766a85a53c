package ru.lenobl.assessment.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.ModelsUnderTest;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * Every role-and-phase process can be called from an orchestration level: a parent's call activity passes the
 * inputs its documentation lists, and every value its forms capture comes back to the parent.
 */
class EveryRoleProcessIsCallableTest {

  /** Runs only the «Да» paths, so its coverage is not reported: each process's own test class reports it. */
  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessTestEngine.withoutCoverageGoal(
      Stream.concat(Stream.of("role-caller"), roleProcesses().map(EveryRoleProcessIsCallableTest::processKey))
          .toArray(String[]::new));

  /** Every input a role process may take, as the campaign levels will pass them. */
  static final Map<String, Object> CAMPAIGN_INPUTS = Map.ofEntries(
      Map.entry("campaignId", "VPR-2027"), Map.entry("municipalityId", "tosno"), Map.entry("schoolId", "9901"),
      Map.entry("schoolName", "Школа №1 (демо)"), Map.entry("workId", "EN-7"), Map.entry("subject", "Английский язык"),
      Map.entry("grade", 7), Map.entry("form", "computer"), Map.entry("objectivityControl", "no"), Map.entry("workStartsAt", "2027-04-21T09:00:00+03:00"),
      Map.entry("resultsDueAt", "2027-05-05T18:00:00+03:00"), Map.entry("classroom", "Каб. 12"),
      Map.entry("room", "Каб. 31"), Map.entry("studyDate", "2027-10-15"), Map.entry("foreignLanguageWork", "yes"),
      Map.entry("videoSurveillance", "yes"), Map.entry("municipalityName", "Тосненский"),
      Map.entry("workKey", "VPR-2027/mun-tosno/school-9901/EN-7"), Map.entry("classrooms", List.of("Каб. 12")),
      Map.entry("archiveAvailableAt", "2027-04-20T14:00:00+03:00"), Map.entry("regionEscalationAt", "2027-05-07T18:00:00+03:00"),
      Map.entry("rooms", List.of("Каб. 31")), Map.entry("schoolKey", "NIKO-2027/mun-tosno/school-9901"),
      Map.entry("studyKey", "NIKO-2027/mun-tosno/school-9901/grade-7"),
      Map.entry("studies", List.of(Map.of("grade", 7, "studyDate", "2027-10-15", "rooms", List.of("Каб. 31"),
          "studyStartsAt", "2027-10-15T09:00:00+03:00", "studyDayEndsAt", "2027-10-15T23:59:00+03:00",
          "studyKey", "NIKO-2027/mun-tosno/school-9901/grade-7"))),
      Map.entry("hasReserveDate", "yes"), Map.entry("reserveStartsAt", "2027-04-28T09:00:00+03:00"),
      Map.entry("workDayEndsAt", "2027-04-21T23:59:00+03:00"),
      Map.entry("reserveDateOptions", List.of(Map.of("label", "28.04.2027", "value", "2027-04-28T09:00:00+03:00"))),
      // What the school coordinator's VPR-SCH-COMPLETE-7 leaves on the work's processes before the head decides.
      Map.entry("reserveDayRequested", "yes"), Map.entry("absentTotal", 3L), Map.entry("absentWithValidReasonCount", 2L),
      Map.entry("municipalityFirstWorkStartsAt", "2027-04-21T09:00:00+03:00"),
      Map.entry("regionFirstWorkStartsAt", "2027-04-20T09:00:00+03:00"),
      Map.entry("lastResultsDueAt", "2027-05-07T23:59:00+03:00"), Map.entry("windowEndsAt", "2027-05-20T23:59:00+03:00"));

  static final Pattern INPUTS = Pattern.compile("Входные переменные: ([^.]*)\\.");
  static final Pattern OUTPUTS = Pattern.compile("Выходные переменные \\(поля форм\\): ([^.]*)\\.");

  ModelsUnderTest models;

  /** The role-and-phase processes (…-preparation, -conduct, -completion), not the campaign levels that call them. */
  static Stream<String> roleProcesses() {
    return new ClasspathModels().processes().stream().map(ModelResource::name)
        .filter(name -> name.matches(".*-(preparation|conduct|completion)\\.bpmn"));
  }

  @AfterEach
  void undeploy() {
    models.undeployAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("roleProcesses")
  void aParentCallsTheProcessWithItsInputsAndReceivesEveryCapturedValue(String resource) {
    ProcessEngine engine = extension.getProcessEngine();
    Process role = roleProcess(resource);
    assertThat(role.getId()).isEqualTo(processKey(resource));
    Set<String> inputs = documented(role, INPUTS);
    Set<String> outputs = documented(role, OUTPUTS);
    assertThat(CAMPAIGN_INPUTS.keySet()).as("inputs documented by %s", resource).containsAll(inputs);

    models = new ModelsUnderTest(engine.getRepositoryService());
    models.deploy(resource);
    models.deploy("role-caller.bpmn", callerOf(role.getId()));
    ProcessInstance parent = engine.getRuntimeService().startProcessInstanceByKey("role-caller", CAMPAIGN_INPUTS);

    FormFiller forms = new FormFiller(engine.getFormService());
    Set<String> captured = new HashSet<>();
    for (int round = 0; round < 100; round++) {
      ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
          .superProcessInstanceId(parent.getId()).singleResult();
      if (child == null) {
        break;
      }
      List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(child.getId()).list();
      for (Task task : tasks) {
        Map<String, Object> values = forms.filled(task);
        captured.addAll(values.keySet());
        engine.getTaskService().complete(task.getId(), values);
      }
      if (tasks.isEmpty()) {
        passWaitStates(engine, child.getId());
      }
    }

    List<String> parentVariables = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(parent.getId()).list().stream().map(HistoricVariableInstance::getName).toList();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(parent.getId())
        .singleResult().getEndTime()).as("the parent continues after the call").isNotNull();
    assertThat(captured).isNotEmpty();
    assertThat(outputs).as("outputs documented by %s", resource).containsAll(captured);
    assertThat(parentVariables).as("values returned to the parent").containsAll(captured);
  }

  /**
   * With no task open, the child waits for a hand-off from another role, or for a date: deliver, or run the timer.
   * The monitoring processes count the schools' uploads all along ({@code results-uploaded} starts a non-interrupting
   * event sub-process); that subscription never blocks, so it is not what the child waits for. A receive task that
   * waits for the upload (the head's and the technical specialist's completion) does block, and gets it.
   */
  private static void passWaitStates(ProcessEngine engine, String instance) {
    List<EventSubscription> messages = engine.getRuntimeService().createEventSubscriptionQuery()
        .processInstanceId(instance).eventType("message").list().stream()
        .filter(message -> !countsUploads(message) && !decidesAProposedReserveDay(message)).toList();
    messages.forEach(message -> engine.getRuntimeService().messageEventReceived(message.getEventName(), message.getExecutionId()));
    if (messages.isEmpty()) {
      engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list()
          .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  /** The non-interrupting start of the event sub-process that counts the schools' uploads. */
  private static boolean countsUploads(EventSubscription message) {
    return "results-uploaded".equals(message.getEventName()) && message.getActivityId().startsWith("StartEvent_");
  }

  /**
   * The non-interrupting start of the municipal coordinator's decision on a work's reserve day (VPR-MUN-COMPLETE-4):
   * a work's head asks for it; the municipal process never waits for it.
   */
  private static boolean decidesAProposedReserveDay(EventSubscription message) {
    return "reserve-day-proposed".equals(message.getEventName());
  }

  /** processes/vpr/school-head-preparation.bpmn is the process vpr-school-head-preparation. */
  static String processKey(String resource) {
    String[] parts = resource.replace(".bpmn", "").split("/");
    return parts[1] + "-" + parts[2];
  }

  private static Process roleProcess(String resource) {
    byte[] content = new ClasspathModels().processes().stream().filter(model -> model.name().equals(resource))
        .findFirst().orElseThrow().content();
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    return model.getModelElementsByType(Process.class).iterator().next();
  }

  private static Set<String> documented(Process process, Pattern line) {
    String documentation = process.getDocumentations().iterator().next().getTextContent();
    Matcher matcher = line.matcher(documentation);
    assertThat(matcher.find()).as("%s documents «%s»", process.getId(), line.pattern()).isTrue();
    return new HashSet<>(Arrays.asList(matcher.group(1).split(",\\s*")));
  }

  private static BpmnModelInstance callerOf(String processKey) {
    BpmnModelInstance caller = Bpmn.createExecutableProcess("role-caller").camundaHistoryTimeToLive(1)
        .startEvent().callActivity("Call_RoleProcess").calledElement(processKey).endEvent().done();
    CallActivity call = caller.getModelElementById("Call_RoleProcess");
    CamundaIn in = caller.newInstance(CamundaIn.class);
    in.setCamundaVariables("all");
    CamundaOut out = caller.newInstance(CamundaOut.class);
    out.setCamundaVariables("all");
    call.builder().addExtensionElement(in).addExtensionElement(out);
    return caller;
  }
}
