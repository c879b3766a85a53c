package ru.lenobl.assessment.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** A test user in {@code camunda-admin}, so that tests of the REST API keep working when authorizations are on. */
public final class Administrator {

  public static final String ID = "it-admin";
  public static final String PASSWORD = "it-admin-secret";

  private Administrator() {
  }

  public static void ensureExists(IdentityService identityService) {
    if (identityService.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identityService.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("camunda BPM Administrators");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(ID).count() == 0) {
      User user = identityService.newUser(ID);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(ID).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(ID, Groups.CAMUNDA_ADMIN);
    }
  }
}
