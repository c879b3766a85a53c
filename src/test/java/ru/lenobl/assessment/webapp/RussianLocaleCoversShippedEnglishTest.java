package ru.lenobl.assessment.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.APP;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.json;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.leaves;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.ours;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.shipped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our ru.json of Tasklist and Welcome against the en.json shipped in Camunda's webapp jar: the same keys (so a Camunda
 * upgrade that adds or removes labels fails here, naming them), the same placeholders and HTML, and a translation
 * for every label.
 */
class RussianLocaleCoversShippedEnglishTest {

  /** English values that stay as they are in Russian: product names and symbols. */
  static final Set<String> SAME_IN_RUSSIAN = Set.of("", "Camunda", "Cockpit", "Admin", "<null>", "<undefined>",
      "<", "<=", ">", ">=");

  static final Pattern INTERPOLATION = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  static final Pattern MOMENT_PLACEHOLDER = Pattern.compile("%[ds]");
  static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void ruJsonHasExactlyTheKeysOfTheShippedEnJsonNestedKeysToo(String app) {
    Set<String> english = leaves(english(app)).keySet();
    Set<String> russian = leaves(russian(app)).keySet();

    Set<String> missing = new TreeSet<>(english);
    missing.removeAll(russian);
    Set<String> extra = new TreeSet<>(russian);
    extra.removeAll(english);

    assertThat(english).as("the shipped en.json of %s was read", app).hasSizeGreaterThan(100);
    SoftAssertions.assertSoftly(softly -> {
      softly.assertThat(missing).as("keys of the shipped %s/locales/en.json missing in our ru.json", app).isEmpty();
      softly.assertThat(extra).as("keys of our %s/locales/ru.json that the shipped en.json no longer has", app)
          .isEmpty();
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyRussianValueKeepsThePlaceholdersAndTagsOfTheEnglishOne(String app) {
    Map<String, JsonNode> english = leaves(english(app));
    Map<String, JsonNode> russian = leaves(russian(app));
    List<String> problems = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode ru = russian.get(key);
      if (ru == null || !en.isTextual()) {
        return;
      }
      for (Pattern pattern : List.of(INTERPOLATION, MOMENT_PLACEHOLDER, HTML_TAG)) {
        List<String> inEnglish = found(pattern, en.asText());
        List<String> inRussian = found(pattern, ru.asText());
        if (!inEnglish.equals(inRussian)) {
          problems.add(key + ": en " + inEnglish + ", ru " + inRussian);
        }
      }
    });
    assertThat(problems).as("%s/locales/ru.json: placeholders or tags differing from en.json", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyLabelIsTranslatedExceptProductNamesAndSymbols(String app) {
    Map<String, JsonNode> english = leaves(english(app).get("labels"));
    Map<String, JsonNode> russian = leaves(russian(app).get("labels"));
    List<String> untranslated = new ArrayList<>();
    english.forEach((key, en) -> {
      JsonNode ru = russian.get(key);
      if (ru != null && ru.asText().equals(en.asText()) && !SAME_IN_RUSSIAN.contains(en.asText())) {
        untranslated.add(key + " = " + en.asText());
      }
    });
    assertThat(untranslated).as("%s/locales/ru.json: labels left in English", app).isEmpty();
  }

  static JsonNode english(String app) {
    return json(shipped(APP + app + "/locales/en.json"));
  }

  static JsonNode russian(String app) {
    return json(ours(APP + app + "/locales/ru.json"));
  }

  private static List<String> found(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
    }
    found.sort(null);
    return found;
  }
}
