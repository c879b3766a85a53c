package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SchemaVersionGuardTest {

  private static final EngineSchemaVersion ENGINE = EngineSchemaVersion.parse("7.24.0").orElseThrow();

  @Test
  void anEmptyDatabaseHasNoSchemaVersionAndMayBeCreated() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:guard-empty", "sa", "")) {
      Optional<EngineSchemaVersion> version = EngineSchemaVersion.of(h2);

      assertThat(version).isEmpty();
      assertThat(SchemaVersionGuard.refusal(version, ENGINE)).isEmpty();
    }
  }

  @Test
  void theHighestLoggedVersionIsTheSchemasAndAnUpgradedSchemaIsAccepted() throws SQLException {
    try (Connection h2 = schemaLog("guard-upgraded", "7.20.0", "7.21.0", "7.22.0", "7.23.0", "7.24.0")) {
      Optional<EngineSchemaVersion> version = EngineSchemaVersion.of(h2);

      assertThat(version).map(EngineSchemaVersion::text).contains("7.24.0");
      assertThat(SchemaVersionGuard.refusal(version, ENGINE)).isEmpty();
    }
  }

  @Test
  void anotherPatchLevelOfTheSameMinorVersionIsAccepted() {
    assertThat(SchemaVersionGuard.refusal(EngineSchemaVersion.parse("7.24.3"), ENGINE)).isEmpty();
  }

  @Test
  void anOlderSchemaIsRefusedNamingBothVersionsAndTheUpgradeScripts() throws SQLException {
    try (Connection h2 = schemaLog("guard-older", "7.22.0", "7.23.0")) {
      Optional<String> refusal = SchemaVersionGuard.refusal(EngineSchemaVersion.of(h2), ENGINE);

      assertThat(refusal).hasValueSatisfying(message -> assertThat(message)
          .contains("schema is version 7.23.0", "engine of this application is 7.24.0", "upgrade scripts from 7.23 to 7.24",
              "camunda-engine-7.24.0.jar", "Upgrading Camunda"));
    }
  }

  @Test
  void aNewerSchemaIsRefused() {
    assertThat(SchemaVersionGuard.refusal(EngineSchemaVersion.parse("7.25.0"), ENGINE))
        .hasValueSatisfying(message -> assertThat(message).contains("7.25.0", "7.24.0", "newer Camunda"));
  }

  @Test
  void engineTablesWithoutASchemaLogAreASchemaOlderThan711AndRefused() throws SQLException {
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:mem:guard-ancient", "sa", "");
        Statement statement = h2.createStatement()) {
      statement.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ int)");

      assertThat(SchemaVersionGuard.refusal(EngineSchemaVersion.of(h2), ENGINE))
          .hasValueSatisfying(message -> assertThat(message).contains("older than 7.11", "7.24.0"));
    }
  }

  @Test
  void theEnginesOwnVersionIsTheLibrarys() {
    assertThat(SchemaVersionGuard.engineVersion().text()).isEqualTo("7.24.0");
  }

  private static Connection schemaLog(String database, String... versions) throws SQLException {
    Connection h2 = DriverManager.getConnection("jdbc:h2:mem:" + database, "sa", "");
    try (Statement statement = h2.createStatement()) {
      statement.execute("create table ACT_GE_SCHEMA_LOG (ID_ varchar(64) primary key, TIMESTAMP_ timestamp, VERSION_ varchar(255))");
      for (int i = 0; i < versions.length; i++) {
        statement.execute("insert into ACT_GE_SCHEMA_LOG values ('" + i * 100 + "', current_timestamp, '" + versions[i] + "')");
      }
    }
    return h2;
  }
}
