package ru.lenobl.assessment.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.deployment.ModelResource;
import ru.lenobl.assessment.testsupport.FormFiller;
import ru.lenobl.assessment.testsupport.TestProfiles;

/**
 * The history of a finished campaign is kept two school years (730 days, README "History cleanup") and then removed by
 * Camunda's history cleanup, which runs at night, Moscow time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
class HistoryCleanupIT {

  static final int CAMPAIGN_HISTORY_DAYS = 730;
  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;
  @Autowired HistoryService historyService;

  @Test
  void everyDeployedModelKeepsItsHistory730Days() {
    List<ProcessDefinition> deployed = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(definition -> definition.getResourceName().startsWith(ClasspathModels.PROCESSES)).toList();

    assertThat(deployed).extracting(ProcessDefinition::getResourceName).containsExactlyInAnyOrderElementsOf(
        new ClasspathModels().processes().stream().map(ModelResource::name).toList());
    assertThat(deployed).hasSize(38);
    Map<String, Integer> timeToLive = deployed.stream()
        .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getHistoryTimeToLive));
    assertThat(timeToLive).allSatisfy((key, days) -> assertThat(days).as(key).isEqualTo(CAMPAIGN_HISTORY_DAYS));
  }

  @Test
  void theHistoryCleanupIsRemovalTimeBasedFromTheEndAndScheduledBetween1And5AtNightMoscowTime() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(configuration.getBatchOperationHistoryTimeToLive()).as("a migration batch's history").isEqualTo("P730D");

    assertThat(moscowTime(configuration.getHistoryCleanupBatchWindowStartTimeAsDate())).isEqualTo(LocalTime.of(1, 0));
    assertThat(moscowTime(configuration.getHistoryCleanupBatchWindowEndTimeAsDate())).isEqualTo(LocalTime.of(5, 0));

    List<Job> cleanupJobs = historyService.findHistoryCleanupJobs();

    // Due at the next window's start; or, when the engine started inside the window, at once.
    assertThat(cleanupJobs).isNotEmpty().allSatisfy(job -> assertThat(moscowTime(job.getDuedate()))
        .as("due %s", job.getDuedate()).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0)));
  }

  private static LocalTime moscowTime(Date date) {
    return date.toInstant().atZone(MOSCOW).toLocalTime();
  }

  @Test
  void aFinishedProcessInstanceAndItsTasksAreRemoved730DaysAfterItEnded() {
    String instance = runtimeService.startProcessInstanceByKey("niko-technical-specialist-conduct",
        "NIKO-TTL/mun-tosno/school-9901/grade-7", Map.of("campaignId", "NIKO-TTL", "municipalityId", "tosno",
            "schoolId", "9901", "schoolName", "Школа №1 (демо)", "studyDate", "2027-10-15", "grade", 7)).getId();
    runtimeService.createMessageCorrelation("niko-briefing-held").processInstanceId(instance).correlate();
    FormFiller forms = new FormFiller(formService);
    for (int i = 0; i < 2; i++) {
      Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
      taskService.complete(task.getId(), forms.filled(task));
    }

    HistoricProcessInstance finished = historyService.createHistoricProcessInstanceQuery().processInstanceId(instance)
        .singleResult();
    assertThat(finished.getEndTime()).isNotNull();
    Instant removal = ZonedDateTime.ofInstant(finished.getEndTime().toInstant(), ZoneId.systemDefault())
        .plusDays(CAMPAIGN_HISTORY_DAYS).toInstant();
    assertThat(finished.getRemovalTime().toInstant()).isEqualTo(removal);
    List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).list();
    assertThat(tasks).hasSize(2).allSatisfy(task -> assertThat(task.getRemovalTime().toInstant()).isEqualTo(removal));
  }
}
