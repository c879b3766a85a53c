package ru.lenobl.assessment.campaign.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ru.lenobl.assessment.campaign.Municipality;
import ru.lenobl.assessment.tabular.Column;
import ru.lenobl.assessment.tabular.ImportError;
import ru.lenobl.assessment.tabular.TableRow;

/** Reads and checks a NIKO plan-schedule: every row, every error by line and column; any error rejects the file. */
public final class NikoPlanParser {

  public static final List<Column> COLUMNS = List.of(
      Column.required("municipality", "Муниципалитет"),
      Column.required("schoolId", "Код ОО"),
      Column.required("schoolName", "Наименование ОО"),
      Column.required("studyDate", "Дата"),
      Column.required("grade", "Класс"),
      Column.required("rooms", "Аудитории"),
      Column.required("videoSurveillance", "Видеонаблюдение"));

  /** Classes 1–3 never take part. */
  static final List<Integer> GRADES = List.of(4, 5, 6, 7, 8, 9, 10, 11);

  private NikoPlanParser() {
  }

  public static NikoPlan parse(String campaignId, LocalDate windowStart, LocalDate windowEnd, List<TableRow> rows) {
    List<ImportError> errors = new ArrayList<>();
    List<NikoPlan.Study> studies = new ArrayList<>();
    Map<String, Integer> firstLineOfStudy = new HashMap<>();
    Map<String, String> nameOfSchool = new HashMap<>();
    for (TableRow row : rows) {
      Cells cells = new Cells(row, errors);
      Optional<Municipality> municipality = cells.municipality("municipality");
      Optional<String> schoolId = cells.schoolCode("schoolId");
      Optional<String> schoolName = cells.text("schoolName", "наименование ОО");
      Optional<LocalDate> date = cells.date("studyDate");
      date.filter(d -> d.isBefore(windowStart) || d.isAfter(windowEnd)).ifPresent(d -> cells.fail("studyDate",
          "Дата " + d + " вне окна исследования " + windowStart + " — " + windowEnd));
      Optional<Integer> grade = cells.integer("grade", GRADES, "класс не участвует в НИКО");
      List<String> rooms = cells.list("rooms", "аудитории");
      Optional<Boolean> video = switch (row.get("videoSurveillance").toLowerCase(Locale.ROOT)) {
        case "yes", "да" -> Optional.of(true);
        case "no", "нет" -> Optional.of(false);
        default -> cells.fail("videoSurveillance", "«" + row.get("videoSurveillance") + "» — нужно yes/no или да/нет");
      };
      if (schoolId.isPresent() && schoolName.isPresent()) {
        String known = nameOfSchool.putIfAbsent(schoolId.get(), schoolName.get());
        if (known != null && !known.equals(schoolName.get())) {
          cells.fail("schoolName", "ОО " + schoolId.get() + " выше названа иначе: «" + known + "»");
        }
      }
      if (schoolId.isPresent() && grade.isPresent()) {
        Integer earlier = firstLineOfStudy.putIfAbsent(schoolId.get() + "|" + grade.get(), row.line());
        if (earlier != null) {
          cells.fail("grade", "Повтор: ОО " + schoolId.get() + ", " + grade.get() + " класс уже есть в строке " + earlier);
        }
      }
      if (errors.isEmpty()) {
        studies.add(new NikoPlan.Study(municipality.get(), schoolId.get(), schoolName.get(), date.get(), grade.get(),
            rooms, video.get()));
      }
    }
    if (!errors.isEmpty()) {
      throw new PlanRejectedException(errors);
    }
    return new NikoPlan(campaignId, windowStart, windowEnd, List.copyOf(studies));
  }
}
