package ru.lenobl.assessment.tabular;

import java.util.Locale;

/** A column of an imported table: its key, the Russian header people write, and whether it must be there. */
public record Column(String key, String russianHeader, boolean required) {

  /** True when a header cell names this column: its key or its Russian header, ignoring case, «ё» and spaces. */
  public boolean isNamedBy(String header) {
    String normalized = normalize(header);
    return normalized.equals(normalize(key)) || normalized.equals(normalize(russianHeader));
  }

  /** Trimmed, inner spaces (also non-breaking) collapsed to one, lower case, «ё» as «е». */
  public static String normalize(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
        .replace('ё', 'е');
  }

  public static Column required(String key, String russianHeader) {
    return new Column(key, russianHeader, true);
  }

  public static Column optional(String key, String russianHeader) {
    return new Column(key, russianHeader, false);
  }
}
