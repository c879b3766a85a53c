package ru.lenobl.assessment.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.deployment.ClasspathModels;
import ru.lenobl.assessment.memos.MemoTimingCheck.Departure;
import ru.lenobl.assessment.memos.MemoTimingCheck.Listed;

/**
 * Each of the 119 memo actions runs at the level {@code memos/timing.json} gives it ({@code per}), is due when it says
 * ({@code due}) and opens after the actions it lists ({@code after}), unless {@code memos/timing-departures.json}
 * lists the difference with its reason.
 */
class MemoActionsFollowTheTimingTableTest {

  static final MemoActionModels MODELS = new MemoActionModels(new ClasspathModels().processes());

  @Test
  void everyModelIsReachedFromACampaignAndEveryMultiInstanceNamesItsLevel() {
    assertThat(MODELS.problems()).isEmpty();
  }

  @Test
  void everyActionOfTheTimingTableIsCheckedAndEveryTaskCarriesOneOfItsActions() {
    Map<String, MemoTimingCheck.Timing> timing = MemoTimingCheck.loadTiming();
    assertThat(timing).hasSize(119);
    assertThat(MODELS.tasksByAction().keySet()).containsExactlyInAnyOrderElementsOf(timing.keySet());
  }

  @Test
  void everyActionRunsAtItsLevelDueOnTimeAfterItsPrerequisitesOrTheDepartureIsListed() {
    List<Departure> found = new MemoTimingCheck(MODELS).departures();
    Map<String, Listed> listed = new LinkedHashMap<>();
    MemoTimingCheck.listed().forEach(entry -> listed.put(entry.key(), entry));
    Set<String> foundKeys = found.stream().map(Departure::key).collect(Collectors.toSet());

    List<String> problems = new ArrayList<>();
    for (Departure departure : found) {
      if (!listed.containsKey(departure.key())) {
        problems.add("not listed in src/test/resources/memos/timing-departures.json: " + departure);
      }
    }
    for (Listed entry : listed.values()) {
      if (!foundKeys.contains(entry.key())) {
        problems.add("listed in src/test/resources/memos/timing-departures.json but no longer a departure, remove it: "
            + entry.action() + " [" + entry.check() + "]");
      }
      if (entry.reason().isBlank() || entry.project().isBlank()) {
        problems.add("timing-departures.json: " + entry.key() + " needs what the project does and a reason");
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }
}
