package ru.lenobl.assessment.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail: {@code GET /api/audit/trail} (JSON rows), {@code GET /api/audit/trail.csv} (the same rows for
 * Excel) and {@code GET /api/audit/compliance} (deadline compliance per municipality and school), each with the
 * filters {@code campaign}, {@code municipality} (id, e.g. {@code tosno}), {@code school} (code), {@code work}
 * (e.g. {@code RU-4}), {@code role} (group id), {@code user} (login), {@code from}, {@code to} (dates the task was
 * created, {@code 2027-04-21}). 403 for callers outside {@link AuditScope}, and for a school or municipality outside
 * the caller's scope.
 */
@RestController
public class AuditController {

  private final AuditTrail trail;
  private final IdentityService identityService;

  public AuditController(AuditTrail trail, IdentityService identityService) {
    this.trail = trail;
    this.identityService = identityService;
  }

  @GetMapping(path = "/api/audit/trail", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<AuditRow> trail(@RequestParam(required = false) String campaign,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String school,
      @RequestParam(required = false) String work, @RequestParam(required = false) String role,
      @RequestParam(required = false) String user, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return rows(campaign, municipality, school, work, role, user, from, to);
  }

  @GetMapping(path = "/api/audit/trail.csv")
  public ResponseEntity<byte[]> csv(@RequestParam(required = false) String campaign,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String school,
      @RequestParam(required = false) String work, @RequestParam(required = false) String role,
      @RequestParam(required = false) String user, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    byte[] body = AuditCsv.of(rows(campaign, municipality, school, work, role, user, from, to));
    String name = "audit" + (campaign == null || campaign.isBlank() ? "" : "-" + campaign.replaceAll("[^A-Za-z0-9-]", ""))
        + (school == null || school.isBlank() ? "" : "-school-" + school.replaceAll("[^A-Za-z0-9._-]", "")) + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
        .body(body);
  }

  @GetMapping(path = "/api/audit/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<ComplianceSummary.MunicipalityLine> compliance(@RequestParam(required = false) String campaign,
      @RequestParam(required = false) String municipality, @RequestParam(required = false) String school,
      @RequestParam(required = false) String work, @RequestParam(required = false) String role,
      @RequestParam(required = false) String user, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return ComplianceSummary.of(rows(campaign, municipality, school, work, role, user, from, to));
  }

  private List<AuditRow> rows(String campaign, String municipality, String school, String work, String role,
      String user, String from, String to) {
    AuditScope scope = AuditScope.forAudit(identityService);
    return trail.rows(scope, new AuditTrail.Filter(campaign, municipality, school, work, role, user,
        date(from, "from"), date(to, "to")));
  }

  private static LocalDate date(String text, String name) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new BadFilter("«" + text + "» в параметре " + name + " — не дата (нужно ГГГГ-ММ-ДД)");
    }
  }

  @ExceptionHandler(AuditScope.Forbidden.class)
  public ResponseEntity<Map<String, String>> forbidden(AuditScope.Forbidden forbidden) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", forbidden.getMessage()));
  }

  @ExceptionHandler(BadFilter.class)
  public ResponseEntity<Map<String, String>> badFilter(BadFilter bad) {
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("message", bad.getMessage()));
  }

  static class BadFilter extends RuntimeException {
    BadFilter(String message) {
      super(message);
    }
  }
}
