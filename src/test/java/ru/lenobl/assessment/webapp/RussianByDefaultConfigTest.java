package ru.lenobl.assessment.webapp;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.APP;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.configObject;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.leaves;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.ours;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.oursExists;
import static ru.lenobl.assessment.webapp.CamundaWebappResources.shipped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our scripts/config.js of Tasklist and Welcome: Russian for every browser, the shipped settings kept, and the
 * Camunda 8 migration banner hidden.
 */
class RussianByDefaultConfigTest {

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void comesUpInRussianForRussianEnglishGermanAndOtherBrowsers(String app) {
    JsonNode locales = config(app).path("locales");
    List<String> available = new ArrayList<>();
    locales.path("availableLocales").forEach(locale -> available.add(locale.asText()));
    String fallback = locales.path("fallbackLocale").asText();

    for (String browserLanguage : List.of("ru-RU", "ru", "en-US", "en", "de-DE", "fr", "")) {
      assertThat(preferredLocale(available, fallback, browserLanguage))
          .as("%s for a browser whose first language is «%s»", app, browserLanguage).isEqualTo("ru");
    }
    for (String locale : available) {
      String file = APP + app + "/locales/" + locale + ".json";
      assertThat(locale.equals("ru") ? oursExists(file) : !shipped(file).isEmpty())
          .as("%s offers %s, so %s exists", app, locale, file).isTrue();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void keepsEverySettingOfTheShippedConfig(String app) {
    JsonNode shippedConfig = configObject(shipped(APP + app + "/scripts/config.js"));
    JsonNode ourConfig = config(app);

    Set<String> lost = new TreeSet<>(leaves(shippedConfig).keySet());
    lost.removeAll(leaves(ourConfig).keySet());
    assertThat(lost).as("settings of the shipped %s config.js missing in ours", app).isEmpty();
    shippedConfig.path("shortcuts").fields().forEachRemaining(shortcut ->
        assertThat(ourConfig.path("shortcuts").path(shortcut.getKey()).path("key").asText())
            .as("%s shortcut %s", app, shortcut.getKey()).isEqualTo(shortcut.getValue().path("key").asText()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void hidesTheCamunda8MigrationBannerAndTheFirstLoginWelcomeBox(String app) {
    String bundle = shipped(APP + app + "/camunda-" + app + "-bootstrap.js");
    assertThat(bundle).as("the shipped %s header still marks the banner with the class we hide", app)
        .contains("class=\"ce-eol-banner\"");
    assertThat(ours(APP + app + "/styles/user-styles.css").replaceAll("\\s+", " "))
        .contains(".ce-eol-banner { display: none !important; }");
    assertThat(config(app).path("disableWelcomeMessage").asBoolean()).as("%s disableWelcomeMessage", app).isTrue();
  }

  static JsonNode config(String app) {
    return configObject(ours(APP + app + "/scripts/config.js"));
  }

  /**
   * The webapps' choice of language (camunda-commons-ui, $translateProvider.determinePreferredLanguage): the browser's
   * first language without its region when it is one of availableLocales, fallbackLocale otherwise.
   */
  static String preferredLocale(List<String> available, String fallback, String browserLanguage) {
    String language = browserLanguage.split("-")[0].toLowerCase(Locale.ROOT);
    return available.contains(language) ? language : fallback;
  }
}
