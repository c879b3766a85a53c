package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class TaskListStatisticsTest {

  @Test
  void anEmbeddedH2DatabaseGetsNoStatistics() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:task-list-statistics", "sa", "")) {
      assertThat(TaskListStatistics.create(h2)).isFalse();
    }
  }

  /**
   * Runs where DB_URL names a PostgreSQL database (.ci/run's PostgreSQL step, whose application tests have created the
   * engine's tables and these statistics at start-up): they exist, and a second creation changes nothing.
   */
  @Test
  void onPostgresTheStatisticsExistOnceTheEnginesTablesDo() throws SQLException {
    String url = System.getenv("DB_URL");
    assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "no PostgreSQL in DB_URL");
    try (Connection postgres = DriverManager.getConnection(url, System.getenv().getOrDefault("DB_USER", "postgres"),
        System.getenv().getOrDefault("DB_PASSWORD", ""))) {
      boolean engineTables;
      try (Statement statement = postgres.createStatement()) {
        engineTables = statement.executeQuery("select to_regclass('act_ru_authorization') is not null").next()
            && statement.getResultSet().getBoolean(1);
      }
      assumeTrue(engineTables, "the engine's tables are not created yet in this database");
      TaskListStatistics.create(postgres);
      assertThat(TaskListStatistics.exists(postgres)).isTrue();
      assertThat(TaskListStatistics.create(postgres)).isFalse();
    }
  }
}
