package ru.lenobl.assessment.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;

/**
 * DEMO ONLY: starts the school coordinator's processes for two works of «Школа №1 (демо)», once: the preparation of
 * Russian in class 4 (a week ahead) and the completion of mathematics in class 5 (written yesterday).
 */
@Component
@Profile("demo")
public class DemoSchoolWorks {

  static final ZoneId REGION_ZONE = ZoneId.of("Europe/Moscow");
  static final String CAMPAIGN = "VPR-DEMO";
  static final String MUNICIPALITY = "tosno";
  static final String SCHOOL_ID = "9901";
  static final String SCHOOL_NAME = "Школа №1 (демо)";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSchoolWorks.class);

  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  public DemoSchoolWorks(RuntimeService runtimeService, HistoryService historyService) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void startOnce() {
    LocalDate today = LocalDate.now(REGION_ZONE);
    startOnce("vpr-school-coordinator-preparation",
        work("RU-4", "Русский язык", 4, at(today.plusDays(7), 9, 0), at(today.plusDays(14), 18, 0)));
    startOnce("vpr-school-coordinator-completion",
        work("MA-5", "Математика", 5, at(today.minusDays(1), 9, 0), at(today.plusDays(5), 18, 0)));
  }

  private void startOnce(String processKey, SchoolWork work) {
    boolean started = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey)
        .processInstanceBusinessKey(work.businessKey())
        .count() > 0;
    if (!started) {
      runtimeService.startProcessInstanceByKey(processKey, work.businessKey(), work.variables());
      LOG.info("Demo: started {} for {}", processKey, work.businessKey());
    }
  }

  private static SchoolWork work(String workId, String subject, int grade, OffsetDateTime startsAt, OffsetDateTime resultsDueAt) {
    return new SchoolWork(CAMPAIGN, MUNICIPALITY, SCHOOL_ID, SCHOOL_NAME, workId, subject, grade, WorkForm.paper,
        startsAt, resultsDueAt);
  }

  private static OffsetDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(REGION_ZONE).toOffsetDateTime();
  }
}
