package ru.lenobl.assessment.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Camunda version a database's engine schema is at. Every create and upgrade script of Camunda (7.11 and later)
 * adds a row to {@code ACT_GE_SCHEMA_LOG} with its version, so the highest {@code VERSION_} there is the schema's
 * version. ({@code ACT_GE_PROPERTY}'s {@code schema.version} says {@code fox} on every version, so it tells nothing.)
 */
public record EngineSchemaVersion(int major, int minor, String text) {

  /** A schema made before 7.11, which has engine tables but no schema log. */
  static final EngineSchemaVersion BEFORE_SCHEMA_LOG = new EngineSchemaVersion(7, 10, "older than 7.11");

  /** The version of the engine's schema in this database; empty when the database has no engine tables yet. */
  public static Optional<EngineSchemaVersion> of(Connection connection) throws SQLException {
    if (!tableExists(connection, "ACT_GE_SCHEMA_LOG")) {
      return tableExists(connection, "ACT_GE_PROPERTY") ? Optional.of(BEFORE_SCHEMA_LOG) : Optional.empty();
    }
    List<EngineSchemaVersion> logged = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select VERSION_ from ACT_GE_SCHEMA_LOG")) {
      while (rows.next()) {
        parse(rows.getString(1)).ifPresent(logged::add);
      }
    }
    return logged.stream().max(Comparator.comparingInt(EngineSchemaVersion::major)
        .thenComparingInt(EngineSchemaVersion::minor).thenComparingInt(EngineSchemaVersion::patch));
  }

  /** {@code 7.24.0}, {@code 7.24.1-ee} or {@code 7.25.0-SNAPSHOT}; empty when it does not start with major.minor. */
  public static Optional<EngineSchemaVersion> parse(String version) {
    if (version == null) {
      return Optional.empty();
    }
    String[] parts = version.trim().split("[.-]");
    try {
      return parts.length < 2 ? Optional.empty()
          : Optional.of(new EngineSchemaVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), version.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public boolean sameMinorAs(EngineSchemaVersion other) {
    return major == other.major && minor == other.minor;
  }

  public boolean olderThan(EngineSchemaVersion other) {
    return major < other.major || major == other.major && minor < other.minor;
  }

  int patch() {
    String[] parts = text.split("[.-]");
    try {
      return parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public String toString() {
    return text;
  }

  private static boolean tableExists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    String schema = connection.getSchema();
    for (String name : new String[] {table, table.toLowerCase()}) {
      try (ResultSet tables = metaData.getTables(null, schema, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
