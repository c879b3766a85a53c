package ru.lenobl.assessment.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.context.ActiveProfilesResolver;

/** The Spring profiles of the integration tests: {@code test}, plus {@code -Dassessment.test.profiles} (e.g. postgres). */
public class TestProfiles implements ActiveProfilesResolver {

  public static String[] active() {
    List<String> profiles = new ArrayList<>(List.of("test"));
    profiles.addAll(TestDatabase.extraProfiles());
    return profiles.toArray(String[]::new);
  }

  @Override
  public String[] resolve(Class<?> testClass) {
    return active();
  }
}
