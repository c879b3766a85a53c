package ru.lenobl.assessment.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricDetailQuery;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLogQuery;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.history.UserOperationLogQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.Scopes;
import ru.lenobl.assessment.identity.SystemContext;

/**
 * The audit trail from Camunda's history (history level full): every user task of the scope with its memo action,
 * who claimed it (the assignee entries of the task's identity-link history, which full history writes on every claim)
 * and who completed it (the operation log's «Complete» entry, which the engine writes with the authenticated user;
 * else the assignee), the dates, lateness, the submitted form values (the form-field history of the completion) and
 * the escalations raised in the same process while it was open. The caller's scope is checked first
 * ({@link AuditScope}); the history is then read for the system, within the tenants of that scope.
 */
public class AuditTrail {

  /** The filters of a request; each may be null. Dates: the task was created on or after {@code from}, on or before {@code to}. */
  public record Filter(String campaign, String municipality, String school, String work, String role, String user,
      LocalDate from, LocalDate to) {

    public static Filter none() {
      return new Filter(null, null, null, null, null, null, null, null);
    }
  }

  static final String ESCALATION_PREFIX = "Task_Escalate";

  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final SystemContext system;
  private final ZoneId zone;
  private final MemoActions memos;
  private final FormValuePolicy formValues;
  private final Map<String, Map<String, String>> memoItemsByDefinition = new ConcurrentHashMap<>();

  public AuditTrail(HistoryService history, RepositoryService repository, IdentityService identity, SystemContext system,
      ZoneId zone, MemoActions memos, FormValuePolicy formValues) {
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.system = system;
    this.zone = zone;
    this.memos = memos;
    this.formValues = formValues;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The rows of the scope that pass the filter, oldest first. {@link AuditScope.Forbidden} outside the scope. */
  public List<AuditRow> rows(AuditScope scope, Filter filter) {
    Set<String> tenants = scope.narrowTo(blankToNull(filter.school()), blankToNull(filter.municipality()),
        municipality -> AuditScope.tenantsOfMunicipality(identity, system, municipality));
    if (tenants != null && tenants.isEmpty()) {
      return List.of();
    }
    return system.call(() -> read(tenants, filter));
  }

  private List<AuditRow> read(Set<String> tenants, Filter filter) {
    String[] tenantIds = tenants == null ? null : tenants.toArray(String[]::new);

    HistoricProcessInstanceQuery instanceQuery = history.createHistoricProcessInstanceQuery();
    HistoricTaskInstanceQuery taskQuery = history.createHistoricTaskInstanceQuery();
    HistoricIdentityLinkLogQuery linkQuery = history.createHistoricIdentityLinkLogQuery();
    UserOperationLogQuery completions = history.createUserOperationLogQuery().entityType(EntityTypes.TASK)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE);
    HistoricDetailQuery fieldQuery = history.createHistoricDetailQuery().variableUpdates()
        .disableBinaryFetching().disableCustomObjectDeserialization();
    if (tenantIds != null) {
      instanceQuery.tenantIdIn(tenantIds);
      taskQuery.tenantIdIn(tenantIds);
      linkQuery.tenantIdIn(tenantIds);
      completions.tenantIdIn(tenantIds);
      fieldQuery.tenantIdIn(tenantIds);
    }
    Map<String, Place> places = new HashMap<>();
    for (HistoricProcessInstance instance : instanceQuery.list()) {
      places.put(instance.getId(), Place.of(instance.getBusinessKey()));
    }
    List<HistoricTaskInstance> tasks = new ArrayList<>();
    for (HistoricTaskInstance task : taskQuery.list()) {
      Place place = places.getOrDefault(task.getProcessInstanceId(), Place.NOWHERE);
      if (matches(filter.campaign(), place.campaignId()) && matches(filter.work(), place.workId())
          && createdWithin(task, filter)) {
        tasks.add(task);
      }
    }
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, String> candidateGroups = new HashMap<>();
    Map<String, HistoricIdentityLinkLog> claims = new HashMap<>();
    for (HistoricIdentityLinkLog link : linkQuery.list()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        candidateGroups.merge(link.getTaskId(), link.getGroupId(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      } else if (IdentityLinkType.ASSIGNEE.equals(link.getType()) && "add".equals(link.getOperationType())) {
        claims.merge(link.getTaskId(), link, (a, b) -> a.getTime().after(b.getTime()) ? a : b); // the last claim
      }
    }
    Map<String, String> completers = new HashMap<>();
    for (UserOperationLogEntry entry : completions.list()) {
      if (entry.getTaskId() != null && entry.getUserId() != null) {
        completers.putIfAbsent(entry.getTaskId(), entry.getUserId());
      }
    }
    // The values submitted with a task: the variable updates made in the task's activity instance (the form's
    // variables go to the process, not the task, so the update carries the activity instance, not the task id; the
    // form-field history keeps only String values). Only fields of a form are shown, free text masked.
    Map<String, String> taskOfActivityInstance = new HashMap<>();
    tasks.forEach(task -> taskOfActivityInstance.put(task.getActivityInstanceId(), task.getId()));
    Map<String, Map<String, String>> fields = new HashMap<>();
    List<HistoricDetail> updates = new ArrayList<>(fieldQuery.list());
    updates.sort(Comparator.comparing(HistoricDetail::getTime));
    for (HistoricDetail detail : updates) {
      String taskId = detail.getActivityInstanceId() == null ? null : taskOfActivityInstance.get(detail.getActivityInstanceId());
      if (taskId != null && detail instanceof HistoricVariableUpdate update) {
        formValues.shown(update.getVariableName(), update.getValue()).ifPresent(shown ->
            fields.computeIfAbsent(taskId, id -> new LinkedHashMap<>()).put(shown.getKey(), shown.getValue()));
      }
    }
    Map<String, String> tenantNames = tenantNames(tasks);
    Map<String, List<HistoricTaskInstance>> escalationsByInstance = tasks.stream().filter(AuditTrail::isEscalation)
        .collect(Collectors.groupingBy(HistoricTaskInstance::getProcessInstanceId));

    Date now = ClockUtil.getCurrentTime();
    List<AuditRow> rows = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      Place place = places.getOrDefault(task.getProcessInstanceId(), Place.NOWHERE);
      String role = candidateGroups.get(task.getId());
      HistoricIdentityLinkLog claim = claims.get(task.getId());
      String claimedBy = claim == null ? null : claim.getUserId();
      String completedBy = completers.get(task.getId());
      AuditRow.Status status = task.getEndTime() == null ? AuditRow.Status.OPEN
          : "completed".equals(task.getDeleteReason()) ? AuditRow.Status.COMPLETED : AuditRow.Status.CANCELLED;
      if (status == AuditRow.Status.COMPLETED && completedBy == null) {
        completedBy = task.getAssignee();
      }
      if (!matches(filter.role(), role) || !(blankToNull(filter.user()) == null
          || filter.user().equals(claimedBy) || filter.user().equals(completedBy)
          || filter.user().equals(task.getAssignee()))) {
        continue;
      }
      Date due = task.getDueDate();
      boolean late = due != null && switch (status) {
        case COMPLETED -> task.getEndTime().after(due);
        case OPEN -> now.after(due);
        case CANCELLED -> false;
      };
      String schoolId = place.schoolId() != null ? place.schoolId()
          : task.getTenantId() != null && task.getTenantId().startsWith(Scopes.SCHOOL_PREFIX)
          ? task.getTenantId().substring(Scopes.SCHOOL_PREFIX.length()) : null;
      String municipalityId = place.municipalityId() != null ? place.municipalityId()
          : task.getTenantId() != null && task.getTenantId().startsWith(Scopes.MUNICIPALITY_PREFIX)
          ? task.getTenantId().substring(Scopes.MUNICIPALITY_PREFIX.length()) : null;
      String memoId = memoItem(task);
      rows.add(new AuditRow(task.getId(), place.campaignId(), municipalityId,
          municipalityId == null ? null : Municipality.find(municipalityId).map(Municipality::russianName).orElse(municipalityId),
          schoolId, schoolId == null ? null : tenantNames.getOrDefault(Scopes.school(schoolId), schoolId),
          place.workId(), place.classroom(), role,
          role == null ? null : RoleGroup.find(role).map(RoleGroup::russianName).orElse(role),
          memoId, memos.find(memoId).map(MemoActions.Action::text).orElse(null), task.getName(), isEscalation(task),
          claimedBy, claim == null ? null : at(claim.getTime()), completedBy, at(task.getStartTime()), at(due),
          status == AuditRow.Status.OPEN ? null : at(task.getEndTime()), status, late,
          fields.getOrDefault(task.getId(), Map.of()),
          isEscalation(task) ? List.of() : escalationsWhileOpen(task, escalationsByInstance)));
    }
    rows.sort(Comparator.comparing(AuditRow::created).thenComparing(AuditRow::taskId));
    return rows;
  }

