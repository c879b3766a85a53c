package ru.lenobl.assessment.campaign;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.lenobl.assessment.identity.SystemContext;

/** The campaign launcher and its roll-out with the schools' scopes, with the deadline rules from {@code assessment.deadlines.*}. */
@Configuration
@EnableConfigurationProperties(Deadlines.class)
public class CampaignConfiguration {

  @Bean
  public CampaignLauncher campaignLauncher(RuntimeService runtimeService, HistoryService historyService, Deadlines deadlines) {
    return new CampaignLauncher(runtimeService, historyService, deadlines);
  }

  @Bean
  public CampaignRecords campaignRecords(JdbcTemplate jdbc) {
    return new CampaignRecords(jdbc);
  }

  @Bean
  public CampaignRollout campaignRollout(CampaignLauncher launcher, IdentityService identityService, SystemContext system,
      CampaignRecords records) {
    return new CampaignRollout(launcher, identityService, system, records);
  }

  @Bean
  public CampaignProgress campaignProgress(CampaignRecords records, ProcessEngine engine, SystemContext system,
      Deadlines deadlines) {
    return new CampaignProgress(records, engine, system, deadlines);
  }

  /** The hand-off delegate of the models ({@code camunda:delegateExpression="${handOffSender}"}). */
  @Bean
  public HandOffSender handOffSender() {
    return new HandOffSender();
  }
}
