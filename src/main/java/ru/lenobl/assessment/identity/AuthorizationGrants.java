package ru.lenobl.assessment.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The authorizations of the role groups, granted at every start-up, idempotently (an existing grant is completed,
 * never duplicated). The tenant check narrows every read grant to the user's scope ({@link ScopeDirectory}).
 * <ul>
 *   <li><b>Staff</b> (every role group but the auditor): Tasklist; the filters; read the instances, variables and
 *       history of their scope. The engine itself gives a task's candidate group READ and TASK_WORK on it (claim,
 *       complete, submit its form), so each person works on their own role's tasks of their scope.</li>
 *   <li><b>Coordinators</b> (regional, municipal and school coordinator, school head, NIKO responsible organizer):
 *       additionally read every task of their scope.</li>
 *   <li><b>auditor</b>: Cockpit and read-only on everything, history included; no claim, complete, variable change,
 *       deployment or user change.</li>
 *   <li><b>camunda-admin</b>: everything (administrators also pass every tenant check). Only they deploy, start
 *       processes by hand, create tasks, and manage users, groups, tenants and authorizations.</li>
 * </ul>
 */
public class AuthorizationGrants {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationGrants.class);

  static final Set<RoleGroup> COORDINATORS = EnumSet.of(RoleGroup.VPR_REGIONAL_COORDINATOR,
      RoleGroup.VPR_MUNICIPAL_COORDINATOR, RoleGroup.VPR_SCHOOL_COORDINATOR, RoleGroup.VPR_SCHOOL_HEAD,
      RoleGroup.NIKO_RESPONSIBLE_ORGANIZER);

  /** One grant: a group's permissions on a resource ({@code *} for all of its kind). */
  record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
  }

  private final AuthorizationService authorizationService;

  public AuthorizationGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  public static List<Grant> all() {
    List<Grant> grants = new ArrayList<>();
    for (RoleGroup role : RoleGroup.values()) {
      String group = role.id();
      if (role == RoleGroup.AUDITOR) {
        grants.addAll(auditor(group));
        continue;
      }
      grants.add(new Grant(group, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS)));
      grants.add(new Grant(group, Resources.FILTER, Authorization.ANY, List.of(Permissions.READ)));
      List<Permission> definitions = new ArrayList<>(List.of(ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY));
      if (COORDINATORS.contains(role)) {
        definitions.add(ProcessDefinitionPermissions.READ_TASK);
        grants.add(new Grant(group, Resources.TASK, Authorization.ANY, List.of(TaskPermissions.READ)));
        grants.add(new Grant(group, Resources.HISTORIC_TASK, Authorization.ANY, List.of(HistoricTaskPermissions.READ)));
      }
      grants.add(new Grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, definitions));
      grants.add(new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY,
          List.of(HistoricProcessInstancePermissions.READ)));
    }
    for (Resources resource : Resources.values()) {
      grants.add(new Grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, List.of(Permissions.ALL)));
    }
    return grants;
  }

  private static List<Grant> auditor(String group) {
    return List.of(
        new Grant(group, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)),
        new Grant(group, Resources.FILTER, Authorization.ANY, List.of(Permissions.READ)),
        new Grant(group, Resources.PROCESS_DEFINITION, Authorization.ANY, List.of(ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
            ProcessDefinitionPermissions.READ_TASK)),
        new Grant(group, Resources.PROCESS_INSTANCE, Authorization.ANY, List.of(ProcessInstancePermissions.READ)),
        new Grant(group, Resources.TASK, Authorization.ANY, List.of(TaskPermissions.READ)),
        new Grant(group, Resources.HISTORIC_TASK, Authorization.ANY, List.of(HistoricTaskPermissions.READ)),
        new Grant(group, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY,
            List.of(HistoricProcessInstancePermissions.READ)),
        new Grant(group, Resources.DEPLOYMENT, Authorization.ANY, List.of(Permissions.READ)),
        new Grant(group, Resources.DECISION_DEFINITION, Authorization.ANY, List.of(Permissions.READ, Permissions.READ_HISTORY)),
        new Grant(group, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, List.of(Permissions.READ)),
        new Grant(group, Resources.BATCH, Authorization.ANY, List.of(BatchPermissions.READ, BatchPermissions.READ_HISTORY)),
        new Grant(group, Resources.OPERATION_LOG_CATEGORY, Authorization.ANY, List.of(UserOperationLogCategoryPermissions.READ)),
        new Grant(group, Resources.TENANT, Authorization.ANY, List.of(Permissions.READ)));
  }

  /** Creates the missing grants and completes the incomplete ones; answers how many it changed. */
  public int grantAll() {
    int changed = 0;
    for (Grant grant : all()) {
      if (ensure(grant)) {
        changed++;
      }
    }
    LOG.info("Authorizations: {} grants checked, {} created or completed", all().size(), changed);
    return changed;
  }

  private boolean ensure(Grant grant) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .groupIdIn(grant.groupId())
        .resourceType(grant.resource())
        .resourceId(grant.resourceId())
        .list().stream()
        .filter(authorization -> authorization.getAuthorizationType() == AUTH_TYPE_GRANT)
        .findFirst().orElse(null);
    if (existing == null) {
      Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(grant.groupId());
      authorization.setResource(grant.resource());
      authorization.setResourceId(grant.resourceId());
      grant.permissions().forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
      return true;
    }
    List<Permission> missing = grant.permissions().stream()
        .filter(permission -> !existing.isPermissionGranted(permission)).toList();
    if (missing.isEmpty()) {
      return false;
    }
    missing.forEach(existing::addPermission);
    authorizationService.saveAuthorization(existing);
    return true;
  }
}
