package ru.lenobl.assessment.identity.roster;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;

/**
 * One checked row of the staff roster: a person in one role and its scope.
 *
 * @param line the row's line in the file (1 is the header)
 * @param email {@code null} when not given
 * @param municipality the scope's municipality for municipal and school roles; {@code null} for regional and auditor
 *     roles (a value in the file is ignored for them)
 * @param schoolId the school code for school roles (the tenant is {@code school-<code>}); {@code null} otherwise
 */
public record RosterRow(int line, String login, String fullName, String email, RoleGroup role,
    Municipality municipality, String schoolId) {

  public RoleGroup.Level level() {
    return role.level();
  }
}
