package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

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
    try (Connection postgres = PostgresUnderTest.connectOrSkip()) {
      PostgresUnderTest.assumeEngineTables(postgres);
      TaskListStatistics.create(postgres);
      assertThat(TaskListStatistics.exists(postgres)).isTrue();
      assertThat(TaskListStatistics.create(postgres)).isFalse();
    }
  }
}
