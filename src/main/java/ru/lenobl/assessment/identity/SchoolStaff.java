package ru.lenobl.assessment.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The school's staff for the models, read-only: {@code ${schoolStaff...}}.
 * <ul>
 *   <li>{@link #organizerOptions(String)}: the options of the school coordinator's select of an organizer (form-js
 *       {@code valuesKey}): the users in both the role group {@code vpr-classroom-organizer} and the school's scope
 *       group {@code school-<schoolId>}, as {@code [{label, value}]};</li>
 *   <li>{@link #classroomsOf(DelegateExecution)}: the classrooms of the work, one per assignment task
 *       (VPR-SCH-PREP-8, due the day before the work);</li>
 *   <li>{@link #organizerOf(String, String)} and {@link #organizersOf(String)}: the assignments made for a work,
 *       read from the history of the school coordinator's preparation of the same work (its business key is the
 *       work's), for the classroom's tasks and for the organizers' preparation of the work.</li>
 * </ul>
 * An assignment task holds two local variables: {@link #ASSIGNED_CLASSROOM} ({@code <workId>/<classroom>}) and
 * {@link #ORGANIZER} (the chosen user id, or none).
 */
public class SchoolStaff {

  public static final String COORDINATOR_WORK_PREPARATION = "vpr-school-coordinator-work-preparation";
  public static final String ASSIGNED_CLASSROOM = "assignedClassroom";
  public static final String ORGANIZER = "organizer";

  /** The organizers of the school, {@code [{label, value}]} sorted by name; empty when the roster names none. */
  public SpinJsonNode organizerOptions(String schoolId) {
    List<Map<String, String>> options = new ArrayList<>();
    if (schoolId != null) {
      for (User user : system(() -> organizers(schoolId))) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label(user));
        option.put("value", user.getId());
        options.add(option);
      }
    }
    return Spin.JSON(options);
  }

  private static List<User> organizers(String schoolId) {
    IdentityService identity = Context.getProcessEngineConfiguration().getIdentityService();
    Set<String> ofSchool = identity.createUserQuery().memberOfGroup(Scopes.school(schoolId)).list().stream()
        .map(User::getId).collect(Collectors.toSet());
    return identity.createUserQuery().memberOfGroup(RoleGroup.VPR_CLASSROOM_ORGANIZER.id()).list().stream()
        .filter(user -> ofSchool.contains(user.getId()))
        .sorted(Comparator.comparing(SchoolStaff::label).thenComparing(User::getId))
        .toList();
  }

  private static String label(User user) {
    String name = (Objects.toString(user.getLastName(), "") + " " + Objects.toString(user.getFirstName(), "")).trim();
    return name.isEmpty() ? user.getId() : name;
  }

  /**
   * The classrooms of this process's work ({@code workId}, {@code classrooms}): one assignment task each
   * (VPR-SCH-PREP-8, in the school coordinator's preparation of the work). Each is a map {@code key}
   * ({@code <workId>/<classroom>}), {@code workId}, {@code subject}, {@code grade}, {@code classroom}.
   */
  public List<Map<String, Object>> classroomsOf(DelegateExecution execution) {
    List<Map<String, Object>> slots = new ArrayList<>();
    addSlots(slots, execution.getVariable("workId"), execution.getVariable("subject"), execution.getVariable("grade"),
        execution.getVariable("classrooms"));
    return slots;
  }

  private static void addSlots(List<Map<String, Object>> slots, Object workId, Object subject, Object grade, Object classrooms) {
    for (String classroom : names(classrooms)) {
      Map<String, Object> slot = new LinkedHashMap<>();
      slot.put("key", workId + "/" + classroom);
      slot.put("workId", Objects.toString(workId, ""));
      slot.put("subject", subject);
      slot.put("grade", grade);
      slot.put("classroom", classroom);
      slots.add(slot);
    }
  }

  private static List<String> names(Object classrooms) {
    List<String> names = new ArrayList<>();
    if (classrooms instanceof Collection<?> list) {
      list.stream().filter(Objects::nonNull).map(Object::toString).map(String::trim).filter(name -> !name.isEmpty())
          .forEach(names::add);
    } else if (classrooms != null) {
      for (String name : classrooms.toString().split(",")) {
        if (!name.isBlank()) {
          names.add(name.trim());
        }
      }
    }
    return names;
  }

  /** The organizer chosen for {@code classroom} of the work {@code workKey} ({@code <schoolKey>/<workId>}), or null. */
  public String organizerOf(String workKey, String classroom) {
    if (workKey == null || classroom == null || workKey.lastIndexOf('/') < 0) {
      return null;
    }
    String slot = workKey.substring(workKey.lastIndexOf('/') + 1) + "/" + classroom;
    return system(() -> assignments(workKey)).get(slot);
  }

  /**
   * The organizers chosen for the work {@code workKey}, each once; a {@code null} among them when a classroom
   * has no organizer chosen, or when nothing was assigned (then the role group's members share the task).
   */
  public List<String> organizersOf(String workKey) {
    Map<String, String> assignments = system(() -> assignments(workKey));
    Set<String> organizers = new LinkedHashSet<>(new java.util.TreeSet<>(
        assignments.values().stream().filter(Objects::nonNull).collect(Collectors.toSet())));
    List<String> list = new ArrayList<>(organizers);
    if (assignments.isEmpty() || assignments.containsValue(null)) {
      list.add(null);
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * {@code <workId>/<classroom>} → organizer (or null), from the school coordinator's assignment tasks in the
   * preparation of the work {@code workKey} (its business key is the work's).
   */
  private static Map<String, String> assignments(String workKey) {
    Map<String, String> assignments = new LinkedHashMap<>();
    if (workKey == null) {
      return assignments;
    }
    HistoryService history = Context.getProcessEngineConfiguration().getHistoryService();
    String[] preparations = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(COORDINATOR_WORK_PREPARATION).processInstanceBusinessKey(workKey).list().stream()
        .map(HistoricProcessInstance::getId).toArray(String[]::new);
    if (preparations.length == 0) {
      return assignments;
    }
    Map<String, String> organizerByExecution = new java.util.HashMap<>();
    for (HistoricVariableInstance organizer : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(preparations).variableName(ORGANIZER).list()) {
      Object value = organizer.getValue();
      organizerByExecution.put(organizer.getExecutionId(),
          value == null || value.toString().isBlank() ? null : value.toString());
    }
    Set<String> seen = new HashSet<>();
    for (HistoricVariableInstance classroom : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(preparations).variableName(ASSIGNED_CLASSROOM).orderByCreationTime().desc().list()) {
      String slot = Objects.toString(classroom.getValue(), null);
      if (slot != null && seen.add(slot)) {
        assignments.put(slot, organizerByExecution.get(classroom.getExecutionId()));
      }
    }
    return assignments;
  }

  private static <T> T system(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    return command == null ? work.get() : SystemContext.withoutChecks(command, work);
  }
}
