package ru.lenobl.assessment.campaign.plan;

import java.util.Locale;

/** A column of a plan-schedule: its key, the Russian header regional coordinators use, and whether it must be there. */
public record PlanColumn(String key, String russianHeader, boolean required) {

  /** True when a header cell names this column: its key or its Russian header, ignoring case and spaces. */
  public boolean isNamedBy(String header) {
    String normalized = normalize(header);
    return normalized.equals(normalize(key)) || normalized.equals(normalize(russianHeader));
  }

  static String normalize(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)
        .replace('ё', 'е');
  }

  static PlanColumn required(String key, String russianHeader) {
    return new PlanColumn(key, russianHeader, true);
  }

  static PlanColumn optional(String key, String russianHeader) {
    return new PlanColumn(key, russianHeader, false);
  }
}
