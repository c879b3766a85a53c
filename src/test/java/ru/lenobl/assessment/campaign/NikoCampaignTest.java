package ru.lenobl.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.campaign.plan.NikoPlanParser;
import ru.lenobl.assessment.campaign.plan.PlanFileReader;
import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.Jobs;
import ru.lenobl.assessment.testsupport.ModelsUnderTest;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * A NIKO campaign through the engine, the clock moved, as the memos of the responsible organizer, the classroom
 * organizer and the technical specialist have it: per-school actions once per school, per-grade ones per grade; the
 * organizers wait for the responsible organizer's briefing and materials; the questionnaires are collected after the
 * teachers filled theirs; a missed phase deadline becomes a task for the municipality. The NIKO levels
 * (niko-campaign, niko-school, niko-study, niko-classroom) must be covered completely.
 */
class NikoCampaignTest {

  /** The levels are what this class tests; the role processes have their own classes. */
  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyLevelFlowNodeCovered();

  /** «Школа №1 (тест)» tests class 8 on 14 October in two rooms and class 10 on 15 October. */
  static final String TWO_GRADES = """
      municipality;schoolId;schoolName;studyDate;grade;rooms;videoSurveillance
      Тосненский;0101;Школа №1 (тест);2027-10-14;8;Каб. 31, Каб. 32;да
      Тосненский;0101;Школа №1 (тест);2027-10-15;10;Каб. 33;нет
      """;

  /** Class 8 only, in two rooms. */
  static final String ONE_GRADE = """
      municipality;schoolId;schoolName;studyDate;grade;rooms;videoSurveillance
      Тосненский;0101;Школа №1 (тест);2027-10-14;8;Каб. 31, Каб. 32;да
      """;

  final ProcessEngine engine = coverage.getProcessEngine();
  final TaskService tasks = engine.getTaskService();
  final FormFiller forms = new FormFiller(engine.getFormService());
  final ModelsUnderTest models = new ModelsUnderTest(engine.getRepositoryService());

