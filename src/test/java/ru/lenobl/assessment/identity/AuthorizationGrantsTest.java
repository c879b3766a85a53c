package ru.lenobl.assessment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The grants of the role groups read as the issue asks: staff and the auditor read, only administrators change. */
class AuthorizationGrantsTest {

  @Test
  void theAuditorAndTheStaffAreGrantedNothingButReadingAndTheirApplication() {
    List<AuthorizationGrants.Grant> grants = AuthorizationGrants.all().stream()
        .filter(grant -> !grant.groupId().equals(Groups.CAMUNDA_ADMIN)).toList();

    assertThat(grants).isNotEmpty().allSatisfy(grant -> assertThat(grant.permissions())
        .as("%s on %s", grant.groupId(), grant.resource().resourceName())
        .allSatisfy(permission -> assertThat(permission.getName()).matches("READ.*|ACCESS")));
  }

  @Test
  void noRoleGroupIsGrantedDeploymentsUsersGroupsAuthorizationsOrProcessStarts() {
    assertThat(AuthorizationGrants.all())
        .filteredOn(grant -> !grant.groupId().equals(Groups.CAMUNDA_ADMIN))
        .noneSatisfy(grant -> assertThat(grant.resource()).isIn(Resources.USER, Resources.GROUP,
            Resources.GROUP_MEMBERSHIP, Resources.AUTHORIZATION, Resources.TENANT_MEMBERSHIP, Resources.SYSTEM));
  }

  @Test
  void theAuditorReachesCockpitAndStaffReachTasklist() {
    assertThat(AuthorizationGrants.all()).anySatisfy(grant -> {
      assertThat(grant.groupId()).isEqualTo(RoleGroup.AUDITOR.id());
      assertThat(grant.resourceId()).isEqualTo("cockpit");
    });
    for (RoleGroup role : RoleGroup.values()) {
      if (role != RoleGroup.AUDITOR) {
        assertThat(AuthorizationGrants.all()).as(role.id()).anySatisfy(grant -> {
          assertThat(grant.groupId()).isEqualTo(role.id());
          assertThat(grant.resourceId()).isEqualTo("tasklist");
        });
      }
    }
  }

  @Test
  void everyProcessGetsTheTenantOfItsLevel() {
    assertThat(CampaignTenantIdProvider.levelOf("vpr-campaign")).isEqualTo(CampaignTenantIdProvider.Level.REGION);
    assertThat(CampaignTenantIdProvider.levelOf("niko-campaign")).isEqualTo(CampaignTenantIdProvider.Level.REGION);
    assertThat(CampaignTenantIdProvider.levelOf("vpr-regional-coordinator-completion")).isEqualTo(CampaignTenantIdProvider.Level.REGION);
    assertThat(CampaignTenantIdProvider.levelOf("vpr-municipality")).isEqualTo(CampaignTenantIdProvider.Level.MUNICIPALITY);
    assertThat(CampaignTenantIdProvider.levelOf("vpr-municipal-coordinator-conduct")).isEqualTo(CampaignTenantIdProvider.Level.MUNICIPALITY);
    for (String school : List.of("vpr-school", "vpr-work", "vpr-classroom", "vpr-school-coordinator-preparation",
        "vpr-school-head-completion", "niko-school", "niko-classroom", "niko-responsible-organizer-conduct")) {
      assertThat(CampaignTenantIdProvider.levelOf(school)).as(school).isEqualTo(CampaignTenantIdProvider.Level.SCHOOL);
    }
  }
}
