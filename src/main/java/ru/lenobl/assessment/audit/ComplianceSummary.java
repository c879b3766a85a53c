package ru.lenobl.assessment.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deadline compliance of the memo actions (escalations left out), per municipality and, inside, per school: actions
 * completed on time, completed late, open past their due date, and open within it. Actions that ended without
 * completion count in none. Actions of the region's own processes are under the municipality «Регион».
 */
public final class ComplianceSummary {

  public record Counts(int onTime, int late, int openPastDue, int open) {

    Counts plus(AuditRow row) {
      return new Counts(onTime + (row.completedOnTime() ? 1 : 0), late + (row.completedLate() ? 1 : 0),
          openPastDue + (row.openPastDue() ? 1 : 0),
          open + (row.status() == AuditRow.Status.OPEN && !row.late() ? 1 : 0));
    }
  }

  public record School(String schoolId, String schoolName, Counts counts) {
  }

  /** {@code ownActions}: the municipality's own (its coordinator's and commission's) actions. */
  public record MunicipalityLine(String municipalityId, String municipalityName, Counts counts, Counts ownActions,
      List<School> schools) {
  }

  private ComplianceSummary() {
  }

  public static List<MunicipalityLine> of(List<AuditRow> rows) {
    Map<String, Counts> municipalities = new LinkedHashMap<>();
    Map<String, Counts> own = new LinkedHashMap<>();
    Map<String, String> municipalityNames = new LinkedHashMap<>();
    Map<String, Map<String, Counts>> schools = new LinkedHashMap<>();
    Map<String, String> schoolNames = new LinkedHashMap<>();
    Counts zero = new Counts(0, 0, 0, 0);
    for (AuditRow row : rows) {
      if (row.memoId() == null || row.escalation()) {
        continue;
      }
      String municipality = row.municipalityId() == null ? "" : row.municipalityId();
      municipalityNames.putIfAbsent(municipality, row.municipalityId() == null ? "Регион" : row.municipalityName());
      municipalities.merge(municipality, zero.plus(row), ComplianceSummary::sum);
      schools.computeIfAbsent(municipality, m -> new LinkedHashMap<>());
      if (row.schoolId() == null) {
        own.merge(municipality, zero.plus(row), ComplianceSummary::sum);
      } else {
        schools.get(municipality).merge(row.schoolId(), zero.plus(row), ComplianceSummary::sum);
        schoolNames.putIfAbsent(row.schoolId(), row.schoolName());
      }
    }
    List<MunicipalityLine> lines = new ArrayList<>();
    municipalities.forEach((id, counts) -> {
      List<School> lineSchools = new ArrayList<>();
      schools.get(id).forEach((school, schoolCounts) ->
          lineSchools.add(new School(school, schoolNames.get(school), schoolCounts)));
      lineSchools.sort(Comparator.comparing(School::schoolName, Comparator.nullsLast(Comparator.naturalOrder())));
      lines.add(new MunicipalityLine(id.isEmpty() ? null : id, municipalityNames.get(id), counts,
          own.getOrDefault(id, zero), lineSchools));
    });
    lines.sort(Comparator.comparing(MunicipalityLine::municipalityName, Comparator.nullsFirst(Comparator.naturalOrder())));
    return lines;
  }

  private static Counts sum(Counts a, Counts b) {
    return new Counts(a.onTime() + b.onTime(), a.late() + b.late(), a.openPastDue() + b.openPastDue(),
        a.open() + b.open());
  }
}
