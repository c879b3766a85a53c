package ru.lenobl.assessment.campaign.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.tabular.Column;
import ru.lenobl.assessment.tabular.ImportError;
import ru.lenobl.assessment.tabular.TableRow;

/**
 * Reads and checks a VPR plan-schedule (the contract in the README): every row, every error by line and column.
 * A file with any error is rejected whole.
 */
public final class VprPlanParser {

  public static final List<Column> COLUMNS = List.of(
      Column.required("municipality", "Муниципалитет"),
      Column.required("schoolId", "Код ОО"),
      Column.required("schoolName", "Наименование ОО"),
      Column.required("subject", "Предмет"),
      Column.required("grade", "Класс"),
      Column.required("workDate", "Дата"),
      Column.required("workTime", "Время"),
      Column.optional("durationMinutes", "Длительность"),
      Column.required("form", "Форма"),
      Column.required("resultsDueDate", "Срок загрузки результатов"),
      Column.optional("reserveDates", "Резервные дни"),
      Column.required("classrooms", "Аудитории"),
      Column.optional("objectivityControl", "Контроль объективности"));

  static final List<Integer> GRADES = List.of(4, 5, 6, 7, 8, 10, 11);
  static final List<Integer> DURATIONS = List.of(45, 90);

  private static final Map<String, String> SUBJECT_CODES = Map.ofEntries(
      Map.entry("русский язык", "RU"), Map.entry("математика", "MA"), Map.entry("окружающий мир", "OM"),
      Map.entry("история", "HI"), Map.entry("биология", "BI"), Map.entry("география", "GE"),
      Map.entry("обществознание", "SO"), Map.entry("физика", "PH"), Map.entry("химия", "CH"),
      Map.entry("литература", "LI"), Map.entry("информатика", "IN"), Map.entry("иностранный язык", "FL"),
      Map.entry("английский язык", "EN"), Map.entry("немецкий язык", "DE"), Map.entry("французский язык", "FR"));

  private VprPlanParser() {
  }

