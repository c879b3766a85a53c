package ru.lenobl.assessment.bench;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.lenobl.assessment.campaign.Municipality;

/**
 * A generated VPR plan-schedule of a region: {@code schools} schools spread over the 18 municipalities, each writing
 * {@code worksPerSchool} works (subject × grade) on working days of April–May 2027 in two classrooms, as the region's
 * coordinator would import it. Every third work has a reserve date a week later; history in class 5 is written on
 * computers.
 */
public final class BenchPlan {

  public static final LocalDate WINDOW_START = LocalDate.parse("2027-04-20");
  public static final LocalDate WINDOW_END = LocalDate.parse("2027-05-20");

  private static final String HEADER =
      "municipality,schoolId,schoolName,subject,grade,workDate,workTime,durationMinutes,form,resultsDueDate,reserveDates,classrooms\n";

  private static final List<String[]> WORKS = List.of(
      new String[] {"Русский язык", "4"}, new String[] {"Математика", "4"}, new String[] {"Окружающий мир", "4"},
      new String[] {"Русский язык", "5"}, new String[] {"Математика", "5"}, new String[] {"История", "5"},
      new String[] {"Биология", "5"}, new String[] {"Русский язык", "6"}, new String[] {"Математика", "6"},
      new String[] {"География", "6"}, new String[] {"Обществознание", "7"}, new String[] {"Физика", "7"});

  private BenchPlan() {
  }

  static String schoolId(int index) {
    return Integer.toString(700_000 + index);
  }

  static Municipality municipalityOf(int index) {
    return Municipality.values()[index % Municipality.values().length];
  }

  public static byte[] vpr(int schools, int worksPerSchool) {
    if (worksPerSchool > WORKS.size()) {
      throw new IllegalArgumentException("at most " + WORKS.size() + " works per school");
    }
    List<LocalDate> days = workingDays();
    StringBuilder csv = new StringBuilder(HEADER);
    for (int school = 0; school < schools; school++) {
      for (int work = 0; work < worksPerSchool; work++) {
        String[] subject = WORKS.get(work);
        // Works of one school on different days; schools shifted so that every day has works somewhere.
        LocalDate date = days.get((work * 2 + school) % (days.size() - 10));
        boolean computer = "История".equals(subject[0]);
        String reserve = work % 3 == 0 ? date.plusDays(7).toString() : "";
        csv.append(municipalityOf(school).russianName()).append(',')
            .append(schoolId(school)).append(',')
            .append("Школа №").append(school + 1).append(" (нагрузка)").append(',')
            .append(subject[0]).append(',').append(subject[1]).append(',')
            .append(date).append(",09:00,45,").append(computer ? "computer" : "paper").append(',')
            .append(date.plusDays(14)).append(',')
            .append(reserve).append(',')
            .append("\"Каб. 1, Каб. 2\"").append('\n');
      }
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Mondays to Fridays of the window. */
  static List<LocalDate> workingDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = WINDOW_START.plusDays(1); !day.isAfter(WINDOW_END); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        days.add(day);
      }
    }
    return days;
  }
}
