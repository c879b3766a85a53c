package ru.lenobl.assessment.monitoring;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstanceQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import ru.lenobl.assessment.audit.AuditScope;
import ru.lenobl.assessment.audit.Place;
import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.identity.Scopes;
import ru.lenobl.assessment.identity.SystemContext;

/**
 * Where each school's works stand, per municipality, for the regional and municipal coordinators: each work's phase
 * (from the role processes of the work that are running: a completion process means «Завершение», else a conduct
 * process «Проведение», else a preparation «Подготовка»; the work's process ended: «Завершена»), whether its results
 * are uploaded and when (the {@code workResultsUploaded} mark that the results-uploaded hand-off leaves on the work's
 * processes, see {@code HandOffSender}), its open tasks past their due date and its escalations.
 */
public class Monitoring {

  static final Set<String> WORK_PROCESSES = Set.of("vpr-work", "niko-study");
  static final String UPLOADED_MARK = "workResultsUploaded";

  public record Task(String name, OffsetDateTime due, boolean open) {
  }

  public record Work(String campaignId, String workId, String subject, String grade, String phase, boolean resultsUploaded,
      OffsetDateTime uploadedAt, List<Task> overdue, List<Task> escalations) {
  }

  public record School(String schoolId, String schoolName, List<Work> works, List<Task> overdue, List<Task> escalations) {
  }

  public record MunicipalityView(String municipalityId, String municipalityName, List<School> schools) {
  }

  public record View(OffsetDateTime generatedAt, List<String> campaigns, List<MunicipalityView> municipalities) {
  }

  private final HistoryService history;
  private final IdentityService identity;
  private final SystemContext system;
  private final ZoneId zone;

  public Monitoring(HistoryService history, IdentityService identity, SystemContext system, ZoneId zone) {
    this.history = history;
    this.identity = identity;
    this.system = system;
    this.zone = zone;
  }

  /** The view of {@code scope}, narrowed to a municipality and a campaign when given. */
  public View view(AuditScope scope, String municipality, String campaign) {
    Set<String> tenants = scope.narrowTo(null, blank(municipality) ? null : municipality.trim(),
        m -> AuditScope.tenantsOfMunicipality(identity, system, m));
    return system.call(() -> read(tenants, blank(campaign) ? null : campaign.trim()));
  }

