package ru.lenobl.assessment.campaign.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import ru.lenobl.assessment.campaign.Municipality;

/** A validated VPR plan-schedule: the campaign's schools, each with its works. */
public record VprPlan(String campaignId, LocalDate windowStart, LocalDate windowEnd, List<School> schools) {

  public record School(Municipality municipality, String schoolId, String schoolName, List<Work> works) {
  }

  public record Work(String workId, String subject, int grade, String form, LocalDate date, LocalTime time,
                     int durationMinutes, LocalDate resultsDueDate, List<LocalDate> reserveDates,
                     List<String> classrooms, boolean objectivityControl) {
  }

  public List<Municipality> municipalities() {
    return schools.stream().map(School::municipality).distinct().sorted().toList();
  }

  public List<School> schoolsOf(Municipality municipality) {
    return schools.stream().filter(school -> school.municipality() == municipality).toList();
  }

  public int workCount() {
    return schools.stream().mapToInt(school -> school.works().size()).sum();
  }
}
