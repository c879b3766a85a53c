package ru.lenobl.assessment.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

import ru.lenobl.assessment.campaign.Municipality;

/**
 * Keeps the tenants and scope groups of the region (see {@link Scopes}) in Camunda's identity service. Memberships
 * are given to groups, never to users, so a municipal coordinator reaches a school that a plan adds later, and the
 * regional roles and the auditor reach every tenant:
 * <pre>
 *   tenant region          ← groups region, auditor
 *   tenant mun-tosno       ← groups mun-tosno, region, auditor
 *   tenant school-0412     ← groups school-0412, mun-tosno, region, auditor
 * </pre>
 * Every method is idempotent. Callers run it as the system ({@link SystemContext}), with one instance per
 * transaction: the engine flushes its inserts at the end of the transaction, so its queries do not see the groups,
 * tenants and memberships created before in the same transaction, and this instance remembers them.
 */
public class ScopeDirectory {

  static final String REGION_NAME = "Ленинградская область (весь регион)";

  private final IdentityService identityService;
  private final Set<String> groups = new HashSet<>();
  private final Set<String> tenants = new HashSet<>();
  private final Set<String> memberships = new HashSet<>();

  public ScopeDirectory(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The region and its 18 municipalities: created at start-up. */
  public void ensureRegionAndMunicipalities() {
    ensureGroup(Scopes.REGION, REGION_NAME);
    ensureTenant(Scopes.REGION, REGION_NAME, List.of(Scopes.REGION));
    for (Municipality municipality : Municipality.values()) {
      String id = Scopes.municipality(municipality.id());
      ensureGroup(id, municipality.russianName());
      ensureTenant(id, municipality.russianName(), List.of(id, Scopes.REGION));
    }
  }

  /**
   * A school's tenant and group, reachable by its municipality, the region and the auditor. {@code name} renames the
   * tenant when given (the plan names schools; the roster knows only their codes).
   */
  public String ensureSchool(Municipality municipality, String code, String name) {
    String id = Scopes.school(code);
    refusalToMove(code, municipality).ifPresent(refusal -> {
      throw new IllegalArgumentException(refusal);
    });
    String title = name == null || name.isBlank() ? "ОО " + code + " (" + municipality.russianName() + ")" : name;
    ensureGroup(id, title);
    ensureTenant(id, title, List.of(id, Scopes.municipality(municipality.id()), Scopes.REGION));
    if (name != null && !name.isBlank()) {
      rename(id, name);
    }
    return id;
  }

  /**
   * The municipality a known school belongs to (the municipal group that is a member of its tenant), if the school
   * is known. A school never moves silently: importers refuse a file that puts it elsewhere.
   */
  public Optional<Municipality> municipalityOf(String code) {
    return identityService.createGroupQuery().memberOfTenant(Scopes.school(code)).list().stream()
        .map(Group::getId)
        .filter(id -> id.startsWith(Scopes.MUNICIPALITY_PREFIX))
        .map(id -> Municipality.find(id.substring(Scopes.MUNICIPALITY_PREFIX.length())).orElse(null))
        .filter(Objects::nonNull)
        .findFirst();
  }

  /**
   * Why a file may not place a known school in {@code municipality} (in Russian), or empty when it may: the school is
   * new, or already belongs there.
   */
  public Optional<String> refusalToMove(String code, Municipality municipality) {
    return municipalityOf(code).filter(known -> known != municipality).map(known -> "ОО " + code
        + " уже относится к муниципалитету «" + known.russianName() + "» (по списку сотрудников или прежнему "
        + "плану-графику), а в файле указан «" + municipality.russianName() + "»");
  }

  private void ensureGroup(String id, String name) {
    if (groups.add(id) && identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Scopes.GROUP_TYPE);
      identityService.saveGroup(group);
    }
  }

  private void ensureTenant(String id, String name, List<String> scopeGroups) {
    if (tenants.add(id) && identityService.createTenantQuery().tenantId(id).count() == 0) {
      Tenant tenant = identityService.newTenant(id);
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
    for (String group : scopeGroups) {
      ensureMembership(id, group);
    }
    ensureMembership(id, RoleGroup.AUDITOR.id());
  }

  private void ensureMembership(String tenantId, String groupId) {
    if (!groups.contains(groupId) && identityService.createGroupQuery().groupId(groupId).count() == 0) {
      return; // role groups are created at start-up, before any tenant
    }
    groups.add(groupId);
    if (memberships.add(tenantId + "|" + groupId)
        && identityService.createTenantQuery().tenantId(tenantId).groupMember(groupId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }

  private void rename(String id, String name) {
    Group group = identityService.createGroupQuery().groupId(id).singleResult();
    if (group != null && !name.equals(group.getName())) { // null: created just now, with this name
      group.setName(name);
      identityService.saveGroup(group);
    }
    Tenant tenant = identityService.createTenantQuery().tenantId(id).singleResult();
    if (tenant != null && !name.equals(tenant.getName())) {
      tenant.setName(name);
      identityService.saveTenant(tenant);
    }
  }
}
