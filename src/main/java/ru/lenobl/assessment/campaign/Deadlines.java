package ru.lenobl.assessment.campaign;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the plan-schedule's dates become the deadlines of the processes (property prefix {@code assessment.deadlines}).
 * Defaults follow the domain notes: the archive is available the day before at 14:00 local time; conduct starts at
 * 08:00 on the work date; results are due at the end of the due date; the region is alerted two days later; a NIKO
 * study starts at 09:00 and lasts 45 minutes; a day ends at 23:59.
 */
@ConfigurationProperties("assessment.deadlines")
public record Deadlines(ZoneId zone, LocalTime archiveAvailableAt, LocalTime conductStartsAt, LocalTime resultsDueAt,
                        Duration regionEscalationAfter, LocalTime nikoStudyStartsAt,
                        Duration nikoStudyDuration, LocalTime dayEndsAt) {

  public static final Deadlines DEFAULT = new Deadlines(null, null, null, null, null, null, null, null);

  public Deadlines {
    zone = zone == null ? ZoneId.of("Europe/Moscow") : zone;
    archiveAvailableAt = archiveAvailableAt == null ? LocalTime.of(14, 0) : archiveAvailableAt;
    conductStartsAt = conductStartsAt == null ? LocalTime.of(8, 0) : conductStartsAt;
    resultsDueAt = resultsDueAt == null ? LocalTime.of(23, 59) : resultsDueAt;
    regionEscalationAfter = regionEscalationAfter == null ? Duration.ofDays(2) : regionEscalationAfter;
    nikoStudyStartsAt = nikoStudyStartsAt == null ? LocalTime.of(9, 0) : nikoStudyStartsAt;
    nikoStudyDuration = nikoStudyDuration == null ? Duration.ofMinutes(45) : nikoStudyDuration;
    dayEndsAt = dayEndsAt == null ? LocalTime.of(23, 59) : dayEndsAt;
  }

  public OffsetDateTime at(LocalDate date, LocalTime time) {
    return date.atTime(time).atZone(zone).toOffsetDateTime();
  }

  public OffsetDateTime archiveAvailable(OffsetDateTime workStartsAt) {
    return at(workStartsAt.atZoneSameInstant(zone).toLocalDate().minusDays(1), archiveAvailableAt);
  }

  public OffsetDateTime conductStarts(OffsetDateTime workStartsAt) {
    OffsetDateTime start = at(workStartsAt.atZoneSameInstant(zone).toLocalDate(), conductStartsAt);
    return start.isAfter(workStartsAt) ? workStartsAt : start;
  }

  public OffsetDateTime resultsDue(LocalDate dueDate) {
    return at(dueDate, resultsDueAt);
  }

  /** The end (23:59 by default) of the given date: a work day's end, the campaign window's end. */
  public OffsetDateTime endOfDay(LocalDate date) {
    return at(date, dayEndsAt);
  }

  /** The end of the day of the given time, in the region's zone. */
  public OffsetDateTime endOfDay(OffsetDateTime time) {
    return endOfDay(time.atZoneSameInstant(zone).toLocalDate());
  }

  public OffsetDateTime regionEscalation(OffsetDateTime resultsDue) {
    return resultsDue.plus(regionEscalationAfter);
  }
}
