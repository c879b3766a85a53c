package ru.lenobl.assessment.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whose work a task is, in its name, because Tasklist's list shows only the task's and the process's names:
 * {@code <name> — <place>, <subject>, <grade> класс}. The place is the school's name in the processes of a school
 * (and below), else the municipality's name, else the campaign id. A part the name already holds is left out (an
 * escalation naming «Школа 0102 …: Математика, 4 класс» gets nothing more); missing parts are skipped.
 */
public final class TaskNames {

  public static final String SEPARATOR = " — ";

  private TaskNames() {
  }

  /**
   * @param placeAliases other spellings of the place that count as naming it already (e.g. «школа 0102»)
   */
  public static String withContext(String name, String place, List<String> placeAliases, String subject, Object grade) {
    if (name == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (isPresent(place)) {
      List<String> spellings = new ArrayList<>(placeAliases);
      spellings.add(place);
      if (spellings.stream().noneMatch(spelling -> contains(name, spelling))) {
        parts.add(place.trim());
      }
    }
    if (isPresent(subject) && !contains(name, subject)) {
      parts.add(subject.trim());
    }
    if (grade != null && isPresent(grade.toString())) {
      String grades = grade.toString().trim() + " класс";
      if (!contains(name, grades)) {
        parts.add(grades);
      }
    }
    return parts.isEmpty() ? name : name + SEPARATOR + String.join(", ", parts);
  }

  private static boolean isPresent(String value) {
    return value != null && !value.isBlank();
  }

  private static boolean contains(String name, String part) {
    return isPresent(part) && name.toLowerCase(Locale.ROOT).contains(part.trim().toLowerCase(Locale.ROOT));
  }
}
