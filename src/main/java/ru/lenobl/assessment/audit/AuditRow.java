package ru.lenobl.assessment.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One task of the history: a memo action (or an escalation) of one person's scope, with who claimed and completed it,
 * when, whether late, the submitted form values (free text masked, see {@link FormValuePolicy}) and the escalations
 * raised while it was open.
 */
public record AuditRow(
    String taskId,
    String campaignId,
    String municipalityId,
    String municipalityName,
    String schoolId,
    String schoolName,
    String workId,
    String classroom,
    String role,
    String roleName,
    String memoId,
    String memoText,
    String action,
    boolean escalation,
    String claimedBy,
    OffsetDateTime claimedAt,
    String completedBy,
    OffsetDateTime created,
    OffsetDateTime due,
    OffsetDateTime completed,
    Status status,
    boolean late,
    Map<String, String> formValues,
    List<String> escalations) {

  public enum Status {
    /** Completed by its person. */
    COMPLETED("выполнено"),
    /** Still open. */
    OPEN("открыто"),
    /** Ended without completion (its process moved on, e.g. the work was closed or a reserve day not held). */
    CANCELLED("отменено");

    private final String russian;

    Status(String russian) {
      this.russian = russian;
    }

    public String russian() {
      return russian;
    }
  }

  /** Completed after its due date. */
  public boolean completedLate() {
    return status == Status.COMPLETED && late;
  }

  /** Completed by its due date (or with none). */
  public boolean completedOnTime() {
    return status == Status.COMPLETED && !late;
  }

  /** Still open after its due date. */
  public boolean openPastDue() {
    return status == Status.OPEN && late;
  }
}
