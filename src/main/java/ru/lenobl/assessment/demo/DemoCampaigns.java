package ru.lenobl.assessment.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.lenobl.assessment.campaign.CampaignRollout;
import ru.lenobl.assessment.campaign.plan.NikoPlanParser;
import ru.lenobl.assessment.campaign.plan.PlanFileReader;
import ru.lenobl.assessment.campaign.plan.VprPlanParser;

/**
 * DEMO ONLY: imports the example plan-schedules shipped in {@code src/main/resources/demo/} once, through the same
 * parser and launcher as the REST import: VPR-DEMO (4 invented schools in 3 municipalities, spring 2027) and
 * NIKO-DEMO (2 schools, October 2027).
 */
@Component
@Profile("demo")
public class DemoCampaigns {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCampaigns.class);

  private final CampaignRollout launcher;
  private final HistoryService historyService;

  public DemoCampaigns(CampaignRollout launcher, HistoryService historyService) {
    this.launcher = launcher;
    this.historyService = historyService;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(2)
  public void importOnce() {
    if (notImported("VPR-DEMO")) {
      var plan = VprPlanParser.parse("VPR-DEMO", LocalDate.of(2027, 4, 20), LocalDate.of(2027, 5, 20),
          PlanFileReader.read(read("demo/vpr-plan-demo.csv"), "vpr-plan-demo.csv", VprPlanParser.COLUMNS));
      LOG.info("Demo: imported {}", launcher.start(plan));
    }
    if (notImported("NIKO-DEMO")) {
      var plan = NikoPlanParser.parse("NIKO-DEMO", LocalDate.of(2027, 10, 1), LocalDate.of(2027, 10, 31),
          PlanFileReader.read(read("demo/niko-plan-demo.csv"), "niko-plan-demo.csv", NikoPlanParser.COLUMNS));
      LOG.info("Demo: imported {}", launcher.start(plan));
    }
  }

  private boolean notImported(String campaignId) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(campaignId).count() == 0;
  }

  private static byte[] read(String resource) {
    try (InputStream in = DemoCampaigns.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
