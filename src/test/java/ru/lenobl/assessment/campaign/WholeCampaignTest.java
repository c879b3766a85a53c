package ru.lenobl.assessment.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.campaign.plan.NikoPlanParser;
import ru.lenobl.assessment.campaign.plan.PlanFileReader;
import ru.lenobl.assessment.campaign.plan.VprPlanParser;
import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.Jobs;
import ru.lenobl.assessment.testsupport.ModelsUnderTest;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/**
 * A whole regional campaign through the engine, the clock moved from preparation to the last report: 2
 * municipalities × 2 schools × 2 works (one in computer form) for VPR, and one NIKO school testing two grades. On the way: a missed
 * results deadline escalated to the municipality and then to the region, which closes the work; a reserve day held
 * and one declined; a municipal expert commission re-checking; hand-offs that block until their counterpart is done.
 * Every task, as it appears, has a due date and a name that says whose work it is. The campaign levels must be
 * covered completely.
 */
class WholeCampaignTest {

  /** The levels are what this class tests; the role processes have their own classes. */
  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyLevelFlowNodeCovered();

  static final String VPR_PLAN = """
      municipality,schoolId,schoolName,subject,grade,workDate,workTime,durationMinutes,form,resultsDueDate,reserveDates,classrooms
      Тосненский,0101,Школа №1 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,2027-04-28,"Каб. 11, Каб. 12"
      Тосненский,0101,Школа №1 (тест),История,5,2027-04-22,10:00,45,computer,2027-05-06,,Каб. 21
      Тосненский,0102,Школа №2 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 1
      Тосненский,0102,Школа №2 (тест),Математика,4,2027-04-23,09:00,45,paper,2027-05-07,,Каб. 1
      Лужский район,0201,Школа №3 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,2027-04-28,Каб. 5
      Лужский район,0201,Школа №3 (тест),Математика,5,2027-04-22,09:00,45,paper,2027-05-06,,Каб. 5
      Лужский район,0202,Школа №4 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 7
      Лужский район,0202,Школа №4 (тест),Математика,5,2027-04-22,09:00,45,paper,2027-05-06,,Каб. 7
      """;

  static final String NIKO_PLAN = """
      municipality;schoolId;schoolName;studyDate;grade;rooms;videoSurveillance
      Тосненский;0101;Школа №1 (тест);2027-10-14;8;Каб. 31, Каб. 32;да
      Тосненский;0101;Школа №1 (тест);2027-10-15;10;Каб. 33;нет
      """;

  final ProcessEngine engine = coverage.getProcessEngine();
  final TaskService tasks = engine.getTaskService();
  final FormFiller forms = new FormFiller(engine.getFormService());
  final ModelsUnderTest models = new ModelsUnderTest(engine.getRepositoryService());
  /** The tasks whose due date and name were checked when they were open. */
  final Set<String> checked = new HashSet<>();

  @AfterEach
  void undeploy() {
    ClockUtil.reset();
    models.undeployAll();
  }

