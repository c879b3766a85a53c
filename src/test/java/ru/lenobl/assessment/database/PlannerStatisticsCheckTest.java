package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class PlannerStatisticsCheckTest {

  @Test
  void anEmbeddedH2DatabaseGivesNoWarning() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:statistics-check", "sa", "")) {
      assertThat(PlannerStatisticsCheck.warning(h2)).isEmpty();
    }
  }

  /** Runs where DB_URL names a PostgreSQL database (.ci/run's PostgreSQL step); the CI server has autovacuum off. */
  @Test
  void aPostgresServerWithAutovacuumOffIsNamedInTheWarning() throws SQLException {
    try (Connection postgres = PostgresUnderTest.connectOrSkip();
        Statement statement = postgres.createStatement();
        ResultSet setting = statement.executeQuery("show autovacuum")) {
      setting.next();
      boolean off = "off".equals(setting.getString(1));
      if (off) {
        assertThat(PlannerStatisticsCheck.warning(postgres)).hasValueSatisfying(
            warning -> assertThat(warning).contains("autovacuum = off").contains("ANALYZE"));
      } else {
        assertThat(PlannerStatisticsCheck.warning(postgres)).isEmpty();
      }
    }
  }
}
