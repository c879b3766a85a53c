package ru.lenobl.assessment.identity.roster;

import java.util.Set;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.Scopes;

/**
 * One person of the roster: all their rows together. The roster's rules guarantee one scope per person: a school
 * ({@code schoolId} and its municipality), a municipality, or the whole region (regional roles and the auditor).
 */
public record StaffMember(String login, String fullName, String email, Set<RoleGroup> roles, Municipality municipality,
                          String schoolId) {

  /** The scope group (and tenant) the person belongs to. */
  public String scope() {
    if (schoolId != null) {
      return Scopes.school(schoolId);
    }
    if (municipality != null) {
      return Scopes.municipality(municipality.id());
    }
    return Scopes.REGION;
  }

  /** «Иванова Анна Петровна»: Camunda's last name is the first word, its first name the rest. */
  public String lastName() {
    String[] words = fullName.trim().split("\\s+", 2);
    return words[0];
  }

  public String firstName() {
    String[] words = fullName.trim().split("\\s+", 2);
    return words.length > 1 ? words[1] : "";
  }
}
