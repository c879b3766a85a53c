package ru.lenobl.assessment.tasks;

/**
 * When a task is due: an anchor of the plan ({@link Anchor}) plus an offset, and, where {@code memos/timing.json}
 * gives one ({@code notBefore}), a lower bound: never before that anchor plus its offset (a reserve date the day after
 * the work leaves no day before it, so the decision is due at the end of the work day).
 */
public record DueRule(Anchor anchor, DueOffset offset, Anchor notBeforeAnchor, DueOffset notBeforeOffset) {

  public DueRule(Anchor anchor, DueOffset offset) {
    this(anchor, offset, null, null);
  }

  /** From the names used in {@code memos/timing.json} and in the models' {@code dueAnchor}/{@code dueOffset}. */
  public static DueRule of(String anchor, String offset) {
    return new DueRule(Anchor.named(anchor), DueOffset.parse(offset));
  }

  /** With a lower bound, when {@code notBeforeAnchor} is given. */
  public static DueRule of(String anchor, String offset, String notBeforeAnchor, String notBeforeOffset) {
    if (notBeforeAnchor == null || notBeforeAnchor.isBlank()) {
      return of(anchor, offset);
    }
    return new DueRule(Anchor.named(anchor), DueOffset.parse(offset), Anchor.named(notBeforeAnchor.trim()),
        DueOffset.parse(notBeforeOffset));
  }
}
