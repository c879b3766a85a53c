package ru.lenobl.assessment.audit;

/**
 * Where a process instance belongs, read from its business key: {@code campaign[/mun-<id>[/school-<code>[/work[/classroom]]]]},
 * e.g. {@code VPR-2027/mun-tosno/school-0412/RU-4/Каб. 12}; NIKO's studies ({@code grade-8}) are its works.
 */
public record Place(String campaignId, String municipalityId, String schoolId, String workId, String classroom) {

  static final Place NOWHERE = new Place(null, null, null, null, null);

  public static Place of(String businessKey) {
    if (businessKey == null || businessKey.isBlank()) {
      return NOWHERE;
    }
    String[] parts = businessKey.split("/", 5);
    String campaign = parts[0];
    String municipality = null;
    String school = null;
    String work = null;
    String classroom = null;
    int i = 1;
    if (i < parts.length && parts[i].startsWith("mun-")) {
      municipality = parts[i++].substring(4);
    }
    if (i < parts.length && parts[i].startsWith("school-")) {
      school = parts[i++].substring(7);
    }
    if (i < parts.length) {
      work = parts[i++];
    }
    if (i < parts.length) {
      classroom = parts[i];
    }
    return new Place(campaign, municipality, school, work, classroom);
  }

  /** The work's business key ({@code campaign/mun-…/school-…/work}), or null above the work level. */
  public String workKey() {
    return workId == null ? null : campaignId + "/mun-" + municipalityId + "/school-" + schoolId + "/" + workId;
  }
}
