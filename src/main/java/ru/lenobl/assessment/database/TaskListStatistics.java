package ru.lenobl.assessment.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics on the permission bits the task list's authorization check tests. The engine's check
 * filters authorizations by {@code PERMS_ & 2 = 2} (read a task) and {@code PERMS_ & 64 = 64} (read the tasks of a
 * process definition); PostgreSQL guesses 0.5 % for such an expression, so for a school coordinator's «Все задачи» it
 * expected 139 of the 28 000 authorizations of the coordinators' group, joined them to every task of the school by a
 * loop, and took 810 ms at 100 000 open tasks. With statistics on the two expressions it takes 13 ms (BENCHMARKS.md).
 * The engine creates its tables at start-up, so this runs when the application is ready, not in a Flyway migration;
 * it is created once ({@code if not exists}), and the table is analyzed then so that it counts at once.
 */
@Component
public class TaskListStatistics {

  static final String NAME = "assessment_authorization_read_bits";
  private static final Logger LOG = LoggerFactory.getLogger(TaskListStatistics.class);

  private final DataSource dataSource;

  public TaskListStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createOnPostgres() {
    try (Connection connection = dataSource.getConnection()) {
      if (create(connection)) {
        LOG.info("PostgreSQL: statistics {} on ACT_RU_AUTHORIZATION's permission bits created", NAME);
      }
    } catch (SQLException e) {
      LOG.warn("PostgreSQL: statistics {} not created ({}); the task list may be slower", NAME, e.getMessage());
    }
  }

  /** Creates the statistics on PostgreSQL when they are missing; answers whether it created them. */
  static boolean create(Connection connection) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) || exists(connection)) {
      return false;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("create statistics if not exists " + NAME
          + " on (perms_ & 2), (perms_ & 64) from act_ru_authorization");
      statement.execute("analyze act_ru_authorization");
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return true;
  }

  static boolean exists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet found = statement.executeQuery("select 1 from pg_statistic_ext where stxname = '" + NAME + "'")) {
      return found.next();
    }
  }
}
