package ru.lenobl.assessment.campaign.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.lenobl.assessment.campaign.CampaignAlreadyExistsException;
import ru.lenobl.assessment.campaign.CampaignLauncher;
import ru.lenobl.assessment.campaign.CampaignProgress;
import ru.lenobl.assessment.campaign.CampaignRollout;
import ru.lenobl.assessment.campaign.plan.NikoPlanParser;
import ru.lenobl.assessment.campaign.plan.PlanFileReader;
import ru.lenobl.assessment.campaign.plan.PlanRejectedException;
import ru.lenobl.assessment.campaign.plan.VprPlanParser;
import ru.lenobl.assessment.identity.CurrentUser;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.tabular.ImportError;

/**
 * The plan-schedule import: {@code POST /api/vpr/campaigns} and {@code POST /api/niko/campaigns} (multipart:
 * {@code file}, {@code campaignId}, {@code windowStart}, {@code windowEnd}), for regional coordinators and
 * administrators. 201 with the campaign's size, as soon as the campaign instance has started (its municipalities and
 * schools start after, in the job executor); 400 with every error by line and column; 409 for a campaign imported
 * before, or being imported at the same moment on any node. A rejected file starts nothing. {@code GET
 * /api/vpr/campaigns/{id}} and {@code GET /api/niko/campaigns/{id}}: the progress of the fan-out and its incidents
 * ({@link CampaignProgress}), for the same people.
 */
@RestController
public class CampaignImportController {

  private final CampaignRollout rollout;
  private final CampaignProgress progress;
  private final IdentityService identityService;

  public CampaignImportController(CampaignRollout rollout, CampaignProgress progress, IdentityService identityService) {
    this.rollout = rollout;
    this.progress = progress;
    this.identityService = identityService;
  }

  @PostMapping(path = "/api/vpr/campaigns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<CampaignLauncher.Started> importVpr(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String campaignId, @RequestParam(required = false) String windowStart,
      @RequestParam(required = false) String windowEnd) throws IOException {
    return importPlan(file, campaignId, windowStart, windowEnd, request -> rollout.start(
        VprPlanParser.parse(request.campaignId(), request.windowStart(), request.windowEnd(),
            PlanFileReader.read(request.content(), request.fileName(), VprPlanParser.COLUMNS))));
  }

  @PostMapping(path = "/api/niko/campaigns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<CampaignLauncher.Started> importNiko(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String campaignId, @RequestParam(required = false) String windowStart,
      @RequestParam(required = false) String windowEnd) throws IOException {
    return importPlan(file, campaignId, windowStart, windowEnd, request -> rollout.start(
        NikoPlanParser.parse(request.campaignId(), request.windowStart(), request.windowEnd(),
            PlanFileReader.read(request.content(), request.fileName(), NikoPlanParser.COLUMNS))));
  }

  @GetMapping("/api/vpr/campaigns/{campaignId}")
  public ResponseEntity<?> vprProgress(@PathVariable String campaignId) {
    return progress("vpr", campaignId);
  }

  @GetMapping("/api/niko/campaigns/{campaignId}")
  public ResponseEntity<?> nikoProgress(@PathVariable String campaignId) {
    return progress("niko", campaignId);
  }

  /** The campaign's progress for the same people who import plans; 404 for an id this procedure never imported. */
  private ResponseEntity<?> progress(String procedure, String campaignId) {
    ensureRegionalCoordinatorOrAdministrator();
    return progress.of(procedure, campaignId).<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
            .body(Map.of("message", "Кампания " + campaignId + " не загружалась")));
  }

  /** Reads, checks and starts a plan for a regional coordinator or an administrator: 201, or an exception handled below. */
  private ResponseEntity<CampaignLauncher.Started> importPlan(MultipartFile file, String campaignId, String windowStart,
      String windowEnd, Function<Request, CampaignLauncher.Started> parseAndLaunch) throws IOException {
    ensureRegionalCoordinatorOrAdministrator();
    Request request = Request.of(file, campaignId, windowStart, windowEnd);
    return ResponseEntity.status(HttpStatus.CREATED).body(parseAndLaunch.apply(request));
  }

  @ExceptionHandler(PlanRejectedException.class)
  public ResponseEntity<Map<String, List<ImportError>>> rejected(PlanRejectedException rejected) {
    return ResponseEntity.badRequest().body(Map.of("errors", rejected.errors()));
  }

  @ExceptionHandler(CampaignAlreadyExistsException.class)
  public ResponseEntity<Map<String, String>> duplicate(CampaignAlreadyExistsException duplicate) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", duplicate.getMessage()));
  }

  @ExceptionHandler(ForbiddenException.class)
  public ResponseEntity<Map<String, String>> forbidden(ForbiddenException forbidden) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("message", forbidden.getMessage()));
  }

  private void ensureRegionalCoordinatorOrAdministrator() {
    if (!CurrentUser.isInAnyOf(identityService, RoleGroup.VPR_REGIONAL_COORDINATOR.id(), Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Загружать план-график могут только региональный координатор и администратор");
    }
  }

  static class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
      super(message);
    }
  }

  /** The form fields, checked before the file: each problem is an error of line 0, named by its field. */
  record Request(byte[] content, String fileName, String campaignId, LocalDate windowStart, LocalDate windowEnd) {

    static Request of(MultipartFile file, String campaignId, String windowStart, String windowEnd) throws IOException {
      List<ImportError> errors = new ArrayList<>();
      if (campaignId == null || !campaignId.matches("[A-Za-z0-9][A-Za-z0-9-]{1,40}")) {
        errors.add(new ImportError(0, "campaignId", "Нужен идентификатор кампании из латинских букв, цифр и «-», например VPR-2027"));
      }
      LocalDate start = date(windowStart, "windowStart", errors);
      LocalDate end = date(windowEnd, "windowEnd", errors);
      if (start != null && end != null && end.isBefore(start)) {
        errors.add(new ImportError(0, "windowEnd", "Окно кампании заканчивается раньше, чем начинается"));
      }
      if (file == null) {
        errors.add(new ImportError(0, "file", "Нужен файл плана-графика (CSV или XLSX)"));
      }
      if (!errors.isEmpty()) {
        throw new PlanRejectedException(errors);
      }
      return new Request(file.getBytes(), file.getOriginalFilename(), campaignId, start, end);
    }

    private static LocalDate date(String value, String field, List<ImportError> errors) {
      try {
        return LocalDate.parse(value == null ? "" : value.trim());
      } catch (DateTimeParseException e) {
        errors.add(new ImportError(0, field, "Нужна дата в формате ГГГГ-ММ-ДД"));
        return null;
      }
    }
  }
}
