package ru.lenobl.assessment.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who calls our own API ({@code /api/*}): the user the authentication filter set on the identity service. */
public final class CurrentUser {

  private CurrentUser() {
  }

  /** Whether the authenticated caller is a member of at least one of the groups. */
  public static boolean isInAnyOf(IdentityService identityService, String... groupIds) {
    Authentication user = identityService.getCurrentAuthentication();
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return List.of(groupIds).stream().anyMatch(groups::contains);
  }
}
