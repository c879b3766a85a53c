package ru.lenobl.assessment.tasks;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 offset of {@code memos/timing.json}, such as {@code -PT1H}, {@code P2M7D} or {@code -P1DT12H}: the date
 * part is a {@link Period} (calendar months and days), the time part a {@link Duration}, and a leading sign applies
 * to both. It is added in the region's zone, so that a day is a calendar day.
 */
public record DueOffset(boolean negative, Period period, Duration duration) {

  public static final DueOffset ZERO = new DueOffset(false, Period.ZERO, Duration.ZERO);

  /** Parses {@code [-]P[nY][nM][nW][nD][T[nH][nM][nS]]}; {@code null} or blank is zero. */
  public static DueOffset parse(String text) {
    if (text == null || text.isBlank()) {
      return ZERO;
    }
    String offset = text.trim();
    boolean negative = offset.startsWith("-");
    if (negative || offset.startsWith("+")) {
      offset = offset.substring(1);
    }
    if (!offset.startsWith("P") || offset.length() < 2 || offset.endsWith("T")) {
      throw new IllegalArgumentException("not an ISO-8601 offset: «" + text + "»");
    }
    int t = offset.indexOf('T');
    String datePart = t < 0 ? offset : offset.substring(0, t);
    String timePart = t < 0 ? null : "P" + offset.substring(t);
    try {
      Period period = "P".equals(datePart) ? Period.ZERO : Period.parse(datePart);
      Duration duration = timePart == null ? Duration.ZERO : Duration.parse(timePart);
      if (period.isNegative() || duration.isNegative()) {
        throw new IllegalArgumentException("a sign inside an offset is not supported: «" + text + "»");
      }
      return new DueOffset(negative, period, duration);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 offset: «" + text + "»", e);
    }
  }

  /** The anchor moved by this offset, computed in {@code zone}, with that zone's offset. */
  public OffsetDateTime addTo(OffsetDateTime anchor, ZoneId zone) {
    var local = anchor.atZoneSameInstant(zone);
    var moved = negative ? local.minus(period).minus(duration) : local.plus(period).plus(duration);
    return moved.toOffsetDateTime();
  }
}
