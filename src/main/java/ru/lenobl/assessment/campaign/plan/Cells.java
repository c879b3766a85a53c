package ru.lenobl.assessment.campaign.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.tabular.ImportError;
import ru.lenobl.assessment.tabular.TableRow;

/** Parsing of plan-schedule cells, each failure reported as an {@link ImportError} of its line and column. */
final class Cells {

  private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final TableRow row;
  private final List<ImportError> errors;

  Cells(TableRow row, List<ImportError> errors) {
    this.row = row;
    this.errors = errors;
  }

  Optional<String> text(String column, String what) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return fail(column, "Не заполнено: " + what);
    }
    return Optional.of(value);
  }

  /** A school's code: letters, digits, «.», «_», «-», at most 50 characters (it names the school's tenant). */
  Optional<String> schoolCode(String column) {
    return text(column, "код ОО").flatMap(code -> ru.lenobl.assessment.identity.Scopes.SCHOOL_CODE.matcher(code).matches()
        ? Optional.of(code)
        : fail(column, "«" + code + "» — не код ОО: допустимы латинские буквы, цифры, «.», «_» и «-», до 50 знаков"));
  }

  /** One of the region's 18 municipalities, by name or id. */
  Optional<Municipality> municipality(String column) {
    return text(column, "муниципалитет").flatMap(name -> Municipality.find(name).or(() -> fail(column,
        "Неизвестный муниципалитет «" + name + "»: нужен один из 18 муниципалитетов Ленинградской области")));
  }

  Optional<LocalDate> date(String column) {
    String value = row.get(column);
    if (value.isEmpty()) {
      return fail(column, "Не заполнена дата");
    }
    return parseDate(value, column);
  }

  private Optional<LocalDate> parseDate(String value, String column) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, RUSSIAN_DATE)) {
      try {
        return Optional.of(LocalDate.parse(value, format));
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return fail(column, "«" + value + "» — не дата: нужен формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ");
  }

  /** Zero or more dates separated by «,» or «;». */
  List<LocalDate> dates(String column) {
    List<LocalDate> dates = new ArrayList<>();
    for (String part : row.get(column).split("[,;]")) {
      if (!part.isBlank()) {
        parseDate(part.trim(), column).ifPresent(dates::add);
      }
    }
    return dates;
  }

  Optional<LocalTime> time(String column) {
    String value = row.get(column);
    try {
      return Optional.of(LocalTime.parse(value, TIME));
    } catch (DateTimeParseException e) {
      return fail(column, "«" + value + "» — не время: нужен формат ЧЧ:ММ, например 09:00");
    }
  }

  Optional<Integer> integer(String column, List<Integer> allowed, String what) {
    String value = row.get(column);
    try {
      int number = Integer.parseInt(value);
      if (allowed.contains(number)) {
        return Optional.of(number);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    return fail(column, "«" + value + "» — " + what + ": допустимо " + allowed);
  }

  /** One or more names separated by «,» (or «;»). */
  List<String> list(String column, String what) {
    List<String> items = new ArrayList<>();
    for (String part : row.get(column).split("[,;]")) {
      if (!part.isBlank()) {
        items.add(part.trim());
      }
    }
    if (items.isEmpty()) {
      fail(column, "Не заполнено: " + what);
    }
    items.stream().filter(item -> items.indexOf(item) != items.lastIndexOf(item)).findFirst()
        .ifPresent(repeated -> fail(column, "«" + repeated + "» указана дважды: каждая аудитория — один раз"));
    return items;
  }

  <T> Optional<T> fail(String column, String message) {
    errors.add(new ImportError(row.line(), column, message));
    return Optional.empty();
  }
}
