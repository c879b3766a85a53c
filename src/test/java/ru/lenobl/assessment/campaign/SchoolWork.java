package ru.lenobl.assessment.campaign;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Test fixture: one work of one school (subject × class × date) as a role process started on its own receives it. Deadlines are
 * ISO-8601 date-times with the region's offset, which Camunda's timers and due dates read directly; the derived ones
 * (archive, regional escalation) follow {@link Deadlines#DEFAULT}.
 */
public record SchoolWork(String campaignId, String municipalityId, String schoolId, String schoolName,
                         String workId, String subject, int grade, WorkForm form,
                         OffsetDateTime workStartsAt, OffsetDateTime resultsDueAt, List<String> classrooms) {

  public enum WorkForm { paper, computer }

  public SchoolWork {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(municipalityId, "municipalityId");
    Objects.requireNonNull(schoolId, "schoolId");
    Objects.requireNonNull(workId, "workId");
    Objects.requireNonNull(workStartsAt, "workStartsAt");
    Objects.requireNonNull(resultsDueAt, "resultsDueAt");
    if (!resultsDueAt.isAfter(workStartsAt)) {
      throw new IllegalArgumentException("resultsDueAt must be after workStartsAt");
    }
    classrooms = classrooms == null || classrooms.isEmpty() ? List.of("Каб. 1") : List.copyOf(classrooms);
  }

  /** A work in one classroom, «Каб. 1». */
  public SchoolWork(String campaignId, String municipalityId, String schoolId, String schoolName, String workId,
                    String subject, int grade, WorkForm form, OffsetDateTime workStartsAt, OffsetDateTime resultsDueAt) {
    this(campaignId, municipalityId, schoolId, schoolName, workId, subject, grade, form, workStartsAt, resultsDueAt, null);
  }

  /** A readable business key, e.g. {@code VPR-2027/mun-tosno/school-0412/RU-4}. */
  public String businessKey() {
    return campaignId + "/mun-" + municipalityId + "/school-" + schoolId + "/" + workId;
  }

  public Map<String, Object> variables() {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("campaignId", campaignId);
    variables.put("municipalityId", municipalityId);
    variables.put("schoolId", schoolId);
    variables.put("schoolName", schoolName);
    variables.put("workId", workId);
    variables.put("subject", subject);
    variables.put("grade", grade);
    variables.put("form", form.name());
    variables.put("municipalityName", Municipality.find(municipalityId).map(Municipality::russianName).orElse(municipalityId));
    variables.put("workKey", businessKey());
    variables.put("workStartsAt", iso(workStartsAt));
    variables.put("archiveAvailableAt", iso(Deadlines.DEFAULT.archiveAvailable(workStartsAt)));
    variables.put("resultsDueAt", iso(resultsDueAt));
    variables.put("regionEscalationAt", iso(Deadlines.DEFAULT.regionEscalation(resultsDueAt)));
    variables.put("classrooms", new ArrayList<>(classrooms));
    return variables;
  }

  static String iso(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }
}
