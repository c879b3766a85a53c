package ru.lenobl.assessment.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Creates the role groups of {@link RoleGroup} that are missing. */
public class RoleGroups {

  private final IdentityService identityService;

  public RoleGroups(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void ensureAll() {
    for (RoleGroup role : RoleGroup.values()) {
      if (identityService.createGroupQuery().groupId(role.id()).count() == 0) {
        Group group = identityService.newGroup(role.id());
        group.setName(role.title());
        group.setType(RoleGroup.TYPE);
        identityService.saveGroup(group);
      }
    }
  }
}
