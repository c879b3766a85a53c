package ru.lenobl.assessment.tasks;

import java.util.Arrays;
import java.util.List;

/**
 * The anchors of {@code memos/timing.json} that a task's due date can hang on, each with the process variables that
 * hold it. A variable is looked for from the task's execution up the chain of calling process instances; at each
 * level the names are tried in order, so the nearest level wins and, within it, the first name (the later names
 * are the nearest level's stand-in when the task runs above the level the memo names, e.g. a school's preparation
 * for a per-work action).
 */
public enum Anchor {

  PLAN_IMPORTED("plan-imported", Kind.DATE_TIME, "planImportedAt"),
  FIRST_WORK_START_IN_SCHOOL("first-work-start-in-school", Kind.DATE_TIME,
      "schoolFirstWorkStartsAt", "workStartsAt", "municipalityFirstWorkStartsAt", "regionFirstWorkStartsAt"),
  FIRST_WORK_START_IN_MUNICIPALITY("first-work-start-in-municipality", Kind.DATE_TIME,
      "municipalityFirstWorkStartsAt", "regionFirstWorkStartsAt"),
  FIRST_WORK_START_IN_REGION("first-work-start-in-region", Kind.DATE_TIME, "regionFirstWorkStartsAt"),
  ARCHIVE_AVAILABLE("archive-available", Kind.DATE_TIME, "archiveAvailableAt", "schoolFirstArchiveAvailableAt"),
  WORK_START("work-start", Kind.DATE_TIME, "workStartsAt", "schoolFirstWorkStartsAt", "municipalityFirstWorkStartsAt",
      "regionFirstWorkStartsAt"),
  WORK_END("work-end", Kind.DATE_TIME, "workEndsAt"),
  WORK_DAY_END("work-day-end", Kind.DATE_TIME, "workDayEndsAt", "municipalityLastWorkDayEndsAt"),
  RESULTS_DUE("results-due", Kind.DATE_TIME, "resultsDueAt", "lastResultsDueAt"),
  LAST_RESULTS_DUE("last-results-due", Kind.DATE_TIME, "lastResultsDueAt"),
  /**
   * The reserve session's start: the date the municipality confirmed ({@code reserveSessionStartsAt}), else the one
   * proposed or the plan's first ({@code reserveStartsAt}); without a reserve date in the plan ({@code ""}), the
   * results' deadline of the same level.
   */
  RESERVE_DATE("reserve-date", Kind.DATE_TIME, "reserveSessionStartsAt", "reserveStartsAt", "municipalityFirstReserveStartsAt", "resultsDueAt",
      "lastResultsDueAt"),
  CAMPAIGN_WINDOW_END("campaign-window-end", Kind.DATE_TIME, "windowEndsAt"),
  /** The start (00:00) of the study's date, {@code studyDate} being a date such as {@code 2027-10-14}. */
  STUDY_DATE("study-date", Kind.START_OF_DATE, "studyDate"),
  STUDY_START("study-start", Kind.DATE_TIME, "studyStartsAt"),
  STUDY_END("study-end", Kind.DATE_TIME, "studyEndsAt"),
  STUDY_DAY_END("study-day-end", Kind.DATE_TIME, "studyDayEndsAt"),
  /** The task's creation (the engine's clock): escalations. */
  CREATED("created", Kind.NOW);

  /** How the variable's value becomes a time. */
  public enum Kind { DATE_TIME, START_OF_DATE, NOW }

  private final String id;
  private final Kind kind;
  private final List<String> variables;

  Anchor(String id, Kind kind, String... variables) {
    this.id = id;
    this.kind = kind;
    this.variables = List.of(variables);
  }

  public String id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public List<String> variables() {
    return variables;
  }

  public static boolean isKnown(String id) {
    return Arrays.stream(values()).anyMatch(anchor -> anchor.id.equals(id));
  }

  public static Anchor named(String id) {
    return Arrays.stream(values()).filter(anchor -> anchor.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown due anchor «" + id + "»"));
  }
}
