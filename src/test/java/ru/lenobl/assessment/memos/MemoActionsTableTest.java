package ru.lenobl.assessment.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * README's table of the memo actions (between {@code <!-- memo-actions:start -->} and {@code <!-- memo-actions:end -->})
 * is what {@link MemoActionsTable} writes from the models, the catalog, timing.json and the listed departures.
 * {@code -Dmemo.table.write=true} rewrites it.
 */
class MemoActionsTableTest {

  static final Path README = Path.of("README.md");
  static final String REGENERATE = "mvn -B test -Dtest=MemoActionsTableTest -Dmemo.table.write=true";

  @Test
  void readmeShowsEveryMemoActionAsTheModelsHaveIt() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(MemoActionsTable.START);
    int end = readme.indexOf(MemoActionsTable.END);
    assertThat(start).as("README.md has the markers " + MemoActionsTable.START + " and " + MemoActionsTable.END)
        .isNotNegative();
    assertThat(end).as("README.md has the marker " + MemoActionsTable.END).isGreaterThan(start);
    String current = readme.substring(start, end + MemoActionsTable.END.length());
    String generated = MemoActionsTable.generate(MemoActionsFollowTheTimingTableTest.MODELS);

    if (Boolean.getBoolean("memo.table.write")) {
      Files.writeString(README, readme.substring(0, start) + generated
          + readme.substring(end + MemoActionsTable.END.length()), StandardCharsets.UTF_8);
      return;
    }
    assertThat(current).as("README.md's memo-actions table is out of date; regenerate it with: " + REGENERATE)
        .isEqualTo(generated);
  }

  @Test
  void theTableHasARowForEachOfThe119Actions() {
    String generated = MemoActionsTable.generate(MemoActionsFollowTheTimingTableTest.MODELS);
    String actions = generated.substring(0, generated.indexOf("**Departures"));
    long rows = actions.lines().filter(line -> line.matches("\\| (VPR|NIKO)-[A-Z]+-[A-Z]+-\\d+ \\| .*")).count();
    assertThat(rows).isEqualTo(119);
  }

  @Test
  void dueDatesReadAsWords() {
    assertThat(MemoActionsTable.dueInWords("work-start -PT1H")).isEqualTo("1 hour before the work's start");
    assertThat(MemoActionsTable.dueInWords("work-day-end P2M7D")).isEqualTo("2 months 7 days after the end of the work's day");
    assertThat(MemoActionsTable.dueInWords("reserve-date -P1DT12H")).isEqualTo("1 day 12 hours before the reserve session's start");
    assertThat(MemoActionsTable.dueInWords("plan-imported PT0S")).isEqualTo("at the plan's import");
    assertThat(MemoActionsTable.dueInWords("camunda:dueDate ${resultsDueAt}"))
        .isEqualTo("the work's results due date (the model's `${resultsDueAt}`)");
  }
}
