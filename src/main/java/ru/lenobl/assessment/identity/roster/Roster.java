package ru.lenobl.assessment.identity.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.Scopes;

/**
 * A checked staff roster: one row per login and role, in file order. Every login has one full name, one email and
 * one scope in all its rows (the parser guarantees it), so {@link #people()} is one entry per person.
 */
public record Roster(List<RosterRow> rows) {

  public Roster {
    rows = List.copyOf(rows);
  }

  /** The rows of each login, logins in the order of their first row. */
  public Map<String, List<RosterRow>> byLogin() {
    Map<String, List<RosterRow>> byLogin = new LinkedHashMap<>();
    rows.forEach(row -> byLogin.computeIfAbsent(row.login(), login -> new ArrayList<>()).add(row));
    byLogin.replaceAll((login, list) -> List.copyOf(list));
    return byLogin;
  }

  /** One entry per login, in the order of their first row, with all the login's roles. */
  public List<Person> people() {
    return byLogin().values().stream().map(Person::of).toList();
  }

  /**
   * A person of the roster: their roles in file order and their one scope.
   *
   * @param email {@code null} when not given
   * @param municipality {@code null} for a regional or auditor scope
   * @param schoolId {@code null} unless the roles are school roles
   */
  public record Person(String login, String fullName, String email, List<RoleGroup> roles, Municipality municipality,
      String schoolId) {

    /** The scope group (and tenant) of the person: their school, their municipality, or the whole region. */
    public String scope() {
      if (schoolId != null) {
        return Scopes.school(schoolId);
      }
      return municipality != null ? Scopes.municipality(municipality.id()) : Scopes.REGION;
    }

    /** «Иванова Анна Петровна»: Camunda's last name is the first word, its first name the rest. */
    public String lastName() {
      return fullName.trim().split("\\s+", 2)[0];
    }

    public String firstName() {
      String[] words = fullName.trim().split("\\s+", 2);
      return words.length > 1 ? words[1] : "";
    }

    static Person of(List<RosterRow> rows) {
      RosterRow first = rows.get(0);
      return new Person(first.login(), first.fullName(), first.email(), rows.stream().map(RosterRow::role).toList(),
          first.municipality(), first.schoolId());
    }
  }
}