  @Test
  void aWholeCampaignRunsFromThePlanScheduleToTheLastReport() {
    models.deploy(new ClasspathModels().processes().stream().map(ModelResource::name).toArray(String[]::new));
    clockAt("2027-04-01T10:00:00+03:00");
    CampaignLauncher launcher = new CampaignLauncher(engine.getRuntimeService(), engine.getHistoryService(), Deadlines.DEFAULT);
    CampaignLauncher.Started vpr = launcher.launch(VprPlanParser.parse("VPR-2027", LocalDate.parse("2027-04-20"),
        LocalDate.parse("2027-05-20"), PlanFileReader.read(VPR_PLAN.getBytes(StandardCharsets.UTF_8), "plan.csv",
            VprPlanParser.COLUMNS)));
    CampaignLauncher.Started niko = launcher.launch(NikoPlanParser.parse("NIKO-2027", LocalDate.parse("2027-10-01"),
        LocalDate.parse("2027-10-31"), PlanFileReader.read(NIKO_PLAN.getBytes(StandardCharsets.UTF_8), "niko.csv",
            NikoPlanParser.COLUMNS)));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("vpr-school").count())
        .as("the import answers before the fan-out: the schools start in the job executor").isZero();
    Jobs.drain(engine.getManagementService());
    // No instance holds more of the plan than its own part.
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(vpr.processInstanceId())
        .variableName("municipalities").count()).as("the campaign's list is not stored").isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(vpr.processInstanceId())
        .variableName("municipality").list()).as("each municipality's loop instance keeps that municipality's part")
        .extracting(v -> (Object) ((Map<?, ?>) v.getValue()).get("id")).containsExactlyInAnyOrder("tosno", "luga");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(niko.processInstanceId())
        .variableName("schools").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("school")
        .processInstanceId(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("vpr-municipality")
            .processInstanceBusinessKey("VPR-2027/mun-tosno").singleResult().getId()).list())
        .as("the municipality's loop: short entries, no works").hasSize(2)
        .allSatisfy(v -> assertThat(((Map<?, ?>) v.getValue()).containsKey("works")).isFalse());
    assertThat(vpr).isEqualTo(new CampaignLauncher.Started("VPR-2027", vpr.processInstanceId(), 2, 4, 8));
    assertThat(niko.works()).as("two studies, grades 8 and 10").isEqualTo(2);
    assertThat(niko.schools()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("niko-school").count())
        .as("one NIKO school process per school").isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("niko-study").count())
        .as("one per grade").isEqualTo(2);
    assertThat(tasks.createTaskQuery().processDefinitionKey("niko-responsible-organizer-preparation").count())
        .as("the school's preparation once").isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("vpr-work").count()).isEqualTo(8);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("vpr-work")
        .processInstanceBusinessKey("VPR-2027/mun-tosno/school-0101/RU-4").count()).isEqualTo(1);

    // Tasklist tells whose work a task is and when it is due, from the plan.
    Task studyRegulations = openTasks("Task_StudyRegulations").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("vpr-school-coordinator-preparation"))
        .filter(task -> "0101".equals(variable(task, "schoolId"))).findFirst().orElseThrow();
    assertThat(studyRegulations.getName())
        .isEqualTo("Изучить нормативные документы ВПР — Школа №1 (тест), Русский язык, 4 класс");
    assertThat(studyRegulations.getDueDate()).as("VPR-SCH-PREP-1: the school's first work")
        .isEqualTo(date("2027-04-21T09:00:00+03:00"));
    Task municipal = openTasks("Task_StudyRegulations").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("vpr-municipal-coordinator-preparation"))
        .filter(task -> "luga".equals(variable(task, "municipalityId"))).findFirst().orElseThrow();
    assertThat(municipal.getName()).isEqualTo("Изучить нормативные документы ВПР — Лужский");
    assertThat(municipal.getDueDate()).as("VPR-MUN-PREP-1: the municipality's first work")
        .isEqualTo(date("2027-04-21T09:00:00+03:00"));
    assertThat(openTasks("Task_ObtainFisOkoAccess")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Получить доступ в личный кабинет ФИС ОКО — VPR-2027");
      assertThat(task.getDueDate()).as("VPR-REG-PREP-1: when the plan was imported").isEqualTo(date("2027-04-01T10:00:00+03:00"));
    });
    Task technician = openTasks("Task_StudyRegulations").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("vpr-technical-specialist-preparation"))
        .filter(task -> "0201".equals(variable(task, "schoolId"))).findFirst().orElseThrow();
    assertThat(technician.getName()).isEqualTo("Изучить нормативные документы ВПР — Школа №3 (тест)");
    assertThat(technician.getDueDate()).as("VPR-TECH-PREP-1: the archive of the school's first work")
        .isEqualTo(date("2027-04-20T14:00:00+03:00"));

    // Preparation: everything that is not waiting for a date or for another role.
    completeEverythingOpen();
    assertThat(openTasks("Task_DownloadArchive")).as("no archive before it is published").isEmpty();

    // The day before: the archives of the four works of 21 April are published at 14:00, each with its own task.
    clockAt("2027-04-20T14:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_DownloadArchive")).extracting(task -> variable(task, "workKey")).containsExactlyInAnyOrder(
        "VPR-2027/mun-tosno/school-0101/RU-4", "VPR-2027/mun-tosno/school-0102/RU-4",
        "VPR-2027/mun-luga/school-0201/RU-4", "VPR-2027/mun-luga/school-0202/RU-4");
    assertThat(openTasks("Task_SupportArchiveDownload")).hasSize(4);
    completeEverythingOpen();

    // 21 April, the first work day: the organizers' briefing task waits for the coordinator's briefing.
    clockAt("2027-04-21T08:00:00+03:00");
    runDueTimers();
    String luga = "VPR-2027/mun-luga/school-0201/RU-4";
    assertThat(openTasksOf("Task_AttendBriefing", luga)).as("briefing not yet held").isEmpty();
    complete(openTasksOf("Task_CheckClassroomsReady", luga).get(0), Map.of());
    complete(openTasksOf("Task_BriefStaff", luga).get(0), Map.of());
    assertThat(openTasksOf("Task_AttendBriefing", luga)).as("organizer and technical specialist briefed").hasSize(2);
    assertThat(openTasksOf("Task_ReceiveMaterials", luga)).as("coordinator's completion waits for the materials").isEmpty();
    completeEverythingOpen();

    // 21 April, 14:00: the archives of the three works of 22 April; 22 April, 14:00: that of the work of 23 April.
    clockAt("2027-04-21T14:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_DownloadArchive")).extracting(task -> variable(task, "workKey")).containsExactlyInAnyOrder(
        "VPR-2027/mun-tosno/school-0101/HI-5", "VPR-2027/mun-luga/school-0201/MA-5", "VPR-2027/mun-luga/school-0202/MA-5");
    completeEverythingOpen();
    clockAt("2027-04-22T08:00:00+03:00");
    runDueTimers();
    completeEverythingOpen();
    clockAt("2027-04-22T14:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_DownloadArchive")).extracting(task -> variable(task, "workKey"))
        .containsExactly("VPR-2027/mun-tosno/school-0102/MA-4");
    completeEverythingOpen();
    // 23 April: the last work; all works written by now, no preparation escalated.
    clockAt("2027-04-23T08:00:00+03:00");
    runDueTimers();
    completeEverythingOpen();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_DownloadArchive")
        .count()).as("one archive download per work").isEqualTo(8);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey("Task_EscalateMaterialsOverdue").count()).isZero();

    // 28 April: the reserve day decided by the head of school 0101 for Russian in class 4; the head of 0201 declined.
    assertThat(openTasks("Task_ConductReserveSession")).isEmpty();
    clockAt("2027-04-28T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_ConductReserveSession")).singleElement()
        .satisfies(task -> assertThat(variable(task, "workKey")).isEqualTo("VPR-2027/mun-tosno/school-0101/RU-4"));
    completeEverythingOpen();
    String declined = workInstance("VPR-2027/mun-luga/school-0201/RU-4");
    // 0201 had a reserve date in the plan, but its head declined: the work went on without a reserve session.
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(declined)
        .activityId("Gateway_ReserveDayMerge").count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(declined)
        .activityId("Timer_ReserveDay").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(declined).singleResult()
        .getEndTime()).isNotNull();

    // 7 May, 23:59: school 0102 has not uploaded mathematics, class 4; the municipality is alerted, the task stays open.
    assertThat(openTasks("Task_UploadResults")).singleElement()
        .satisfies(task -> assertThat(variable(task, "workKey")).isEqualTo("VPR-2027/mun-tosno/school-0102/MA-4"));
    clockAt("2027-05-08T00:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_EscalateResultsOverdue")).singleElement().satisfies(task -> {
      assertThat(task.getName()).as("the school, subject and class named once")
          .isEqualTo("Школа 0102 не загрузила результаты: Математика, 4 класс");
      assertThat(task.getDueDate()).as("a day after the escalation").isEqualTo(date("2027-05-09T00:00:00+03:00"));
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
    });
    completeEverythingOpen();
    assertThat(openTasks("Task_UploadResults")).as("the late task stays open").hasSize(1);

    // Two days later the region is alerted, and closes the work without results.
    clockAt("2027-05-10T00:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_EscalateResultsToRegion")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Тосненский: школа 0102 не загрузила результаты: Математика, 4 класс");
      assertThat(candidateGroups(task)).containsExactly("vpr-regional-coordinator");
    });
    complete(openTasks("Task_EscalateResultsToRegion").get(0), Map.of("regionEscalationDecision", "close"));
    assertThat(openTasks("Task_UploadResults")).isEmpty();

    // Results, analytics, the Tosno commission's re-check of each listed subject, the reports.
    completeEverythingOpen();
    assertThat(historicVariable("vpr-municipality", "VPR-2027/mun-tosno", "munResultsUploadedCount"))
        .as("uploads counted for the municipal monitoring").isEqualTo(3L);
    assertThat(historicVariable("vpr-campaign", "VPR-2027", "regResultsUploadedCount")).isEqualTo(7L);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_RecheckWorks")
        .finished().list()).as("Tosno re-checked its one listed subject, Luga nothing").singleElement()
        .satisfies(task -> assertThat(task.getName()).isEqualTo("Перепроверить работы по предмету «Математика» — Тосненский"));
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("Gateway_SubjectListed")
        .count()).as("one decision per subject of Tosno's plan").isEqualTo(3);

    // The region controls the conduct until the end of the window: then the VPR campaign ends.
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("VPR-2027")
        .processDefinitionKey("vpr-regional-coordinator-conduct").count()).isEqualTo(1);
    clockAt("2027-05-21T00:00:00+03:00");
    runDueTimers();
    completeEverythingOpen();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("VPR-2027").count()).isZero();

    // NIKO in October. The school's preparation and class 8's organizers' preparation were left undone: at the
    // start of the first study the municipality is told, and the late tasks stay open.
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_RegisterFisOko")
        .processDefinitionKey("niko-responsible-organizer-preparation").count())
        .as("a school testing grades 8 and 10 registers in FIS OKO once").isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_DownloadMaterials")
        .processDefinitionKey("niko-responsible-organizer-preparation").count()).as("materials per grade").isEqualTo(2);
    clockAt("2027-10-14T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_EscalateResponsiblePreparation")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Школа №1 (тест): подготовка к НИКО не завершена, классы 8, 10");
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
    });
    assertThat(openTasks("Task_EscalateTechnicalPreparation")).singleElement().satisfies(task ->
        assertThat(task.getName()).isEqualTo("Школа №1 (тест): техподготовка к НИКО не завершена, классы 8, 10"));
    assertThat(openTasks("Task_EscalateOrganizerPreparation")).singleElement().satisfies(task ->
        assertThat(task.getName()).isEqualTo("Школа №1 (тест), 8 класс: организаторы не готовы к НИКО"));
    assertThat(tasks.createTaskQuery().list().stream().filter(nikoPreparationLate).count())
        .as("the late tasks stay open").isEqualTo(3);

    // Class 8's study day: each room's protocol goes to the responsible organizer; the organizers wait for the
    // briefing and the materials. The responsible organizer's control of the procedure is left undone.
    assertThat(openTasks("Task_ReceiveProtocols")).isEmpty();
    assertThat(openTasks("Task_CheckRoomsReady")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Проверить готовность аудиторий — Школа №1 (тест), 8 класс");
      assertThat(task.getDueDate()).as("NIKO-RESP-CONDUCT-1: an hour before the study").isEqualTo(date("2027-10-14T08:00:00+03:00"));
    });
    assertThat(openTasks("Task_AttendBriefing")).as("organizers wait for the briefing").isEmpty();
    late = task -> "Task_ControlProcedure".equals(task.getTaskDefinitionKey())
        && task.getProcessDefinitionId().startsWith("niko-responsible-organizer-conduct");
    completeEverythingOpen();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_ReceiveProtocols")
        .finished().count()).isEqualTo(1);
    clockAt("2027-10-15T00:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_EscalateResponsibleConduct")).singleElement().satisfies(task ->
        assertThat(task.getName()).isEqualTo("Школа №1 (тест), 8 класс: проведение НИКО не завершено"));
    assertThat(openTasks("Task_ControlProcedure")).as("the late task stays open").hasSize(1);

    // Class 10 the next day; the school's NIKO ends when both studies have.
    late = task -> false;
    clockAt("2027-10-15T09:00:00+03:00");
    runDueTimers();
    completeEverythingOpen();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("niko-classroom")
        .count()).isEqualTo(3);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).as("every process instance ended").isZero();
    assertThat(engine.getManagementService().createJobQuery().count()).isZero();
    assertThat(checked).as("every task created had its due date and name checked while open")
        .hasSize((int) engine.getHistoryService().createHistoricTaskInstanceQuery().count());
  }

  static final String TWO_WORKS_PLAN = """
      municipality,schoolId,schoolName,subject,grade,workDate,workTime,durationMinutes,form,resultsDueDate,reserveDates,classrooms
      Тосненский,0101,Школа №1 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,,Каб. 11
      Тосненский,0101,Школа №1 (тест),Математика,4,2027-04-23,09:00,45,paper,2027-05-07,,Каб. 11
      """;

  static final String RUSSIAN = "VPR-2027/mun-tosno/school-0101/RU-4";
  static final String MATHEMATICS = "VPR-2027/mun-tosno/school-0101/MA-4";

  void launchTwoWorksOfOneSchool() {
    models.deploy(new ClasspathModels().processes().stream().map(ModelResource::name).toArray(String[]::new));
    clockAt("2027-04-01T10:00:00+03:00");
    new CampaignLauncher(engine.getRuntimeService(), engine.getHistoryService(), Deadlines.DEFAULT)
        .launch(VprPlanParser.parse("VPR-2027", LocalDate.parse("2027-04-20"), LocalDate.parse("2027-05-20"),
            PlanFileReader.read(TWO_WORKS_PLAN.getBytes(StandardCharsets.UTF_8), "plan.csv", VprPlanParser.COLUMNS)));
    Jobs.drain(engine.getManagementService());
  }

  /** One work of school 0101, whose head decides for a reserve day (see {@link #decisions}); reserve date as given. */
  void launchRussianOfSchool0101(String reserveDates) {
    models.deploy(new ClasspathModels().processes().stream().map(ModelResource::name).toArray(String[]::new));
    clockAt("2027-04-01T10:00:00+03:00");
    String plan = """
        municipality,schoolId,schoolName,subject,grade,workDate,workTime,durationMinutes,form,resultsDueDate,reserveDates,classrooms
        Тосненский,0101,Школа №1 (тест),Русский язык,4,2027-04-21,09:00,45,paper,2027-05-05,%s,Каб. 11
        """.formatted(reserveDates);
    new CampaignLauncher(engine.getRuntimeService(), engine.getHistoryService(), Deadlines.DEFAULT)
        .launch(VprPlanParser.parse("VPR-2027", LocalDate.parse("2027-04-20"), LocalDate.parse("2027-05-20"),
            PlanFileReader.read(plan.getBytes(StandardCharsets.UTF_8), "plan.csv", VprPlanParser.COLUMNS)));
    Jobs.drain(engine.getManagementService());
  }

  /** Up to the end of the work day of 21 April, every task done that is not {@link #late}. */
  void throughTheWorkDay() {
    completeEverythingOpen();
    clockAt("2027-04-20T14:00:00+03:00");
    runDueTimers();
    completeEverythingOpen();
    clockAt("2027-04-21T08:00:00+03:00");
    runDueTimers();
    completeEverythingOpen();
  }

  @Test
  void headApprovesTheScheduleOnceTheCoordinatorDraftedIt() {
    launchTwoWorksOfOneSchool();
    assertThat(openTasks("Task_ApproveSchedule")).as("nothing drafted yet").isEmpty();
    Task regulations = openTasks("Task_StudyRegulations").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("vpr-school-coordinator-preparation"))
        .toList().get(0);
    complete(regulations, Map.of());
    assertThat(openTasks("Task_ApproveSchedule")).as("still nothing drafted").isEmpty();
    complete(openTasks("Task_DraftSchedule").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("vpr-school-coordinator-preparation")).toList().get(0), Map.of());
    // The coordinator's preparation threw schedule-drafted (VPR-SCH-PREP-2): the head approves (VPR-HEAD-PREP-2).
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId("Event_ScheduleDrafted")
        .finished().count()).isEqualTo(1);
    assertThat(openTasks("Task_ApproveSchedule")).singleElement().satisfies(task -> {
      assertThat(task.getProcessDefinitionId()).startsWith("vpr-school-head-preparation");
      assertThat(variable(task, "schoolId")).isEqualTo("0101");
    });
  }

  @Test
  void reserveSessionStartsOnTheReserveDateThoughTheStatisticalReportComesLater() {
    launchRussianOfSchool0101("2027-04-28");
    late = task -> "Task_GetStatisticalReport".equals(task.getTaskDefinitionKey());
    throughTheWorkDay();
    String work = workInstance(RUSSIAN);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(work)
        .activityId("Receive_ReserveDayDecided").finished().count()).as("the head said «Да»").isEqualTo(1);
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(work).activityId("Timer_ReserveDay")
        .count()).as("waiting for the reserve date").isEqualTo(1);
    assertThat(openTasks("Task_GetStatisticalReport")).hasSize(1);
    assertThat(engine.getRuntimeService().createExecutionQuery().activityId("Receive_StatisticalReportObtained")
        .count()).as("the head's completion waits for the statistical report").isEqualTo(1);

    clockAt("2027-04-28T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_ConductReserveSession")).singleElement().satisfies(task -> {
      assertThat(variable(task, "workKey")).isEqualTo(RUSSIAN);
      assertThat(task.getDueDate()).isEqualTo(date("2027-04-28T11:00:00+03:00"));
    });
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(work).activityId("Call_HeadCompletion")
        .count()).as("the head's completion still runs").isEqualTo(1);
    completeEverythingOpen();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_UploadReserveResults")
        .finished().count()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(work).singleResult()
        .getEndTime()).as("the work waits for the head's completion").isNull();

    // The statistical report, weeks later: the coordinator's model tells the head (VPR-SCH-COMPLETE-5 → VPR-HEAD-COMPLETE-2).
    late = task -> false;
    clockAt("2027-05-12T10:00:00+03:00");
    complete(openTasks("Task_GetStatisticalReport").get(0), Map.of());
    assertThat(openTasks("Task_ReviewResults").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith("vpr-school-head-completion"))).hasSize(1);
    completeEverythingOpen();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(work).singleResult()
        .getEndTime()).isNotNull();
  }

  /** The head's decision of the work (VPR-HEAD-COMPLETE-3), or the municipality's (VPR-MUN-COMPLETE-4). */
  List<Task> reserveDecisions(String role) {
    return openTasks("Task_DecideReserveDays").stream()
        .filter(task -> task.getProcessDefinitionId().startsWith(role)).toList();
  }

  static final String HEAD = "vpr-school-head-completion";
  static final String MUNICIPALITY = "vpr-municipal-coordinator-completion";

  boolean passed(String processInstanceId, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(activityId).finished().count() > 0;
  }

  @Test
  void headDecidesReserveDayWithTheCoordinatorsAbsentees() {
    launchRussianOfSchool0101("2027-04-28");
    late = task -> "Task_CollectReserveDayInfo".equals(task.getTaskDefinitionKey());
    throughTheWorkDay();
    assertThat(openTasks("Task_CollectReserveDayInfo")).singleElement().satisfies(task -> assertThat(task.getDueDate())
        .as("VPR-SCH-COMPLETE-7: two days before the reserve date").isEqualTo(date("2027-04-26T09:00:00+03:00")));
    assertThat(reserveDecisions(HEAD)).as("the head waits for the coordinator's absentees").isEmpty();

    late = task -> false;
    complete(openTasks("Task_CollectReserveDayInfo").get(0), Map.of("absentTotal", 5L, "absentWithValidReasonCount", 3L,
        "reserveDayRequested", "yes", "reserveDayComment", "3 — по болезни, справки есть"));
    assertThat(reserveDecisions(HEAD)).singleElement().satisfies(task -> {
      assertThat(variable(task, "workKey")).isEqualTo(RUSSIAN);
      assertThat(variable(task, "absentTotal")).isEqualTo(5L);
      assertThat(variable(task, "absentWithValidReasonCount")).isEqualTo(3L);
      assertThat(variable(task, "reserveDayComment")).isEqualTo("3 — по болезни, справки есть");
      assertThat(forms.formOf(task).fields()).extracting(field -> field.key())
          .as("the coordinator's data is shown read-only, not asked again")
          .doesNotContain("absentTotal", "absentWithValidReasonCount", "reserveDayComment");
      assertThat(task.getDueDate()).as("VPR-HEAD-COMPLETE-3: the reserve date − 1 day 12 hours")
          .isEqualTo(date("2027-04-26T21:00:00+03:00"));
    });
  }

  @Test
  void municipalityConfirmsTheReserveDayBeforeTheReserveDate() {
    launchRussianOfSchool0101("2027-04-28");
    late = task -> "Task_DecideReserveDays".equals(task.getTaskDefinitionKey())
        && task.getProcessDefinitionId().startsWith(MUNICIPALITY);
    throughTheWorkDay();
    String work = workInstance(RUSSIAN);
    assertThat(passed(work, "Event_ReserveDayProposed")).as("the head said «Да»").isTrue();
    assertThat(reserveDecisions(MUNICIPALITY)).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Подтвердить резервный день — Школа №1 (тест), Русский язык, 4 класс");
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult().getBusinessKey()).as("in the municipality's process (its scope)").isEqualTo("VPR-2027/mun-tosno");
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
      assertThat(task.getDueDate()).as("VPR-MUN-COMPLETE-4: the day before the reserve date")
          .isEqualTo(date("2027-04-27T09:00:00+03:00"));
    });
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(work).activityId("Timer_ReserveDay")
        .count()).as("no session before the municipality confirms").isZero();

    late = task -> false;
    clockAt("2027-04-26T15:00:00+03:00");
    complete(reserveDecisions(MUNICIPALITY).get(0), Map.of("munReserveDayDecision", "yes",
        "munReserveDate", "2027-04-28T09:00:00+03:00"));
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(work).activityId("Timer_ReserveDay")
        .count()).as("the confirmation starts the reserve session").isEqualTo(1);
    clockAt("2027-04-28T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_ConductReserveSession")).singleElement().satisfies(task -> {
      assertThat(variable(task, "workKey")).isEqualTo(RUSSIAN);
      assertThat(task.getDueDate()).isEqualTo(date("2027-04-28T11:00:00+03:00"));
    });
  }

  @Test
  void municipalityRefusalStartsNoReserveSession() {
    launchRussianOfSchool0101("2027-04-28");
    decide = task -> "Task_DecideReserveDays".equals(task.getTaskDefinitionKey())
        && task.getProcessDefinitionId().startsWith(MUNICIPALITY) ? Map.of("munReserveDayDecision", "no") : Map.of();
    throughTheWorkDay();
    String work = workInstance(RUSSIAN);
    assertThat(passed(work, "Event_ReserveDayProposed")).as("the head said «Да»").isTrue();
    assertThat(passed(work, "Gateway_ReserveDayConfirmed")).isTrue();

    clockAt("2027-04-28T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_ConductReserveSession")).isEmpty();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(work)
        .activityId("Timer_ReserveDay").count()).isZero();
    clockAt("2027-05-12T10:00:00+03:00");
    completeEverythingOpen();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(work).singleResult()
        .getEndTime()).as("the work ends without a reserve session").isNotNull();
  }

  @Test
  void reserveSessionRunsOnTheChosenSecondReserveDate() {
    launchRussianOfSchool0101("2027-04-28; 2027-04-30");
    decide = task -> switch (task.getTaskDefinitionKey()) {
      case "Task_DecideReserveDays" -> task.getProcessDefinitionId().startsWith(HEAD)
          ? Map.of("headReserveDate", "2027-04-30T09:00:00+03:00")
          : Map.of("munReserveDate", "2027-04-30T09:00:00+03:00");
      default -> Map.of();
    };
    throughTheWorkDay();
    String work = workInstance(RUSSIAN);
    assertThat(engine.getRuntimeService().getVariable(work, "reserveSessionStartsAt"))
        .isEqualTo("2027-04-30T09:00:00+03:00");

    clockAt("2027-04-28T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_ConductReserveSession")).as("not on the first reserve date").isEmpty();
    clockAt("2027-04-30T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_ConductReserveSession")).singleElement()
        .satisfies(task -> assertThat(task.getDueDate()).isEqualTo(date("2027-04-30T11:00:00+03:00")));
    complete(openTasks("Task_ConductReserveSession").get(0), Map.of());
    assertThat(openTasks("Task_CheckReserveWorks")).singleElement()
        .satisfies(task -> assertThat(task.getDueDate()).isEqualTo(date("2027-05-02T09:00:00+03:00")));
    complete(openTasks("Task_CheckReserveWorks").get(0), Map.of());
    assertThat(openTasks("Task_UploadReserveResults")).singleElement()
        .satisfies(task -> assertThat(task.getDueDate()).isEqualTo(date("2027-05-03T09:00:00+03:00")));
  }

  @Test
  void noReserveDayWhenTheCoordinatorReportsNoAbsenteesWithAValidReason() {
    launchRussianOfSchool0101("2027-04-28");
    decide = task -> "Task_CollectReserveDayInfo".equals(task.getTaskDefinitionKey())
        ? Map.of("absentTotal", 1L, "absentWithValidReasonCount", 0L, "reserveDayRequested", "no") : Map.of();
    throughTheWorkDay();
    String work = workInstance(RUSSIAN);
    assertThat(passed(work, "Receive_ReserveDayInfoCollected")).isTrue();
    assertThat(passed(work, "Receive_ReserveDayDecided")).isFalse();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_DecideReserveDays")
        .count()).as("neither the head nor the municipality is asked").isZero();
  }

  @Test
  void noReserveDayCheckWithoutAReserveDateInThePlan() {
    launchRussianOfSchool0101("");
    throughTheWorkDay();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_CollectReserveDayInfo")
        .count()).as("VPR-SCH-COMPLETE-7 applies only with a reserve date in the plan").isZero();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey("Task_DecideReserveDays")
        .count()).isZero();
    assertThat(passed(workInstance(RUSSIAN), "Gateway_ReserveDayMerge")).isTrue();
  }

  @Test
  void workGoesOnWithoutASessionWhenTheMunicipalityDoesNotDecideByTheReserveDate() {
    launchRussianOfSchool0101("2027-04-28");
    late = task -> "Task_DecideReserveDays".equals(task.getTaskDefinitionKey())
        && task.getProcessDefinitionId().startsWith(MUNICIPALITY);
    throughTheWorkDay();
    String work = workInstance(RUSSIAN);
    clockAt("2027-04-28T09:00:00+03:00");
    runDueTimers();
    assertThat(passed(work, "Timer_NoConfirmation")).isTrue();
    assertThat(openTasks("Task_ConductReserveSession")).isEmpty();
  }

  @Test
  void secondWorkGetsItsOwnArchiveDownloadTheDayBeforeAt1400() {
    launchTwoWorksOfOneSchool();

    clockAt("2027-04-20T13:59:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_DownloadArchive")).as("no archive before it is published").isEmpty();
    clockAt("2027-04-20T14:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_DownloadArchive")).singleElement().satisfies(task -> {
      assertThat(variable(task, "workKey")).isEqualTo(RUSSIAN);
      assertThat(task.getDueDate()).isEqualTo(date("2027-04-20T18:00:00+03:00"));
    });
    openTasksOf("Task_DownloadArchive", RUSSIAN).forEach(task -> complete(task, Map.of()));
    openTasksOf("Task_CopyMaterials", RUSSIAN).forEach(task -> complete(task, Map.of()));
    openTasksOf("Task_SecureMaterials", RUSSIAN).forEach(task -> complete(task, Map.of()));

    // The second work's archive: 22 April at 14:00, the day before it, not with the first.
    clockAt("2027-04-22T13:59:00+03:00");
    runDueTimers();
    assertThat(openTasksOf("Task_DownloadArchive", MATHEMATICS)).isEmpty();
    clockAt("2027-04-22T14:00:00+03:00");
    runDueTimers();
    assertThat(openTasksOf("Task_DownloadArchive", MATHEMATICS)).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Скачать архив с материалами — Школа №1 (тест), Математика, 4 класс");
      assertThat(task.getDueDate()).isEqualTo(date("2027-04-22T18:00:00+03:00"));
      assertThat(candidateGroups(task)).containsExactly("vpr-school-coordinator");
    });
    assertThat(openTasksOf("Task_SupportArchiveDownload", MATHEMATICS)).as("with the technical specialist's support")
        .singleElement().satisfies(task -> assertThat(candidateGroups(task)).containsExactly("vpr-technical-specialist"));
    complete(openTasksOf("Task_DownloadArchive", MATHEMATICS).get(0), Map.of());
    assertThat(openTasksOf("Task_CopyMaterials", MATHEMATICS)).singleElement()
        .satisfies(task -> assertThat(task.getDueDate()).isEqualTo(date("2027-04-23T08:00:00+03:00")));
  }

  @Test
  void eachWorkHasItsOwnArchiveEscalation() {
    launchTwoWorksOfOneSchool();

    // Neither work's archive is downloaded: each is escalated at its own start, naming its subject.
    clockAt("2027-04-20T14:00:00+03:00");
    runDueTimers();
    clockAt("2027-04-21T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_EscalateMaterialsOverdue")).singleElement().satisfies(task -> {
      assertThat(task.getName()).isEqualTo("Школа 0101 не подготовила материалы работы: Русский язык, 4 класс");
      assertThat(task.getDescription()).contains("Скачать архив с материалами");
      assertThat(task.getDueDate()).isEqualTo(date("2027-04-22T09:00:00+03:00"));
      assertThat(candidateGroups(task)).containsExactly("vpr-municipal-coordinator");
    });
    assertThat(openTasksOf("Task_DownloadArchive", RUSSIAN)).as("the late task stays open").hasSize(1);

    clockAt("2027-04-22T14:00:00+03:00");
    runDueTimers();
    clockAt("2027-04-23T09:00:00+03:00");
    runDueTimers();
    assertThat(openTasks("Task_EscalateMaterialsOverdue")).extracting(Task::getName).containsExactlyInAnyOrder(
        "Школа 0101 не подготовила материалы работы: Русский язык, 4 класс",
        "Школа 0101 не подготовила материалы работы: Математика, 4 класс");
    assertThat(openTasksOf("Task_DownloadArchive", MATHEMATICS)).hasSize(1);
  }

  // ------------------------------------------------------------------ the scenario's answers

  /** A test's own answers, over {@link #decisions}. */
  java.util.function.Function<Task, Map<String, Object>> decide = task -> Map.of();

  /** What people decide in this campaign; every other field is filled in with a valid value. */
  Map<String, Object> decisions(Task task) {
    Map<String, Object> answers = new HashMap<>(scenario(task));
    answers.putAll(decide.apply(task));
    return answers;
  }

  Map<String, Object> scenario(Task task) {
    Map<String, Object> answers = new HashMap<>();
    String work = (String) variable(task, "workKey");
    switch (task.getTaskDefinitionKey()) {
      case "Task_DecideReserveDays" -> answers.put(
          task.getProcessDefinitionId().startsWith("vpr-school-head") ? "headReserveDayDecision" : "munReserveDayDecision",
          "VPR-2027/mun-tosno/school-0101/RU-4".equals(work) ? "yes" : "no");
      case "Task_GetAnalytics" -> {
        if (task.getProcessDefinitionId().startsWith("vpr-municipal")) {
          answers.put("munBiasSignsFound", "tosno".equals(variable(task, "municipalityId")) ? "yes" : "no");
        }
      }
      // Tosno's plan has Russian, history and mathematics: the commission re-checks mathematics only.
      case "Task_FormExpertCommission" -> answers.put("munCommissionSubjects", "Математика");
      default -> { }
    }
    return answers;
  }

  /** The tasks left undone: school 0102 never uploads mathematics in class 4; the NIKO preparation above. */
  /** NIKO preparation left undone until the first study: the school's (responsible organizer, technical specialist) and class 8's organizers'. */
  final Predicate<Task> nikoPreparationLate = task ->
      "Task_EnsureInformationSecurity".equals(task.getTaskDefinitionKey())
          && task.getProcessDefinitionId().startsWith("niko-responsible-organizer-preparation")
      || "Task_CheckComputers".equals(task.getTaskDefinitionKey())
          && task.getProcessDefinitionId().startsWith("niko-technical-specialist-preparation")
      || "Task_NoteStudyDate".equals(task.getTaskDefinitionKey())
          && task.getProcessDefinitionId().startsWith("niko-classroom-organizer-preparation")
          && Integer.valueOf(8).equals(variable(task, "grade"));

  Predicate<Task> late = nikoPreparationLate.or(task -> "Task_UploadResults".equals(task.getTaskDefinitionKey())
      && "VPR-2027/mun-tosno/school-0102/MA-4".equals(variable(task, "workKey")));

  // ------------------------------------------------------------------ driving the engine

  void completeEverythingOpen() {
    for (int round = 0; round < 200; round++) {
      tasks.createTaskQuery().list().forEach(this::hasDueDateAndNamesWhoseWorkItIs);
      List<Task> open = tasks.createTaskQuery().list().stream().filter(late.negate()).toList();
      if (open.isEmpty()) {
        return;
      }
      open.forEach(task -> complete(task, decisions(task)));
    }
    throw new AssertionError("tasks keep appearing");
  }

  void complete(Task task, Map<String, Object> decisions) {
    hasDueDateAndNamesWhoseWorkItIs(task);
    tasks.complete(task.getId(), forms.filled(task, decisions));
  }

  /**
   * A task of a school (or below) names the school (or the escalation's «школа <code>»), its subject and class where
   * it has them; a municipality's task names the municipality; a regional task the campaign. All are due.
   */
  void hasDueDateAndNamesWhoseWorkItIs(Task task) {
    if (!checked.add(task.getId())) {
      return;
    }
    String where = task.getTaskDefinitionKey() + " of " + task.getProcessDefinitionId() + ": " + task.getName();
    assertThat(task.getDueDate()).as(where).isNotNull();
    Object schoolName = variable(task, "schoolName");
    Object municipalityName = variable(task, "municipalityName");
    String name = task.getName().toLowerCase(Locale.ROOT);
    if (schoolName != null) {
      assertThat(name.contains(schoolName.toString().toLowerCase(Locale.ROOT))
          || name.contains("школа " + variable(task, "schoolId"))).as(where + " names the school").isTrue();
      Object subject = variable(task, "subject");
      if (subject != null) {
        assertThat(task.getName()).as(where).contains(subject.toString());
      }
      Object grade = variable(task, "grade");
      if (grade != null && !task.getProcessDefinitionId().startsWith("vpr-school-head-preparation")) {
        assertThat(task.getName()).as(where).contains(grade + " класс");
      }
    } else if (municipalityName != null) {
      assertThat(task.getName()).as(where).endsWith(" — " + municipalityName);
    } else {
      assertThat(task.getName()).as(where).endsWith(" — " + variable(task, "campaignId"));
    }
  }

  static Date date(String time) {
    return Date.from(OffsetDateTime.parse(time).toInstant());
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

  List<Task> openTasks(String taskKey) {
    return tasks.createTaskQuery().taskDefinitionKey(taskKey).list();
  }

  List<Task> openTasksOf(String taskKey, String workKey) {
    return openTasks(taskKey).stream().filter(task -> workKey.equals(variable(task, "workKey"))).toList();
  }

  Object variable(Task task, String name) {
    return tasks.getVariable(task.getId(), name);
  }

  Stream<String> candidateGroupsStream(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(link -> link.getGroupId()).filter(g -> g != null);
  }

  List<String> candidateGroups(Task task) {
    return candidateGroupsStream(task).toList();
  }

  Object historicVariable(String processKey, String businessKey, String name) {
    String instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    HistoricVariableInstance variable = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance).variableName(name).singleResult();
    return variable == null ? null : ((Number) variable.getValue()).longValue();
  }

  String workInstance(String businessKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("vpr-work")
        .processInstanceBusinessKey(businessKey).singleResult().getId();
  }

  static void clockAt(String time) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(time).toInstant()));
  }
}
