package ru.lenobl.assessment.campaign.plan;

import java.time.LocalDate;
import java.util.List;

import ru.lenobl.assessment.campaign.Municipality;

/** A validated NIKO plan-schedule: one study per school and class, on a date, in one or more rooms. */
public record NikoPlan(String campaignId, LocalDate windowStart, LocalDate windowEnd, List<Study> studies) {

  public record Study(Municipality municipality, String schoolId, String schoolName, LocalDate studyDate, int grade,
                      List<String> rooms, boolean videoSurveillance) {
  }

  public long schoolCount() {
    return studies.stream().map(Study::schoolId).distinct().count();
  }

  public long municipalityCount() {
    return studies.stream().map(Study::municipality).distinct().count();
  }
}
