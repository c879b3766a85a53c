package ru.lenobl.assessment.bench;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Date;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A whole VPR campaign, every task of every role driven to completion ({@link CampaignDriver}), against the bare
 * engine completing as many one-task processes in the same JVM and database ({@link BareEngine}).
 */
final class CampaignBenchmark {

  private CampaignBenchmark() {
  }

  /** The median of five GETs as the administrator, after one untimed, with the size of the answer. */
  private static String timed(BenchApp app, String path) {
    app.get(path);
    long[] times = new long[5];
    int size = 0;
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      java.net.http.HttpResponse<String> answer = app.get(path);
      times[i] = System.nanoTime() - start;
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
      }
      size = answer.body().length();
    }
    java.util.Arrays.sort(times);
    return Figures.millis(times[2]) + " (" + size / 1024 + " KB)";
  }

  static void run(String db, int schools, int worksPerSchool, int threads) throws Exception {
    Figures.heading("Whole campaign, " + db + ", " + schools + " schools × " + worksPerSchool + " works × 2 classrooms, "
        + threads + " thread(s)");
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2027-04-01T10:00:00+03:00").toInstant()));
    try (BenchApp app = BenchApp.start(db, false)) {
      HttpResponse<String> answer = app.postVprPlan("BENCH-CAMPAIGN", BenchPlan.vpr(schools, worksPerSchool));
      if (answer.statusCode() != 201) {
        throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
      }
      CampaignDriver driver = new CampaignDriver(app.engine, threads);
      long start = System.nanoTime();
      long left = driver.run();
      long campaign = System.nanoTime() - start;
      long tasks = driver.completed.get();
      long historic = app.engine.getHistoryService().createHistoricTaskInstanceQuery().count();
      long escalations = app.engine.getHistoryService().createHistoricTaskInstanceQuery().taskNameLike("%не загрузил%")
          .count();
      long reserveSessions = app.engine.getHistoryService().createHistoricActivityInstanceQuery()
          .activityId("Timer_ReserveDay").finished().count();
      StringBuilder frequent = new StringBuilder("most frequent tasks: ");
      app.engine.getHistoryService().createHistoricTaskInstanceQuery().list().stream()
          .collect(java.util.stream.Collectors.groupingBy(task -> task.getTaskDefinitionKey(), java.util.stream.Collectors.counting()))
          .entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
          .forEach(entry -> frequent.append(entry.getKey()).append(" × ").append(entry.getValue()).append("; "));
      String school = BenchPlan.schoolId(1);
      String municipality = BenchPlan.municipalityOf(1).id();
      String trail = timed(app, "/api/audit/trail?campaign=BENCH-CAMPAIGN&school=" + school);
      String monitoring = timed(app, "/api/monitoring?campaign=BENCH-CAMPAIGN&municipality=" + municipality);
      ClockUtil.reset();
      long bare;
      long bareStarts;
      try (BareEngine engine = new BareEngine(app.bean(DataSource.class))) {
        bare = engine.completeTasks((int) tasks, threads);
        bareStarts = engine.startNanos;
      }
      double campaignPerTask = (double) campaign / tasks;
      double barePerTask = (double) bare / tasks;
      Figures.row("tasks completed", tasks, "historic tasks", historic, "instances left", left);
      Figures.row("jobs run", driver.jobs.get(), "failed job runs", driver.failedJobs.get(), "conflicts retried",
          driver.conflicts.get());
      Figures.note(frequent.toString());
      Figures.row("results escalations", escalations, "reserve sessions", reserveSessions, "", "");
      Figures.row("campaign", Figures.seconds(campaign), "of which tasks", Figures.seconds(driver.taskNanos), "jobs",
          Figures.seconds(driver.jobNanos));
      Figures.row("one school's audit trail (median of 5)", trail, "one municipality's monitoring (median of 5)",
          monitoring, "", "");
      Figures.row("campaign tasks/s", tasks / (campaign / 1e9), "bare engine tasks/s", tasks / (bare / 1e9),
          "ratio campaign/bare per task", campaignPerTask / barePerTask);
      // A campaign's time includes creating its tasks; the bare engine's creation is its instances' start (one thread).
      Figures.row("bare engine start + completion tasks/s", tasks / ((bare + bareStarts) / 1e9),
          "ratio campaign/bare (start + completion) per task", (double) campaign / (bare + bareStarts), "", "");
    } finally {
      ClockUtil.reset();
    }
  }
}
