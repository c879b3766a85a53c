package ru.lenobl.assessment.identity.roster;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.ScopeDirectory;
import ru.lenobl.assessment.identity.Scopes;

/**
 * Applies a checked roster to Camunda's identity service: creates the users it lacks, with a one-time password each,
 * and makes every listed user's role groups and scope group exactly what the file says. Groups that are neither role
 * nor scope groups (such as {@code camunda-admin}) are never touched; users the file does not list are left as they
 * are; existing users keep their passwords. Applying the same roster twice changes nothing. Passwords are returned
 * once to the caller and never logged.
 */
public class StaffDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(StaffDirectory.class);

  /** What the import answers with 201. */
  public record Result(int created, int updated, List<NewUser> users) {
  }

  /** A created user and their one-time password. */
  public record NewUser(String login, String password) {
  }

  private final IdentityService identityService;
  private final OneTimePasswords passwords = new OneTimePasswords();

  public StaffDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Runs inside one transaction as the system (see the import controller); the roster is already checked. */
  public Result apply(List<Roster.Person> staff) {
    int created = 0;
    int updated = 0;
    List<NewUser> newUsers = new ArrayList<>();
    ScopeDirectory scopes = new ScopeDirectory(identityService);
    for (Roster.Person member : staff) {
      if (member.schoolId() != null) {
        scopes.ensureSchool(member.municipality(), member.schoolId(), null);
      }
      User user = identityService.createUserQuery().userId(member.login()).singleResult();
      boolean changed = false;
      if (user == null) {
        user = identityService.newUser(member.login());
        String password = passwords.next();
        user.setPassword(password);
        describe(user, member);
        identityService.saveUser(user);
        newUsers.add(new NewUser(member.login(), password));
        created++;
      } else if (describe(user, member)) {
        identityService.saveUser(user);
        changed = true;
      }
      changed |= alignGroups(member);
      if (changed && newUsers.stream().noneMatch(newUser -> newUser.login().equals(member.login()))) {
        updated++;
      }
    }
    LOG.info("Staff roster applied: {} people listed, {} created, {} updated", staff.size(), created, updated);
    return new Result(created, updated, newUsers);
  }

  /** Sets the name and e-mail from the roster; answers whether anything changed. */
  private static boolean describe(User user, Roster.Person member) {
    boolean changed = !Objects.equals(user.getFirstName(), member.firstName())
        || !Objects.equals(user.getLastName(), member.lastName())
        || !Objects.equals(emptyToNull(user.getEmail()), emptyToNull(member.email()));
    user.setFirstName(member.firstName());
    user.setLastName(member.lastName());
    user.setEmail(emptyToNull(member.email()));
    return changed;
  }

  private boolean alignGroups(Roster.Person member) {
    Set<String> wanted = new LinkedHashSet<>();
    member.roles().forEach(role -> wanted.add(role.id()));
    wanted.add(member.scope());
    Set<String> managedNow = new HashSet<>();
    for (Group group : identityService.createGroupQuery().groupMember(member.login()).list()) {
      if (isRoleGroup(group.getId()) || Scopes.isScope(group.getId())) {
        managedNow.add(group.getId());
      }
    }
    boolean changed = false;
    for (String group : managedNow) {
      if (!wanted.contains(group)) {
        identityService.deleteMembership(member.login(), group);
        changed = true;
      }
    }
    for (String group : wanted) {
      if (!managedNow.contains(group)) {
        identityService.createMembership(member.login(), group);
        changed = true;
      }
    }
    return changed;
  }

  private static boolean isRoleGroup(String groupId) {
    for (RoleGroup role : RoleGroup.values()) {
      if (role.id().equals(groupId)) {
        return true;
      }
    }
    return false;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
