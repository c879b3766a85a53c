package ru.lenobl.assessment.monitoring;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ru.lenobl.assessment.audit.AuditScope;
import ru.lenobl.assessment.campaign.Deadlines;
import ru.lenobl.assessment.identity.SystemContext;

/**
 * {@code GET /api/monitoring?municipality=&campaign=}: the monitoring view of the caller's scope (regional and municipal
 * coordinators, the auditor, administrators; others 403, and 403 for another municipality).
 */
@RestController
public class MonitoringController {

  private final Monitoring monitoring;
  private final IdentityService identityService;

  public MonitoringController(Monitoring monitoring, IdentityService identityService) {
    this.monitoring = monitoring;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/monitoring", produces = MediaType.APPLICATION_JSON_VALUE)
  public Monitoring.View view(@RequestParam(required = false) String municipality,
      @RequestParam(required = false) String campaign) {
    return monitoring.view(AuditScope.forMonitoring(identityService), municipality, campaign);
  }

  @ExceptionHandler(AuditScope.Forbidden.class)
  public ResponseEntity<Map<String, String>> forbidden(AuditScope.Forbidden forbidden) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", forbidden.getMessage()));
  }

  @Configuration
  static class MonitoringConfiguration {

    @Bean
    public Monitoring monitoring(HistoryService historyService, IdentityService identityService, SystemContext system,
        Deadlines deadlines) {
      return new Monitoring(historyService, identityService, system, deadlines.zone());
    }
  }
}
