package ru.lenobl.assessment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import ru.lenobl.assessment.AssessmentWorkflowApplication;
import ru.lenobl.assessment.testsupport.PlanUpload;

/**
 * The packaged application, started in this JVM on a fresh database: an H2 file in a temporary folder, or a new
 * PostgreSQL database on {@code BENCH_PG} (default {@code 127.0.0.1:5432}, user {@code postgres}, dropped afterwards).
 * Authorizations are on as in production; the benchmark's administrator is {@link #ADMIN}.
 */
final class BenchApp implements AutoCloseable {

  static final String ADMIN = "bench-admin";
  static final String ADMIN_PASSWORD = "bench-admin-secret";

  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final String db;
  private final String postgresDatabase;
  private final boolean dropOnClose;
  private final java.util.concurrent.ScheduledExecutorService analyzer;
  private final HttpClient http = HttpClient.newHttpClient();

  private BenchApp(ConfigurableApplicationContext context, String db, String postgresDatabase, boolean dropOnClose) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.db = db;
    this.postgresDatabase = postgresDatabase;
    this.dropOnClose = dropOnClose;
    this.analyzer = postgresDatabase != null && autovacuumOff() ? analyzeLikeAutovacuum(postgresDatabase) : null;
  }

  /**
   * This machine's PostgreSQL runs with autovacuum off (its CI configuration), so the planner never learns that the
   * engine's tables grew. A production server has it on (the default); the benchmark stands in for its analyze, on its
   * own database only, with autovacuum's default rule: every minute, ANALYZE each table changed by more than
   * 50 rows + 10 % of its rows since its last analyze (VACUUM is not emulated).
   */
  private static java.util.concurrent.ScheduledExecutorService analyzeLikeAutovacuum(String database) {
    Figures.note("PostgreSQL has autovacuum off: the benchmark stands in for autovacuum's analyze on " + database
        + " (every minute, each table changed by more than 50 rows + 10 %)");
    java.util.concurrent.ScheduledExecutorService analyzer = java.util.concurrent.Executors
        .newSingleThreadScheduledExecutor(runnable -> {
          Thread thread = new Thread(runnable, "bench-analyze");
          thread.setDaemon(true);
          return thread;
        });
    analyzer.scheduleWithFixedDelay(() -> {
      try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
        java.util.List<String> stale = new java.util.ArrayList<>();
        try (java.sql.ResultSet tables = statement.executeQuery("select relname from pg_stat_user_tables"
            + " where n_mod_since_analyze > 50 + 0.1 * greatest(n_live_tup, 0)")) {
          while (tables.next()) {
            stale.add(tables.getString(1));
          }
        }
        for (String table : stale) {
          statement.execute("analyze " + table);
        }
      } catch (SQLException e) {
        System.out.println("ANALYZE failed: " + e.getMessage());
      }
    }, 0, 60, java.util.concurrent.TimeUnit.SECONDS);
    return analyzer;
  }

  private static boolean autovacuumOff() {
    try (Connection connection = connect("postgres"); Statement statement = connection.createStatement();
        java.sql.ResultSet setting = statement.executeQuery("show autovacuum")) {
      return setting.next() && "off".equals(setting.getString(1));
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL on " + postgresHost() + ": " + e.getMessage(), e);
    }
  }

  static BenchApp start(String db, boolean jobExecutor) {
    return start(db, jobExecutor, null, false);
  }

  /**
   * As {@link #start(String, boolean)}; with {@code reuse} the named PostgreSQL database of an earlier run is used
   * again as it is, and with {@code keep} the database is not dropped at the end (its name is printed).
   */
  static BenchApp start(String db, boolean jobExecutor, String reuse, boolean keep) {
    Map<String, Object> properties = new HashMap<>();
    properties.put("server.port", 0);
    properties.put("camunda.bpm.admin-user.id", ADMIN);
    properties.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
    properties.put("camunda.bpm.job-execution.enabled", jobExecutor);
    properties.put("logging.level.root", "WARN");
    properties.put("logging.level.ru.lenobl", "WARN");
    properties.put("spring.main.banner-mode", "off");
    String postgresDatabase = null;
    SpringApplicationBuilder app = new SpringApplicationBuilder(AssessmentWorkflowApplication.class);
    if ("postgres".equals(db)) {
      if (reuse == null) {
        postgresDatabase = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("create database " + postgresDatabase);
      } else {
        postgresDatabase = reuse;
      }
      if (reuse != null || keep) {
        System.out.println("PostgreSQL database (kept): " + postgresDatabase);
      }
      properties.put("spring.datasource.url", "jdbc:postgresql://" + postgresHost() + "/" + postgresDatabase);
      properties.put("spring.datasource.username", "postgres");
      properties.put("spring.datasource.password", "");
      app.profiles("postgres");
      if (Boolean.getBoolean("bench.stockPlanner")) {
        // The planner settings of application-postgres.yaml off: PostgreSQL's own defaults, for a before/after figure.
        properties.put("spring.datasource.hikari.connection-init-sql", "select 1");
        Figures.note("planner settings: PostgreSQL's defaults (bench.stockPlanner)");
      }
    } else {
      try {
        Path folder = Files.createTempDirectory("bench-h2");
        properties.put("spring.datasource.url", "jdbc:h2:file:" + folder.resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    // Command-line arguments: they take precedence over application.yaml, as an operator's settings do.
    String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
        .toArray(String[]::new);
    ConfigurableApplicationContext context = app.run(arguments);
    return new BenchApp(context, db, postgresDatabase, reuse == null && !keep);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  /** Posts a VPR plan as the administrator's browser does; answers the status and the body. */
  HttpResponse<String> postVprPlan(String campaignId, byte[] csv) {
    PlanUpload upload = PlanUpload.of(Map.of("campaignId", campaignId, "windowStart", BenchPlan.WINDOW_START.toString(),
        "windowEnd", BenchPlan.WINDOW_END.toString()), csv);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/api/vpr/campaigns"))
        .header("Content-Type", upload.contentType())
        .header("Authorization", adminAuthorization())
        .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build();
    return send(request);
  }

  /** GET as the administrator; answers the status and the body. */
  HttpResponse<String> get(String pathAndQuery) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + pathAndQuery))
        .header("Authorization", adminAuthorization())
        .GET().build();
    return send(request);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String adminAuthorization() {
    return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** A connection to {@code database} on {@link #postgresHost()} as the benchmark's PostgreSQL user. */
  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://" + postgresHost() + "/" + database, "postgres", "");
  }

  @Override
  public void close() {
    if (analyzer != null) {
      analyzer.shutdownNow();
    }
    context.close();
    if (postgresDatabase != null && dropOnClose) {
      admin("drop database if exists " + postgresDatabase + " with (force)");
    }
  }

  static String postgresHost() {
    String host = System.getenv("BENCH_PG");
    return host == null || host.isBlank() ? "127.0.0.1:5432" : host;
  }

  private static void admin(String sql) {
    try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL on " + postgresHost() + ": " + e.getMessage(), e);
    }
  }
}
