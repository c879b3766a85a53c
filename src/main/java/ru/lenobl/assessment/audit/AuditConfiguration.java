package ru.lenobl.assessment.audit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.lenobl.assessment.campaign.Deadlines;
import ru.lenobl.assessment.identity.SystemContext;

@Configuration
public class AuditConfiguration {

  @Bean
  public AuditTrail auditTrail(HistoryService historyService, RepositoryService repositoryService,
      IdentityService identityService, SystemContext system, Deadlines deadlines) {
    return new AuditTrail(historyService, repositoryService, identityService, system, deadlines.zone(),
        MemoActions.load(), FormValuePolicy.fromClasspath());
  }
}