  public static VprPlan parse(String campaignId, LocalDate windowStart, LocalDate windowEnd, List<TableRow> rows) {
    List<ImportError> errors = new ArrayList<>();
    Map<String, VprPlan.School> schools = new LinkedHashMap<>();
    Map<String, Integer> firstLineOfSchool = new HashMap<>();
    Map<String, Integer> firstLineOfWork = new HashMap<>();
    for (TableRow row : rows) {
      Cells cells = new Cells(row, errors);
      Optional<Municipality> municipality = cells.municipality("municipality");
      Optional<String> schoolId = cells.schoolCode("schoolId");
      Optional<String> schoolName = cells.text("schoolName", "наименование ОО");
      Optional<String> subject = cells.text("subject", "предмет");
      Optional<Integer> grade = cells.integer("grade", GRADES, "класс не участвует в ВПР");
      Optional<LocalDate> date = cells.date("workDate");
      date.filter(d -> d.isBefore(windowStart) || d.isAfter(windowEnd)).ifPresent(d -> cells.fail("workDate",
          "Дата " + d + " вне окна кампании " + windowStart + " — " + windowEnd));
      Optional<LocalTime> time = cells.time("workTime");
      Optional<Integer> duration = row.get("durationMinutes").isEmpty() ? Optional.of(45)
          : cells.integer("durationMinutes", DURATIONS, "длительность в минутах");
      Optional<String> form = form(cells, row.get("form"));
      Optional<LocalDate> resultsDue = cells.date("resultsDueDate");
      if (date.isPresent() && resultsDue.isPresent() && !resultsDue.get().isAfter(date.get())) {
        cells.fail("resultsDueDate", "Срок загрузки результатов " + resultsDue.get() + " должен быть позже даты работы " + date.get());
      }
      List<LocalDate> reserveDates = cells.dates("reserveDates");
      date.ifPresent(d -> reserveDates.stream().filter(reserve -> !reserve.isAfter(d)).findFirst().ifPresent(reserve ->
          cells.fail("reserveDates", "Резервный день " + reserve + " должен быть позже даты работы " + d)));
      List<String> classrooms = cells.list("classrooms", "аудитории");
      Optional<Boolean> objectivityControl = objectivityControl(cells, row.get("objectivityControl"));

      if (schoolId.isPresent() && municipality.isPresent() && schoolName.isPresent()) {
        VprPlan.School known = schools.get(schoolId.get());
        if (known != null && known.municipality() != municipality.get()) {
          cells.fail("municipality", "ОО " + schoolId.get() + " в строке " + firstLineOfSchool.get(schoolId.get())
              + " указана в другом муниципалитете (" + known.municipality().russianName() + ")");
        } else if (known != null && !known.schoolName().equals(schoolName.get())) {
          cells.fail("schoolName", "ОО " + schoolId.get() + " в строке " + firstLineOfSchool.get(schoolId.get())
              + " названа иначе: «" + known.schoolName() + "»");
        } else if (known == null) {
          schools.put(schoolId.get(), new VprPlan.School(municipality.get(), schoolId.get(), schoolName.get(), new ArrayList<>()));
          firstLineOfSchool.put(schoolId.get(), row.line());
        }
      }
      if (schoolId.isPresent() && subject.isPresent() && grade.isPresent()) {
        String work = schoolId.get() + "|" + subject.get().toLowerCase(Locale.ROOT) + "|" + grade.get();
        Integer earlier = firstLineOfWork.putIfAbsent(work, row.line());
        if (earlier != null) {
          cells.fail("subject", "Повтор работы: ОО " + schoolId.get() + ", " + subject.get() + ", " + grade.get()
              + " класс уже есть в строке " + earlier);
        }
      }
      if (errors.isEmpty()) {
        VprPlan.School school = schools.get(schoolId.get());
        school.works().add(new VprPlan.Work(workId(subject.get(), grade.get(), school.works().size()), subject.get(),
            grade.get(), form.get(), date.get(), time.get(), duration.get(), resultsDue.get(), reserveDates, classrooms,
            objectivityControl.get()));
      }
    }
    if (!errors.isEmpty()) {
      throw new PlanRejectedException(errors);
    }
    return new VprPlan(campaignId, windowStart, windowEnd, List.copyOf(schools.values()));
  }

  private static Optional<String> form(Cells cells, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "paper", "традиционная", "бумажная" -> Optional.of("paper");
      case "computer", "компьютерная" -> Optional.of("computer");
      default -> cells.fail("form", "«" + value + "» — не форма проведения: paper / традиционная или computer / компьютерная");
    };
  }

  /**
   * The optional column «Контроль объективности»: a work sampled for «выборочное проведение с контролем объективности»
   * is checked by the federal organiser, not by the school's experts. Empty or absent means no.
   */
  private static Optional<Boolean> objectivityControl(Cells cells, String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "", "no", "нет" -> Optional.of(false);
      case "yes", "да" -> Optional.of(true);
      default -> cells.fail("objectivityControl", "«" + value
          + "» — не отметка контроля объективности: нужно yes/no или да/нет (пусто — нет)");
    };
  }

  /** E.g. RU-4 for Russian in class 4; an unknown subject gets W1-4, W2-4… by its place in the school's list. */
  static String workId(String subject, int grade, int index) {
    String code = SUBJECT_CODES.getOrDefault(subject.toLowerCase(Locale.ROOT).replace('ё', 'е'), "W" + (index + 1));
    return code + "-" + grade;
  }

  /** Foreign languages need a prepared room and software (VPR-TECH-PREP-3, VPR-TECH-CONDUCT-2). */
  public static boolean isForeignLanguage(String subject) {
    String code = SUBJECT_CODES.get(subject.toLowerCase(Locale.ROOT).replace('ё', 'е'));
    return "FL".equals(code) || "EN".equals(code) || "DE".equals(code) || "FR".equals(code);
  }
}