  @BeforeEach
  void deployNiko() {
    models.deploy(new ClasspathModels().processes().stream().map(ModelResource::name)
        .filter(name -> name.startsWith("processes/niko/")).toArray(String[]::new));
    clockAt("2027-10-01T10:00:00+03:00");
  }

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    models.undeployAll();
  }

  @Test
  void nikoSchoolWithTwoGradesRegistersOnce() {
    launch(TWO_GRADES);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("niko-school").count())
        .isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("niko-study").count())
        .isEqualTo(2);
    assertThat(open("Task_StudyRequirements")).as("the technical specialist prepares once per school").hasSize(1);
    assertThat(tasks.createTaskQuery().processDefinitionKey("niko-classroom-organizer-preparation").list())
        .as("the organizers per grade").extracting(Task::getName).containsExactlyInAnyOrder(
            "Изучить нормативные документы НИКО — Школа №1 (тест), 8 класс",
            "Изучить нормативные документы НИКО — Школа №1 (тест), 10 класс");

    completeAll(open("Task_StudyRegulations"));
    completeAll(open("Task_AppointSpecialists"));
    assertThat(open("Task_RegisterFisOko")).singleElement().satisfies(task ->
        assertThat(task.getName()).isEqualTo("Зарегистрироваться в ФИС ОКО и отправить сведения об ОО — Школа №1 (тест)"));
    assertThat(open("Task_LiaiseWithAuthorities")).hasSize(1);
    assertThat(open("Task_EnsureInformationSecurity")).hasSize(1);
    completeAll(open("Task_RegisterFisOko"));

    assertThat(open("Task_DownloadMaterials")).extracting(Task::getName).containsExactlyInAnyOrder(
        "Организовать скачивание материалов — Школа №1 (тест), 8 класс",
        "Организовать скачивание материалов — Школа №1 (тест), 10 класс");
    assertThat(open("Task_DistributeParticipants")).hasSize(2);
    assertThat(open("Task_DownloadMaterials")).extracting(Task::getDueDate).containsExactlyInAnyOrder(
        date("2027-10-13T18:00:00+03:00"), date("2027-10-14T18:00:00+03:00"));
  }

  @Test
  void classroomOrganizerReceivesMaterialsOnlyAfterTheResponsibleOrganizerIssuesThem() {
    launch(ONE_GRADE);
    completeEverythingOpen(task -> false);
    studyDay();

    assertThat(open("Task_AttendBriefing")).as("no briefing held yet").isEmpty();
    completeAll(open("Task_CheckRoomsReady"));
    completeAll(open("Task_AdmitObservers"));
    completeAll(open("Task_BriefStaff"));
    assertThat(open("Task_AttendBriefing")).as("two rooms' organizers and the technical specialist").hasSize(3);
    completeAll(open("Task_AttendBriefing"));
    assertThat(open("Task_ReceiveMaterials")).as("materials not issued yet").isEmpty();

    completeAll(open("Task_IssueMaterials"));
    assertThat(open("Task_ReceiveMaterials")).extracting(task -> tasks.getVariable(task.getId(), "room"))
        .containsExactlyInAnyOrder("Каб. 31", "Каб. 32");
  }

  @Test
  void questionnairesAreCollectedAfterTheTeachersFilledThem() {
    launch(ONE_GRADE);
    completeEverythingOpen(task -> false);
    studyDay();
    completeEverythingOpen(task -> "Task_FillTeacherQuestionnaire".equals(task.getTaskDefinitionKey()));

    assertThat(open("Task_CollectQuestionnaires")).as("no teacher has filled the questionnaire yet").isEmpty();
    List<Task> questionnaires = open("Task_FillTeacherQuestionnaire");
    assertThat(questionnaires).hasSize(2);
    complete(questionnaires.get(0));
    assertThat(open("Task_CollectQuestionnaires")).as("one room still to fill it").isEmpty();
    complete(questionnaires.get(1));
    assertThat(open("Task_CollectQuestionnaires")).hasSize(1);

    completeEverythingOpen(task -> false);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("every process instance ended").isZero();
  }

  @Test
  void missedStudyDeadlineEscalatesToTheMunicipality() {
    launch(TWO_GRADES);
    Predicate<Task> preparationLeftUndone = task -> List.of("Task_EnsureInformationSecurity", "Task_CheckComputers")
        .contains(task.getTaskDefinitionKey())
        || "Task_NoteStudyDate".equals(task.getTaskDefinitionKey()) && Integer.valueOf(8).equals(variable(task, "grade"));
    completeEverythingOpen(preparationLeftUndone);

    studyDay();
    assertThat(open("Task_EscalateResponsiblePreparation")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Школа №1 (тест): подготовка к НИКО не завершена, классы 8, 10");
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
      assertThat(task.getDueDate()).as("a day to act").isEqualTo(date("2027-10-15T09:00:00+03:00"));
    });
    assertThat(open("Task_EscalateTechnicalPreparation")).singleElement().satisfies(task ->
        assertThat(task.getName()).isEqualTo("Школа №1 (тест): техподготовка к НИКО не завершена, классы 8, 10"));
    assertThat(open("Task_EscalateOrganizerPreparation")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Школа №1 (тест), 8 класс: организаторы не готовы к НИКО");
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
    });
    assertThat(tasks.createTaskQuery().list().stream().filter(preparationLeftUndone)).as("the late tasks stay open")
        .hasSize(3);

    // The study day passes without the responsible organizer's control of the procedure.
    completeEverythingOpen(task -> "Task_ControlProcedure".equals(task.getTaskDefinitionKey()));
    assertThat(open("Task_EscalateResponsibleConduct")).isEmpty();
    clockAt("2027-10-15T00:00:00+03:00");
    runDueTimers();
    assertThat(open("Task_EscalateResponsibleConduct")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Школа №1 (тест), 8 класс: проведение НИКО не завершено");
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
    });
    assertThat(open("Task_ControlProcedure")).as("the late task stays open").hasSize(1);

    completeEverythingOpen(task -> false);
    clockAt("2027-10-15T09:00:00+03:00");
    runDueTimers();
    completeEverythingOpen(task -> false);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("every process instance ended").isZero();
  }

  // ------------------------------------------------------------------ driving the engine

  void launch(String plan) {
    new CampaignLauncher(engine.getRuntimeService(), engine.getHistoryService(), Deadlines.DEFAULT).launch(
        NikoPlanParser.parse("NIKO-2027", LocalDate.parse("2027-10-01"), LocalDate.parse("2027-10-31"),
            PlanFileReader.read(plan.getBytes(StandardCharsets.UTF_8), "niko.csv", NikoPlanParser.COLUMNS)));
    Jobs.drain(engine.getManagementService());
  }

  /** The first study's start: the study-day timer and the preparation deadlines. */
  void studyDay() {
    clockAt("2027-10-14T09:00:00+03:00");
    runDueTimers();
  }

  void completeEverythingOpen(Predicate<Task> leftUndone) {
    for (int round = 0; round < 100; round++) {
      List<Task> open = tasks.createTaskQuery().list().stream().filter(leftUndone.negate()).toList();
      if (open.isEmpty()) {
        return;
      }
      completeAll(open);
    }
    throw new AssertionError("tasks keep appearing");
  }

  void completeAll(List<Task> open) {
    open.forEach(this::complete);
  }

  void complete(Task task) {
    tasks.complete(task.getId(), forms.filled(task, Map.of()));
  }

  List<Task> open(String taskKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
  }

  Object variable(Task task, String name) {
    return tasks.getVariable(task.getId(), name);
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId()).filter(g -> g != null)
        .toList();
  }

  void runDueTimers() {
    for (int round = 0; round < 50; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().timers().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }

  static Date date(String time) {
    return Date.from(OffsetDateTime.parse(time).toInstant());
  }

  static void clockAt(String time) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
  }
}
