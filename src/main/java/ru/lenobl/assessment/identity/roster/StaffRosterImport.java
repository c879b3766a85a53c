package ru.lenobl.assessment.identity.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;

import ru.lenobl.assessment.identity.ScopeDirectory;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.tabular.ImportError;

/**
 * The roster import: reads and checks the whole file ({@link RosterParser}), checks it against the schools the
 * region already knows (a school never moves to another municipality silently), then applies it in one transaction
 * ({@link StaffDirectory}). A file with any error changes nothing.
 */
public class StaffRosterImport {

  private final StaffDirectory staff;
  private final IdentityService identityService;
  private final SystemContext system;

  public StaffRosterImport(StaffDirectory staff, IdentityService identityService, SystemContext system) {
    this.staff = staff;
    this.identityService = identityService;
    this.system = system;
  }

  public StaffDirectory.Result importFile(byte[] content, String fileName) {
    Roster roster = RosterParser.parse(content, fileName);
    return system.call(() -> {
      refuseMovedSchools(roster);
      return staff.apply(roster.people());
    });
  }

  private void refuseMovedSchools(Roster roster) {
    Map<String, RosterRow> firstRowOfSchool = new LinkedHashMap<>();
    roster.rows().stream().filter(row -> row.schoolId() != null).forEach(row -> firstRowOfSchool.putIfAbsent(row.schoolId(), row));
    ScopeDirectory scopes = new ScopeDirectory(identityService);
    List<ImportError> errors = new ArrayList<>();
    firstRowOfSchool.values().forEach(row -> scopes.refusalToMove(row.schoolId(), row.municipality())
        .ifPresent(refusal -> errors.add(new ImportError(row.line(), RosterParser.MUNICIPALITY, refusal))));
    if (!errors.isEmpty()) {
      throw new RosterRejectedException(errors);
    }
  }
}
