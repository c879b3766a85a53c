package ru.lenobl.assessment.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The offsets of memos/timing.json and the anchors they move; task names with their context. */
class DueOffsetTest {

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final OffsetDateTime WORK_START = OffsetDateTime.parse("2027-04-21T09:00:00+03:00");

  @Test
  void theDatePartIsAPeriodTheTimePartADurationAndTheSignAppliesToBoth() {
    assertThat(DueOffset.parse("-P1DT12H")).isEqualTo(new DueOffset(true, Period.ofDays(1), Duration.ofHours(12)));
    assertThat(DueOffset.parse("P2M7D")).isEqualTo(new DueOffset(false, Period.of(0, 2, 7), Duration.ZERO));
    assertThat(DueOffset.parse("-PT1H")).isEqualTo(new DueOffset(true, Period.ZERO, Duration.ofHours(1)));
    assertThat(DueOffset.parse("PT0S")).isEqualTo(new DueOffset(false, Period.ZERO, Duration.ZERO));
    assertThat(DueOffset.parse(null)).isEqualTo(DueOffset.ZERO);
  }

  @Test
  void offsetsMoveTheAnchorInTheRegionsZone() {
    assertThat(DueOffset.parse("-PT1H").addTo(WORK_START, MOSCOW)).isEqualTo("2027-04-21T08:00:00+03:00");
    assertThat(DueOffset.parse("-P1DT12H").addTo(WORK_START, MOSCOW)).isEqualTo("2027-04-19T21:00:00+03:00");
    assertThat(DueOffset.parse("-P7D").addTo(WORK_START, MOSCOW)).isEqualTo("2027-04-14T09:00:00+03:00");
    // calendar months: 21 April + 2 months 7 days = 28 June
    assertThat(DueOffset.parse("P2M7D").addTo(OffsetDateTime.parse("2027-04-21T23:59:00+03:00"), MOSCOW))
        .isEqualTo("2027-06-28T23:59:00+03:00");
    assertThat(DueOffset.parse("PT45M").addTo(WORK_START, MOSCOW)).isEqualTo("2027-04-21T09:45:00+03:00");
    // an anchor given in another offset comes out in the region's
    assertThat(DueOffset.parse("P1D").addTo(OffsetDateTime.parse("2027-04-21T06:00:00Z"), MOSCOW))
        .isEqualTo("2027-04-22T09:00:00+03:00");
  }

  @Test
  void malformedOffsetsAreRefused() {
    for (String bad : List.of("1D", "P", "PT", "-P1DT", "P-1D", "PT-1H", "P1H", "hour")) {
      assertThatThrownBy(() -> DueOffset.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void everyAnchorOfTheTimingTableIsKnownAndEveryOffsetParses() {
    MemoTiming timing = MemoTiming.load();
    assertThat(timing.all()).hasSize(119);
    timing.all().forEach((id, due) -> {
      assertThat(Anchor.isKnown(due.anchor())).as(id + " anchor " + due.anchor()).isTrue();
      DueOffset.parse(due.offset());
    });
    assertThat(timing.dueOf("VPR-HEAD-COMPLETE-3")).isEqualTo(new MemoTiming.Due("reserve-date", "-P1DT12H", "work-day-end", "PT0S"));
    assertThatThrownBy(() -> DueRule.of("first-lesson", "PT0S")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTaskNameTellsTheSchoolSubjectAndClassOnce() {
    assertThat(TaskNames.withContext("Изучить нормативные документы ВПР", "Школа №1 (демо)", List.of("школа 9901"),
        "Математика", 5)).isEqualTo("Изучить нормативные документы ВПР — Школа №1 (демо), Математика, 5 класс");
    assertThat(TaskNames.withContext("Утвердить план-график ВПР в ОО", "Школа №1 (демо)", List.of(), null, null))
        .isEqualTo("Утвердить план-график ВПР в ОО — Школа №1 (демо)");
    assertThat(TaskNames.withContext("Школа 9901 не загрузила результаты: Математика, 4 класс", "Школа №1 (демо)",
        List.of("школа 9901"), "Математика", 4)).isEqualTo("Школа 9901 не загрузила результаты: Математика, 4 класс");
    assertThat(TaskNames.withContext("Получить доступ", "VPR-2027", List.of(), null, null))
        .isEqualTo("Получить доступ — VPR-2027");
    assertThat(TaskNames.withContext("Получить доступ", null, List.of(), null, null)).isEqualTo("Получить доступ");
  }
}
