package ru.lenobl.assessment.testsupport;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.identity.roster.Roster;

/** Staff for integration tests, placed in their role and scope the way the roster import does, with a known password. */
public final class TestStaff {

  public static final String PASSWORD = "it-secret";

  private final StaffDirectory staff;
  private final IdentityService identityService;
  private final SystemContext system;

  public TestStaff(StaffDirectory staff, IdentityService identityService, SystemContext system) {
    this.staff = staff;
    this.identityService = identityService;
    this.system = system;
  }

  public void school(String login, RoleGroup role, Municipality municipality, String schoolId) {
    add(new Roster.Person(login, "Тестов Тест", null, List.of(role), municipality, schoolId));
  }

  public void municipal(String login, RoleGroup role, Municipality municipality) {
    add(new Roster.Person(login, "Тестов Тест", null, List.of(role), municipality, null));
  }

  public void regional(String login, RoleGroup role) {
    add(new Roster.Person(login, "Тестов Тест", null, List.of(role), null, null));
  }

  private void add(Roster.Person member) {
    system.run(() -> staff.apply(List.of(member)));
    User user = identityService.createUserQuery().userId(member.login()).singleResult();
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
  }
}
