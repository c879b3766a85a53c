package ru.lenobl.assessment.tasks;

/** When a task is due: an anchor of the plan ({@link Anchor}) plus an offset. */
public record DueRule(Anchor anchor, DueOffset offset) {

  /** From the names used in {@code memos/timing.json} and in the models' {@code dueAnchor}/{@code dueOffset}. */
  public static DueRule of(String anchor, String offset) {
    return new DueRule(Anchor.named(anchor), DueOffset.parse(offset));
  }
}
