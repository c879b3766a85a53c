package ru.lenobl.assessment.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the PostgreSQL server has autovacuum off. The engine's tables grow from nothing to hundreds of
 * thousands of rows during a campaign's fan-out; without autovacuum's ANALYZE the planner never learns that, and
 * looking up one execution's variables becomes a scan of every variable (measured: 250 ms instead of 0.05 ms at
 * 600 000 variables, see BENCHMARKS.md). The application keeps running; the operator turns autovacuum back on or runs
 * ANALYZE on a schedule.
 */
@Component
public class PlannerStatisticsCheck {

  private static final Logger LOG = LoggerFactory.getLogger(PlannerStatisticsCheck.class);

  private final DataSource dataSource;

  public PlannerStatisticsCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void warnWhenStatisticsGoStale() {
    try (Connection connection = dataSource.getConnection()) {
      warning(connection).ifPresent(LOG::warn);
    } catch (SQLException e) {
      LOG.debug("autovacuum setting not read: {}", e.getMessage());
    }
  }

  /** The warning for this database, or empty when it is not PostgreSQL or autovacuum is on. */
  static Optional<String> warning(Connection connection) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return Optional.empty();
    }
    try (Statement statement = connection.createStatement();
        ResultSet setting = statement.executeQuery("show autovacuum")) {
      if (setting.next() && "off".equalsIgnoreCase(setting.getString(1))) {
        return Optional.of("PostgreSQL runs with autovacuum = off: the planner's statistics of the engine's tables go "
            + "stale as campaigns grow, and the engine's queries slow down by orders of magnitude. Turn autovacuum on "
            + "(the PostgreSQL default), or run ANALYZE on this database regularly (README, \"PostgreSQL\").");
      }
      return Optional.empty();
    }
  }
}
