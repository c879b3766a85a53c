package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class SubtaskLookupIndexTest {

  @Test
  void noTaskTableNoIndex() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:subtask-index-empty", "sa", "")) {
      assertThat(SubtaskLookupIndex.create(h2)).isFalse();
    }
  }

  @Test
  void theTaskTableGetsItsParentIndexOnceOnH2() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:subtask-index", "sa", "");
        Statement statement = h2.createStatement()) {
      statement.execute("create table ACT_RU_TASK (ID_ varchar(64) primary key, PARENT_TASK_ID_ varchar(64))");
      assertThat(SubtaskLookupIndex.exists(h2)).isFalse();

      assertThat(SubtaskLookupIndex.create(h2)).isTrue();

      assertThat(SubtaskLookupIndex.exists(h2)).isTrue();
      assertThat(SubtaskLookupIndex.create(h2)).isFalse();
    }
  }

  /** Where DB_URL names a PostgreSQL database whose engine tables exist (.ci/run's PostgreSQL step). */
  @Test
  void onPostgresTheIndexExistsOnceTheEnginesTablesDo() throws SQLException {
    try (Connection postgres = PostgresUnderTest.connectOrSkip()) {
      PostgresUnderTest.assumeEngineTables(postgres);
      SubtaskLookupIndex.create(postgres);
      assertThat(SubtaskLookupIndex.exists(postgres)).isTrue();
      assertThat(SubtaskLookupIndex.create(postgres)).isFalse();
    }
  }
}
