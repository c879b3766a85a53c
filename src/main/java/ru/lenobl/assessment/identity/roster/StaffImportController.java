package ru.lenobl.assessment.identity.roster;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ru.lenobl.assessment.identity.CurrentUser;
import ru.lenobl.assessment.tabular.ImportError;

/**
 * {@code POST /api/staff} (multipart {@code file}: CSV or XLSX), administrators only: 201 with the counts and the
 * one-time passwords of the users it created (shown once, never stored in clear or logged, never cached); 400 with
 * every error of the file by line and column, and nothing changed; 401 without credentials; 403 for anyone else.
 */
@RestController
public class StaffImportController {

  private final StaffRosterImport rosterImport;
  private final IdentityService identityService;

  public StaffImportController(StaffRosterImport rosterImport, IdentityService identityService) {
    this.rosterImport = rosterImport;
    this.identityService = identityService;
  }

  @PostMapping(path = "/api/staff", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<StaffDirectory.Result> importStaff(@RequestParam(required = false) MultipartFile file)
      throws IOException {
    if (!CurrentUser.isInAnyOf(identityService, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException();
    }
    if (file == null || file.isEmpty()) {
      throw new RosterRejectedException(List.of(new ImportError(0, "file", "Нужен файл списка сотрудников (CSV или XLSX)")));
    }
    StaffDirectory.Result result = rosterImport.importFile(file.getBytes(), file.getOriginalFilename());
    return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(result);
  }

  @ExceptionHandler(ForbiddenException.class)
  public ResponseEntity<Map<String, String>> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("message", "Загружать список сотрудников могут только администраторы"));
  }

  static class ForbiddenException extends RuntimeException {
  }

  @ExceptionHandler(RosterRejectedException.class)
  public ResponseEntity<Map<String, List<ImportError>>> rejected(RosterRejectedException rejected) {
    return ResponseEntity.badRequest().body(Map.of("errors", rejected.errors()));
  }
}
