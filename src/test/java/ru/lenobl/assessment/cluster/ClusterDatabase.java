package ru.lenobl.assessment.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh PostgreSQL database for the nodes (PGHOST, PGPORT, PGUSER as for psql; 127.0.0.1:5432, postgres by
 * default), dropped afterwards.
 */
final class ClusterDatabase implements AutoCloseable {

  private final String name = "assessment_cluster_" + System.currentTimeMillis();

  private ClusterDatabase() {
  }

  static ClusterDatabase create() {
    ClusterDatabase database = new ClusterDatabase();
    database.admin("create database " + database.name);
    return database;
  }

  /** The {@code postgres} profile's variables for this database. */
  Map<String, String> environment() {
    return Map.of("DB_URL", "jdbc:postgresql://" + host() + ":" + port() + "/" + name,
        "DB_USER", user(), "DB_PASSWORD", System.getenv().getOrDefault("PGPASSWORD", ""));
  }

  @Override
  public void close() {
    admin("drop database if exists " + name + " with (force)");
  }

  private void admin(String sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port() + "/postgres",
        user(), System.getenv().getOrDefault("PGPASSWORD", ""));
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + host() + ":" + port() + ": " + sql + ": " + e.getMessage(), e);
    }
  }

  private static String host() {
    return System.getenv().getOrDefault("PGHOST", "127.0.0.1");
  }

  private static String port() {
    return System.getenv().getOrDefault("PGPORT", "5432");
  }

  private static String user() {
    return System.getenv().getOrDefault("PGUSER", "postgres");
  }
}
