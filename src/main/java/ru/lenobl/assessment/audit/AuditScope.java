package ru.lenobl.assessment.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;

import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.Scopes;
import ru.lenobl.assessment.identity.SystemContext;

/**
 * Whose history a caller of {@code /api/audit} and {@code /api/monitoring} may read: the auditor and administrators
 * everything; coordinators the tenants of their scope (see {@link Scopes}: a municipal coordinator's group is a member
 * of the municipality's and its schools' tenants); everyone else nothing ({@link Forbidden}). A request for a school
 * or municipality outside the scope is refused, not narrowed.
 *
 * @param tenants the tenants the caller reads, or {@code null} for every tenant
 */
public record AuditScope(String userId, Set<String> tenants) {

  /** Who reads the audit trail: everything, or their scope. */
  static final List<String> EVERYTHING = List.of(RoleGroup.AUDITOR.id(), Groups.CAMUNDA_ADMIN);
  static final List<String> AUDIT_COORDINATORS = List.of(RoleGroup.VPR_REGIONAL_COORDINATOR.id(),
      RoleGroup.VPR_MUNICIPAL_COORDINATOR.id(), RoleGroup.VPR_SCHOOL_COORDINATOR.id(), RoleGroup.VPR_SCHOOL_HEAD.id(),
      RoleGroup.NIKO_RESPONSIBLE_ORGANIZER.id());
  /** Who reads the monitoring page: the regional and municipal coordinators (and everyone who reads everything). */
  static final List<String> MONITORING_COORDINATORS = List.of(RoleGroup.VPR_REGIONAL_COORDINATOR.id(),
      RoleGroup.VPR_MUNICIPAL_COORDINATOR.id());

  /** The audit trail's scope of the authenticated caller; {@link Forbidden} when they read none. */
  public static AuditScope forAudit(IdentityService identityService) {
    return of(identityService, AUDIT_COORDINATORS, "Журнал действий доступен аудитору, администратору и координаторам");
  }

  /** The monitoring page's scope of the authenticated caller; {@link Forbidden} when they read none. */
  public static AuditScope forMonitoring(IdentityService identityService) {
    return of(identityService, MONITORING_COORDINATORS,
        "Мониторинг доступен региональному и муниципальным координаторам, аудитору и администратору");
  }

  private static AuditScope of(IdentityService identityService, List<String> coordinators, String refusal) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null) {
      throw new Forbidden(refusal);
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (EVERYTHING.stream().anyMatch(groups::contains)) {
      return new AuditScope(user.getUserId(), null);
    }
    if (coordinators.stream().noneMatch(groups::contains)) {
      throw new Forbidden(refusal);
    }
    Set<String> tenants = new LinkedHashSet<>(user.getTenantIds() == null ? List.of() : user.getTenantIds());
    return new AuditScope(user.getUserId(), Set.copyOf(tenants));
  }

  public boolean everything() {
    return tenants == null;
  }

  /**
   * The tenants to read for the filters (a school code, a municipality id, either may be null), within this scope:
   * {@code null} for every tenant. {@link Forbidden} for a school or municipality outside the scope.
   * {@code tenantsOfMunicipality} lists the tenants a municipality's group is a member of (its schools'), read for the
   * system: callers need not have READ on tenants.
   */
  public Set<String> narrowTo(String school, String municipality, Function<String, List<String>> tenantsOfMunicipality) {
    if (school != null) {
      String tenant = Scopes.school(school);
      if (!everything() && !tenants.contains(tenant)) {
        throw new Forbidden("ОО " + school + " вне вашей зоны ответственности");
      }
      return Set.of(tenant);
    }
    if (municipality != null) {
      String tenant = Scopes.municipality(municipality);
      if (!everything() && !tenants.contains(tenant)) {
        throw new Forbidden("Муниципалитет " + municipality + " вне вашей зоны ответственности");
      }
      Set<String> ofMunicipality = new LinkedHashSet<>();
      ofMunicipality.addAll(tenantsOfMunicipality.apply(tenant));
      ofMunicipality.add(tenant);
      if (!everything()) {
        ofMunicipality.retainAll(tenants);
      }
      return ofMunicipality;
    }
    return tenants;
  }

  /** The tenants the scope group {@code municipalityTenant} is a member of: the municipality's and its schools'. */
  public static List<String> tenantsOfMunicipality(IdentityService identityService, SystemContext system,
      String municipalityTenant) {
    return system.call(() -> identityService.createTenantQuery().groupMember(municipalityTenant).list().stream()
        .map(Tenant::getId).toList());
  }

  /** 403: the caller may not read this. */
  public static class Forbidden extends RuntimeException {
    public Forbidden(String message) {
      super(message);
    }
  }
}

