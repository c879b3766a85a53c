package ru.lenobl.assessment.processes;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.ModelsUnderTest;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * A process test: the real engine, the model under test with every form, and a clock the test moves. Each subclass
 * registers {@code @RegisterExtension static ProcessEngineCoverageExtension coverage =
 * ProcessTestEngine.everyFlowNodeCovered();}, so that its model must be covered completely.
 */
public abstract class ProcessTestCase {

  /** Russian language, class 4, in «Школа №1 (демо)»: written on 21 April 2027 at 09:00, results due 5 May. */
  protected static final SchoolWork RUSSIAN_4 = new SchoolWork("VPR-2027", "tosno", "9901", "Школа №1 (демо)", "RU-4",
      "Русский язык", 4, WorkForm.paper,
      OffsetDateTime.parse("2027-04-21T09:00:00+03:00"), OffsetDateTime.parse("2027-05-05T18:00:00+03:00"));

  /** A municipality's processes: the Tosno district in the 2027 campaign. */
  protected static final Map<String, Object> TOSNO = Map.of("campaignId", "VPR-2027", "municipalityId", "tosno");

  /** A NIKO study in «Школа №1 (демо)»: class 8 on 15 October 2026, in room «Каб. 31». */
  protected static final Map<String, Object> NIKO_SCHOOL = Map.of("campaignId", "NIKO-2026", "municipalityId", "tosno",
      "schoolId", "9901", "schoolName", "Школа №1 (демо)", "studyDate", "2026-10-15", "grade", 8,
      "rooms", List.of("Каб. 31"), "studyKey", "NIKO-2026/mun-tosno/school-9901/grade-8",
      "studies", List.of(Map.of("grade", 8, "studyDate", "2026-10-15", "rooms", List.of("Каб. 31"),
          "studyStartsAt", "2026-10-15T09:00:00+03:00", "studyDayEndsAt", "2026-10-15T23:59:00+03:00",
          "studyKey", "NIKO-2026/mun-tosno/school-9901/grade-8")));

  protected ProcessEngine engine;
  protected ModelsUnderTest models;
  protected FormFiller forms;

  /** The model under test, e.g. {@code processes/vpr/school-head-preparation.bpmn}. */
  protected abstract String processResource();

  @BeforeEach
  void deployModelUnderTest() {
    engine = ProcessTestEngine.get();
    BpmnAwareTests.init(engine);
    models = new ModelsUnderTest(engine.getRepositoryService());
    models.deploy(processResource());
    forms = new FormFiller(engine.getFormService());
    clockAt(RUSSIAN_4.workStartsAt().minusDays(10));
  }

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    models.undeployAll();
  }

  protected ProcessInstance start(String processKey, SchoolWork work) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, work.businessKey(), work.variables());
  }

  protected ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    return engine.getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
  }

  /** Completes the open task {@code taskKey} with its form filled in; {@code decisions} set chosen answers. */
  protected Task fill(ProcessInstance instance, String taskKey, Map<String, Object> decisions) {
    BpmnAwareTests.assertThat(instance).isWaitingAt(taskKey);
    Task open = task(taskKey, instance);
    complete(open, forms.filled(open, decisions));
    return open;
  }

  /** {@code base} with more variables. */
  protected static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
    Map<String, Object> variables = new java.util.HashMap<>(base);
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return variables;
  }

  protected Task fill(ProcessInstance instance, String taskKey) {
    return fill(instance, taskKey, Map.of());
  }

  protected void fillAll(ProcessInstance instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      fill(instance, taskKey);
    }
  }

  protected Job timer(ProcessInstance instance, String timerEventId) {
    return engine.getManagementService().createJobQuery()
        .processInstanceId(instance.getId()).timers().activityId(timerEventId).singleResult();
  }

  /** Delivers a hand-off message to the process instance, as the sending role's process would. */
  protected void deliver(ProcessInstance instance, String message) {
    org.assertj.core.api.Assertions.assertThat(engine.getRuntimeService().createMessageCorrelation(message)
        .processInstanceId(instance.getId()).correlateAllWithResult()).as("waiting for %s", message).isNotEmpty();
  }

  /** Delivers a hand-off to the waiting instance whose local variable {@code name} equals {@code value}. */
  protected void deliver(ProcessInstance instance, String message, String name, Object value) {
    engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(instance.getId())
        .localVariableEquals(name, value).correlate();
  }

  /** Moves the clock to the timer's due date and runs it. */
  protected void fire(ProcessInstance instance, String timerEventId) {
    Job job = timer(instance, timerEventId);
    org.assertj.core.api.Assertions.assertThat(job).as("timer %s", timerEventId).isNotNull();
    ClockUtil.setCurrentTime(job.getDuedate());
    engine.getManagementService().executeJob(job.getId());
  }

  protected long openTasks(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count();
  }

  protected static void clockAt(OffsetDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  protected static Date date(OffsetDateTime time) {
    return Date.from(time.toInstant());
  }
}
