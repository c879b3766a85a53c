package ru.lenobl.assessment.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database whose Camunda schema is of another major.minor version than the engine.
 *
 * <p>{@code camunda.bpm.database.schema-update: true} creates the schema on an empty database, but on an existing one
 * it only creates table groups that are missing entirely: it never runs Camunda's upgrade scripts and never checks the
 * schema's version (Camunda 7.24's {@code AbstractPersistenceSession.dbSchemaUpdate}). A new engine would run on an
 * old schema until some statement failed, mid-campaign. So the version is checked first: before Flyway migrates our
 * own tables and before the engine is built (whichever Spring does first; the check is one query), and a mismatch stops
 * the start with nothing changed. A different patch level of the same minor version is accepted.
 */
@Component
public class SchemaVersionGuard extends AbstractProcessEnginePlugin implements FlywayMigrationStrategy {

  private static final Logger LOG = LoggerFactory.getLogger(SchemaVersionGuard.class);

  private final DataSource dataSource;

  public SchemaVersionGuard(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void migrate(Flyway flyway) {
    check();
    flyway.migrate();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    check();
  }

  void check() {
    EngineSchemaVersion engine = engineVersion();
    try (Connection connection = dataSource.getConnection()) {
      Optional<EngineSchemaVersion> database = EngineSchemaVersion.of(connection);
      refusal(database, engine).ifPresent(message -> {
        throw new IllegalStateException(message);
      });
      database.ifPresentOrElse(
          version -> LOG.debug("Camunda schema {} in the database, engine {}", version, engine),
          () -> LOG.info("No Camunda schema in the database: the engine {} creates it", engine));
    } catch (SQLException e) {
      throw new IllegalStateException("The Camunda schema version of the database could not be read: " + e.getMessage(), e);
    }
  }

  /** Why the application must not start on this database's schema; empty when it may (or when there is none yet). */
  static Optional<String> refusal(Optional<EngineSchemaVersion> database, EngineSchemaVersion engine) {
    if (database.isEmpty() || database.get().sameMinorAs(engine)) {
      return Optional.empty();
    }
    EngineSchemaVersion schema = database.get();
    String what = "The database's Camunda schema is version " + schema + ", the engine of this application is "
        + engine + ". The application does not start on a schema of another minor version, and has changed nothing. ";
    String todo = schema.olderThan(engine)
        ? "Stop every node, back up the database, run Camunda's upgrade scripts from " + schema.major() + "."
            + schema.minor() + " to " + engine.major() + "." + engine.minor() + " in order ("
            + "org/camunda/bpm/engine/db/upgrade/<database>_engine_<from>_to_<to>.sql in camunda-engine-" + engine
            + ".jar), then start this version."
        : "The database was upgraded for a newer Camunda: start the application version that matches it, or restore "
            + "the backup taken before the upgrade.";
    return Optional.of(what + todo + " README: \"Upgrading Camunda\".");
  }

  static EngineSchemaVersion engineVersion() {
    String version = ProductPropertiesUtil.getProductVersion();
    return EngineSchemaVersion.parse(version)
        .orElseThrow(() -> new IllegalStateException("Camunda's engine version is unknown: " + version));
  }
}
