package ru.lenobl.assessment.campaign.plan;

import java.util.Map;

/** One data row of a plan-schedule, its cells by column key, and its line in the file (1 is the header). */
public record PlanRow(int line, Map<String, String> cells) {

  /** The trimmed cell, or "" when the column is absent or the cell empty. */
  public String get(String key) {
    String value = cells.get(key);
    return value == null ? "" : value.replace('\u00a0', ' ').trim();
  }
}
