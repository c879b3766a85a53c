package ru.lenobl.assessment.database;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The PostgreSQL database the tests run on when {@code DB_URL} names one (.ci/run's PostgreSQL step); else a skip. */
final class PostgresUnderTest {

  private PostgresUnderTest() {
  }

  static Connection connectOrSkip() throws SQLException {
    String url = System.getenv("DB_URL");
    assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "no PostgreSQL in DB_URL");
    return DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "postgres"),
        System.getenv().getOrDefault("DB_PASSWORD", ""));
  }

  /** Skips unless the engine's tables exist in this database (the application tests create them). */
  static void assumeEngineTables(Connection postgres) throws SQLException {
    try (var statement = postgres.createStatement();
        var found = statement.executeQuery("select to_regclass('act_ru_task') is not null")) {
      assumeTrue(found.next() && found.getBoolean(1), "the engine's tables are not created yet in this database");
    }
  }
}
