package ru.lenobl.assessment.campaign.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.tabular.ImportError;

/** The plan import keeps its wording now that the table reader is shared with the staff roster. */
class PlanFileReaderTest {

  @Test
  void anEmptyPlanAndAHeaderOnlySpeakOfThePlanSchedule() {
    assertThat(rejected("")).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(1, "file", "Файл пуст: нет строки заголовков и строк плана-графика"));
    String header = String.join(";", VprPlanParser.COLUMNS.stream().map(c -> c.russianHeader()).toList()) + "\n";
    assertThat(rejected(header)).extracting(ImportError::line, ImportError::column, ImportError::message)
        .containsExactly(tuple(2, "file", "В файле только строка заголовков, нет ни одной работы"));
  }

  private static List<ImportError> rejected(String csv) {
    PlanRejectedException rejected = catchThrowableOfType(PlanRejectedException.class,
        () -> PlanFileReader.read(csv.getBytes(StandardCharsets.UTF_8), "plan.csv", VprPlanParser.COLUMNS));
    assertThat(rejected).isNotNull();
    return rejected.errors();
  }
}
