package ru.lenobl.assessment.testsupport;

import java.util.Arrays;
import java.util.List;

/**
 * Where the tests' engines keep their data: an in-memory H2 database by default, or the PostgreSQL database of the
 * {@code postgres} profile when the build is run with {@code -Dassessment.test.profiles=postgres} (see .ci/run),
 * configured by the same environment variables as production: DB_URL, DB_USER, DB_PASSWORD.
 */
public record TestDatabase(String driver, String url, String user, String password) {

  public static List<String> extraProfiles() {
    return Arrays.stream(System.getProperty("assessment.test.profiles", "").split(","))
        .map(String::trim)
        .filter(profile -> !profile.isEmpty())
        .toList();
  }

  public static boolean postgres() {
    return extraProfiles().contains("postgres");
  }

  public static TestDatabase forProcessTests() {
    if (postgres()) {
      String url = System.getenv("DB_URL");
      if (url == null || url.isBlank()) {
        throw new IllegalStateException("The postgres test profile needs DB_URL (and DB_USER, DB_PASSWORD)");
      }
      return new TestDatabase("org.postgresql.Driver", url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }
    return new TestDatabase("org.h2.Driver", "jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1", "sa", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
