package ru.lenobl.assessment.tabular;

import java.util.Map;

/**
 * One data row of an imported table, its cells by column key (only the columns the header has), and its line in the
 * file (1 is the header).
 */
public record TableRow(int line, Map<String, String> cells) {

  /** The trimmed cell, or "" when the column is absent or the cell empty. */
  public String get(String key) {
    String value = cells.get(key);
    return value == null ? "" : value.replace('\u00a0', ' ').trim();
  }

  /** True when the file's header has this column (the cell may still be empty). */
  public boolean has(String key) {
    return cells.containsKey(key);
  }
}
