package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

import ru.lenobl.assessment.AssessmentWorkflowApplication;
import ru.lenobl.assessment.testsupport.TestDatabase;
import ru.lenobl.assessment.testsupport.TestProfiles;

/**
 * The whole application, on a database of its own (an H2 file, or a scratch PostgreSQL database next to DB_URL's), is
 * started once to create the schema; then the schema log is made to say another Camunda version, as after a forgotten
 * upgrade script or a roll-back of the application, and the application must refuse to start and change nothing.
 */
class SchemaVersionGuardIT {

  @Test
  void anExistingDatabaseWhoseCamundaSchemaIsOfAnotherMinorVersionIsRefusedAndLeftUnchanged(@TempDir Path data)
      throws SQLException {
    try (ScratchDatabase database = ScratchDatabase.create(data)) {
      List<String> arguments = List.of("--server.port=0", "--camunda.bpm.process-engine-name=schemaguardtest",
          "--spring.datasource.url=" + database.url());
      new SpringApplicationBuilder(AssessmentWorkflowApplication.class).profiles(TestProfiles.active())
          .run(arguments.toArray(String[]::new)).close();

      database.execute("update ACT_GE_SCHEMA_LOG set VERSION_ = '7.23.0'");
      Map<String, Long> before = database.rowCounts();
      assertThatThrownBy(() -> start(arguments)).rootCause().hasMessageContaining(
          "schema is version 7.23.0, the engine of this application is 7.24.0", "upgrade scripts from 7.23 to 7.24",
          "Upgrading Camunda");
      assertThat(database.rowCounts()).isEqualTo(before);
      assertThat(database.schemaLog()).containsOnly("7.23.0");

      database.execute("update ACT_GE_SCHEMA_LOG set VERSION_ = '7.24.0'");
      database.execute("insert into ACT_GE_SCHEMA_LOG values ('99999', current_timestamp, '7.25.0')");
      before = database.rowCounts();
      assertThatThrownBy(() -> start(arguments)).rootCause().hasMessageContaining(
          "schema is version 7.25.0, the engine of this application is 7.24.0", "newer Camunda");
      assertThat(database.rowCounts()).isEqualTo(before);
    }
  }

  private static void start(List<String> arguments) {
    new SpringApplicationBuilder(AssessmentWorkflowApplication.class).profiles(TestProfiles.active())
        .run(arguments.toArray(String[]::new)).close();
  }

  /** A database for this test only: an H2 file under the test's folder, or a PostgreSQL database dropped afterwards. */
  private record ScratchDatabase(String url, String user, String password, Runnable drop) implements AutoCloseable {

    static ScratchDatabase create(Path folder) throws SQLException {
      if (!TestDatabase.postgres()) {
        return new ScratchDatabase("jdbc:h2:file:" + folder.resolve("guard").toAbsolutePath(), "sa", "", () -> { });
      }
      TestDatabase server = TestDatabase.forProcessTests();
      String name = "schema_guard_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
      try (Connection admin = DriverManager.getConnection(server.url(), server.user(), server.password());
          Statement statement = admin.createStatement()) {
        statement.execute("create database " + name);
      }
      String base = server.url();
      int slash = base.lastIndexOf('/');
      int query = base.indexOf('?', slash);
      String url = base.substring(0, slash + 1) + name + (query < 0 ? "" : base.substring(query));
      return new ScratchDatabase(url, server.user(), server.password(), () -> {
        try (Connection admin = DriverManager.getConnection(server.url(), server.user(), server.password());
            Statement statement = admin.createStatement()) {
          statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
          throw new IllegalStateException("scratch database " + name + " not dropped", e);
        }
      });
    }

    void execute(String sql) throws SQLException {
      try (Connection connection = connect(); Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }

    List<String> schemaLog() throws SQLException {
      List<String> versions = new ArrayList<>();
      try (Connection connection = connect(); Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
        while (rows.next()) {
          versions.add(rows.getString(1));
        }
      }
      return versions;
    }

    /** Every table of the database with its number of rows: the engine's, Flyway's and ours. */
    Map<String, Long> rowCounts() throws SQLException {
      Map<String, Long> counts = new TreeMap<>();
      try (Connection connection = connect()) {
        List<String> tables = new ArrayList<>();
        try (ResultSet found = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
          while (found.next()) {
            tables.add(found.getString("TABLE_NAME"));
          }
        }
        for (String table : tables) {
          try (Statement statement = connection.createStatement();
              ResultSet count = statement.executeQuery("select count(*) from \"" + table + "\"")) {
            count.next();
            counts.put(table.toUpperCase(), count.getLong(1));
          }
        }
      }
      assertThat(counts).containsKeys("ACT_RE_PROCDEF", "ACT_GE_SCHEMA_LOG", "ASSESSMENT_CAMPAIGN");
      return counts;
    }

    private Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() {
      drop.run();
    }
  }
}
