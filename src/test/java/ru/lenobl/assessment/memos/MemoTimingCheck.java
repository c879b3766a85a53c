package ru.lenobl.assessment.memos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.lenobl.assessment.memos.MemoActionModels.MemoTask;
import ru.lenobl.assessment.tasks.Anchor;
import ru.lenobl.assessment.tasks.DueOffset;

/**
 * Holds the models ({@link MemoActionModels}) to {@code memos/timing.json}: for each memo action, its level
 * ({@code per}), its due date ({@code due}) and its prerequisites ({@code after}). Every difference is a
 * {@link Departure}; which of them the project means is listed in {@code memos/timing-departures.json}.
 */
final class MemoTimingCheck {

  static final String LEVEL = "level";
  static final String DUE = "due";
  static final String AFTER = "after";

  /**
   * The levels of {@code timing.json}'s {@code per} that have no process level of their own, mapped to the nearest
   * level the models have. Keep each mapping's reason next to it.
   */
  static final Map<String, String> NEAREST_LEVEL = Map.of(
      // No process runs per subject of a municipality; the municipal coordinator's completion, where the subject is
      // chosen in the form, runs once per municipality.
      "municipality-subject", "municipality",
      // No process runs per date of a municipality's works; the municipal coordinator's conduct runs once per
      // municipality from its first work to its last.
      "work-day-in-municipality", "municipality",
      // A NIKO study (niko-study) is one grade of a school on its one date, so a school's study date is a grade's;
      // two grades on one date are two studies.
      "study-day", "grade");

  /** A memo action's entry in timing.json. */
  record Timing(String id, String per, String anchor, String offset, List<String> after) {
  }

  /** Where the project differs from timing.json for one action and one check. */
  record Departure(String action, String check, String expected, String actual, String where) {

    String key() {
      return action + " " + check;
    }

    @Override
    public String toString() {
      return action + " [" + check + "] timing.json: " + expected + "; the models: " + actual + " (" + where + ")";
    }
  }

  private final Map<String, Timing> timing;
  private final MemoActionModels models;

  MemoTimingCheck(MemoActionModels models) {
    this.models = models;
    this.timing = loadTiming();
  }

  static Map<String, Timing> loadTiming() {
    try (InputStream in = MemoTimingCheck.class.getResourceAsStream("/memos/timing.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Timing> timing = new LinkedHashMap<>();
      for (JsonNode action : root.path("actions")) {
        List<String> after = new ArrayList<>();
        action.path("after").forEach(id -> after.add(id.asText()));
        timing.put(action.path("id").asText(), new Timing(action.path("id").asText(), action.path("per").asText(),
            action.path("due").path("anchor").asText(), action.path("due").path("offset").asText("PT0S"), after));
      }
      return timing;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, Timing> timing() {
    return timing;
  }

  static String nearestLevel(String level) {
    return NEAREST_LEVEL.getOrDefault(level, level);
  }

  /** The due date a task gets, as «anchor offset» or «camunda:dueDate …» (see TaskContextPlugin). */
  String dueOf(MemoTask task) {
    if (task.ownDueDate() != null && !task.ownDueDate().isBlank()) {
      return "camunda:dueDate " + task.ownDueDate();
    }
    Timing first = timing.get(task.memoIds().get(0));
    if (first != null && !first.anchor().isEmpty()) {
      return first.anchor() + " " + first.offset();
    }
    String anchor = task.properties().get("dueAnchor");
    return anchor == null ? "none" : anchor + " " + task.properties().getOrDefault("dueOffset", "PT0S");
  }

  /**
   * A task's due date is timing.json's when it is the same anchor and offset, or when the model's own
   * {@code camunda:dueDate} is {@code ${variable}} and timing.json's offset is zero and its anchor's own variable is
   * that variable.
   */
  static boolean sameDue(String due, Timing action) {
    if (due.equals(action.anchor() + " " + action.offset())) {
      return true;
    }
    String own = "camunda:dueDate ${";
    if (due.startsWith(own) && due.endsWith("}") && DueOffset.parse(action.offset()).equals(DueOffset.ZERO)
        && Anchor.isKnown(action.anchor())) {
      return Anchor.named(action.anchor()).variables().get(0).equals(due.substring(own.length(), due.length() - 1));
    }
    return false;
  }

  List<Departure> departures() {
    List<Departure> departures = new ArrayList<>();
    Map<String, List<MemoTask>> byAction = models.tasksByAction();
    for (Timing action : timing.values()) {
      List<MemoTask> tasks = byAction.getOrDefault(action.id(), List.of());
      if (tasks.isEmpty()) {
        departures.add(new Departure(action.id(), "task", "a user task with this memoItem", "none", "processes/"));
        continue;
      }
      String where = tasks.stream().map(MemoTask::where).collect(Collectors.joining(", "));

      Set<String> levels = new LinkedHashSet<>();
      tasks.forEach(task -> task.levels().forEach(level -> levels.add(nearestLevel(level))));
      String expectedLevel = nearestLevel(action.per());
      if (!levels.equals(Set.of(expectedLevel))) {
        departures.add(new Departure(action.id(), LEVEL, "per " + action.per()
            + (expectedLevel.equals(action.per()) ? "" : " (= " + expectedLevel + ")"), "per " + String.join(" and per ",
            levels), where));
      }

      String expectedDue = action.anchor() + " " + action.offset();
      Set<String> dues = new LinkedHashSet<>();
      tasks.forEach(task -> dues.add(dueOf(task)));
      if (!dues.stream().allMatch(due -> sameDue(due, action))) {
        departures.add(new Departure(action.id(), DUE, expectedDue, String.join(" and ", dues), where));
      }

      List<String> missing = new ArrayList<>();
      for (String prerequisite : action.after()) {
        for (MemoTask task : tasks) {
          if (models.howDoneBefore(task, prerequisite) == null) {
            missing.add(prerequisite + (tasks.size() > 1 ? " (for " + task.taskId() + ")" : ""));
          }
        }
      }
      if (!missing.isEmpty()) {
        departures.add(new Departure(action.id(), AFTER, "after " + String.join(", ", action.after()),
            "opens without waiting for " + String.join(", ", missing), where));
      }
    }
    return departures;
  }

  /** The departures the project means: {@code memos/timing-departures.json}. */
  record Listed(String action, String check, String project, String reason) {

    String key() {
      return action + " " + check;
    }
  }

  static List<Listed> listed() {
    try (InputStream in = MemoTimingCheck.class.getResourceAsStream("/memos/timing-departures.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      List<Listed> listed = new ArrayList<>();
      for (JsonNode d : root.path("departures")) {
        listed.add(new Listed(d.path("action").asText(), d.path("check").asText(), d.path("project").asText(),
            d.path("reason").asText()));
      }
      return listed;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