  private View read(Set<String> tenants, String campaign) {
    String[] tenantIds = tenants == null ? null : tenants.stream().filter(t -> t.startsWith(Scopes.SCHOOL_PREFIX))
        .toArray(String[]::new);
    Date now = ClockUtil.getCurrentTime();
    if (tenantIds != null && tenantIds.length == 0) {
      return new View(at(now), List.of(), List.of());
    }
    HistoricProcessInstanceQuery instances = history.createHistoricProcessInstanceQuery();
    HistoricTaskInstanceQuery tasks = history.createHistoricTaskInstanceQuery();
    HistoricVariableInstanceQuery variables = history.createHistoricVariableInstanceQuery()
        .variableNameIn(UPLOADED_MARK, "subject", "grade");
    if (tenantIds != null) {
      instances.tenantIdIn(tenantIds);
      tasks.tenantIdIn(tenantIds);
      variables.tenantIdIn(tenantIds);
    } else {
      instances.tenantIdIn(allSchoolTenants());
      tasks.tenantIdIn(allSchoolTenants());
      variables.tenantIdIn(allSchoolTenants());
    }
    Map<String, HistoricProcessInstance> byId = new HashMap<>();
    Map<String, Place> places = new HashMap<>();
    List<HistoricProcessInstance> works = new ArrayList<>();
    Map<String, List<HistoricProcessInstance>> processesOfWork = new HashMap<>();
    Set<String> campaigns = new java.util.TreeSet<>();
    Map<String, String> schoolTenantNames = new HashMap<>();
    for (HistoricProcessInstance instance : instances.list()) {
      Place place = Place.of(instance.getBusinessKey());
      if (place.campaignId() != null && place.schoolId() != null) {
        campaigns.add(place.campaignId());
      }
      if (campaign != null && !campaign.equals(place.campaignId())) {
        continue;
      }
      byId.put(instance.getId(), instance);
      places.put(instance.getId(), place);
      schoolTenantNames.putIfAbsent(instance.getTenantId(), null);
      if (WORK_PROCESSES.contains(instance.getProcessDefinitionKey())) {
        works.add(instance);
      }
      if (place.workKey() != null) {
        processesOfWork.computeIfAbsent(place.workKey(), k -> new ArrayList<>()).add(instance);
      }
    }
    Map<String, Map<String, Object>> variablesOf = new HashMap<>();
    Map<String, Date> uploadedAt = new HashMap<>();
    for (HistoricVariableInstance variable : variables.list()) {
      Place place = places.get(variable.getProcessInstanceId());
      if (place == null) {
        continue;
      }
      if (UPLOADED_MARK.equals(variable.getName()) && Boolean.TRUE.equals(variable.getValue()) && place.workKey() != null) {
        uploadedAt.merge(place.workKey(), variable.getCreateTime(), (a, b) -> a.before(b) ? a : b);
      } else {
        variablesOf.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    Map<String, List<Task>> overdueOfWork = new HashMap<>();
    Map<String, List<Task>> escalationsOfWork = new HashMap<>();
    Map<String, List<Task>> overdueOfSchool = new HashMap<>();
    Map<String, List<Task>> escalationsOfSchool = new HashMap<>();
    for (HistoricTaskInstance task : tasks.list()) {
      Place place = places.get(task.getProcessInstanceId());
      if (place == null || place.schoolId() == null) {
        continue;
      }
      boolean escalation = task.getTaskDefinitionKey() != null && task.getTaskDefinitionKey().startsWith("Task_Escalate");
      boolean open = task.getEndTime() == null;
      boolean overdue = open && task.getDueDate() != null && now.after(task.getDueDate());
      if (!escalation && !overdue) {
        continue;
      }
      Task item = new Task(task.getName(), at(task.getDueDate()), open);
      String schoolKey = place.campaignId() + "/" + place.schoolId();
      if (place.workKey() != null) {
        (escalation ? escalationsOfWork : overdueOfWork).computeIfAbsent(place.workKey(), k -> new ArrayList<>()).add(item);
      } else {
        (escalation ? escalationsOfSchool : overdueOfSchool).computeIfAbsent(schoolKey, k -> new ArrayList<>()).add(item);
      }
    }
    Map<String, String> schoolNames = schoolNames(schoolTenantNames.keySet());

    // municipality → school → works
    Map<String, Map<String, List<Work>>> tree = new TreeMap<>();
    Map<String, String> schoolCampaign = new HashMap<>();
    for (HistoricProcessInstance work : works) {
      Place place = places.get(work.getId());
      Map<String, Object> vars = variablesOf.getOrDefault(work.getId(), Map.of());
      String workKey = place.workKey();
      Date uploaded = uploadedAt.get(workKey);
      tree.computeIfAbsent(place.municipalityId(), m -> new TreeMap<>())
          .computeIfAbsent(place.schoolId(), s -> new ArrayList<>())
          .add(new Work(place.campaignId(), place.workId(), text(vars.get("subject")), text(vars.get("grade")),
              phase(work, processesOfWork.getOrDefault(workKey, List.of())), uploaded != null, at(uploaded),
              overdueOfWork.getOrDefault(workKey, List.of()), escalationsOfWork.getOrDefault(workKey, List.of())));
      schoolCampaign.put(place.schoolId(), place.campaignId());
    }
    List<MunicipalityView> municipalities = new ArrayList<>();
    tree.forEach((municipalityId, schools) -> {
      List<School> schoolViews = new ArrayList<>();
      schools.forEach((schoolId, schoolWorks) -> {
        schoolWorks.sort(Comparator.comparing(Work::campaignId).thenComparing(Work::workId));
        List<Task> overdue = new ArrayList<>();
        List<Task> escalations = new ArrayList<>();
        for (String c : campaign == null ? campaigns : Set.of(campaign)) {
          overdue.addAll(overdueOfSchool.getOrDefault(c + "/" + schoolId, List.of()));
          escalations.addAll(escalationsOfSchool.getOrDefault(c + "/" + schoolId, List.of()));
        }
        schoolViews.add(new School(schoolId, schoolNames.getOrDefault(Scopes.school(schoolId), schoolId), schoolWorks,
            overdue, escalations));
      });
      schoolViews.sort(Comparator.comparing(School::schoolName));
      municipalities.add(new MunicipalityView(municipalityId,
          Municipality.find(municipalityId).map(Municipality::russianName).orElse(municipalityId), schoolViews));
    });
    municipalities.sort(Comparator.comparing(MunicipalityView::municipalityName));
    return new View(at(now), List.copyOf(campaigns), municipalities);
  }

  /** The work's phase from its running role processes (see the class comment). */
  static String phase(HistoricProcessInstance work, List<HistoricProcessInstance> processesOfWork) {
    if (work.getEndTime() != null) {
      return "Завершена";
    }
    boolean completion = false;
    boolean conduct = false;
    boolean preparation = false;
    for (HistoricProcessInstance process : processesOfWork) {
      if (process.getEndTime() != null || process.getProcessDefinitionKey() == null) {
        continue;
      }
      String key = process.getProcessDefinitionKey();
      completion |= key.endsWith("-completion");
      conduct |= key.endsWith("-conduct") || key.equals("vpr-classroom");
      preparation |= key.endsWith("-preparation");
    }
    return completion ? "Завершение" : conduct ? "Проведение" : preparation ? "Подготовка" : "Ожидание проведения";
  }

  private String[] allSchoolTenants() {
    return identity.createTenantQuery().list().stream().map(Tenant::getId)
        .filter(id -> id.startsWith(Scopes.SCHOOL_PREFIX)).toArray(String[]::new);
  }

  private Map<String, String> schoolNames(Set<String> tenantIds) {
    Map<String, String> names = new HashMap<>();
    String[] ids = tenantIds.stream().filter(id -> id != null).toArray(String[]::new);
    if (ids.length > 0) {
      identity.createTenantQuery().tenantIdIn(ids).list().forEach(t -> names.put(t.getId(), t.getName()));
    }
    return names;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private OffsetDateTime at(Date date) {
    return date == null ? null : date.toInstant().atZone(zone).toOffsetDateTime();
  }
}