  private static List<String> escalationsWhileOpen(HistoricTaskInstance task,
      Map<String, List<HistoricTaskInstance>> escalationsByInstance) {
    return escalationsByInstance.getOrDefault(task.getProcessInstanceId(), List.of()).stream()
        .filter(escalation -> !escalation.getStartTime().before(task.getStartTime())
            && (task.getEndTime() == null || !escalation.getStartTime().after(task.getEndTime())))
        .map(HistoricTaskInstance::getName).toList();
  }

  static boolean isEscalation(HistoricTaskInstance task) {
    return task.getTaskDefinitionKey() != null && task.getTaskDefinitionKey().startsWith(ESCALATION_PREFIX);
  }

  private Map<String, String> tenantNames(List<HistoricTaskInstance> tasks) {
    String[] ids = tasks.stream().map(HistoricTaskInstance::getTenantId).filter(id -> id != null).distinct()
        .toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length > 0) {
      for (Tenant tenant : identity.createTenantQuery().tenantIdIn(ids).list()) {
        names.put(tenant.getId(), tenant.getName());
      }
    }
    return names;
  }

  /** The task's {@code memoItem} extension property in its deployed model (cached per process definition). */
  private String memoItem(HistoricTaskInstance task) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    return memoItemsByDefinition.computeIfAbsent(task.getProcessDefinitionId(), id -> {
      Map<String, String> items = new HashMap<>();
      for (UserTask userTask : repository.getBpmnModelInstance(id).getModelElementsByType(UserTask.class)) {
        if (userTask.getExtensionElements() == null) {
          continue;
        }
        userTask.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
            .flatMap(properties -> properties.getCamundaProperties().stream())
            .filter(property -> "memoItem".equals(property.getCamundaName()))
            .map(CamundaProperty::getCamundaValue).findFirst()
            .ifPresent(value -> items.put(userTask.getId(), value));
      }
      return items;
    }).get(task.getTaskDefinitionKey());
  }

  private boolean createdWithin(HistoricTaskInstance task, Filter filter) {
    LocalDate created = task.getStartTime().toInstant().atZone(zone).toLocalDate();
    return (filter.from() == null || !created.isBefore(filter.from()))
        && (filter.to() == null || !created.isAfter(filter.to()));
  }

  private OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }

  private static boolean matches(String wanted, String actual) {
    return blankToNull(wanted) == null || wanted.equals(actual);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
