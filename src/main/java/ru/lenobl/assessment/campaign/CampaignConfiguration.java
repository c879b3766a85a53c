package ru.lenobl.assessment.campaign;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The campaign launcher, with the deadline rules from {@code assessment.deadlines.*}. */
@Configuration
@EnableConfigurationProperties(Deadlines.class)
public class CampaignConfiguration {

  @Bean
  public CampaignLauncher campaignLauncher(RuntimeService runtimeService, HistoryService historyService, Deadlines deadlines) {
    return new CampaignLauncher(runtimeService, historyService, deadlines);
  }

  /** The hand-off delegate of the models ({@code camunda:delegateExpression="${handOffSender}"}). */
  @Bean
  public HandOffSender handOffSender() {
    return new HandOffSender();
  }
}
