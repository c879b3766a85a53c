package ru.lenobl.assessment.bench;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.TaskService;

/**
 * The import of a region's plan on a running node with its job executor: how long the answer takes, how long until
 * every school's first task (the school coordinator's «Изучить нормативные документы ВПР») exists, and the peak heap.
 */
final class ImportBenchmark {

  private ImportBenchmark() {
  }

  static void run(String db, List<Integer> schoolCounts, int worksPerSchool) {
    Figures.heading("Import, " + db + ", " + worksPerSchool + " works × 2 classrooms per school");
    Figures.row("schools", "works", "answer", "every school's first task", "per school", "whole fan-out (every work)",
        "per school", "peak heap");
    Figures.row("---", "---", "---", "---", "---", "---", "---", "---");
    for (int schools : schoolCounts) {
      try (BenchApp app = BenchApp.start(db, true)) {
        byte[] plan = BenchPlan.vpr(schools, worksPerSchool);
        // A first small import loads and compiles what every import uses, as on a node that has been running.
        if (app.postVprPlan("BENCH-WARMUP", BenchPlan.vpr(1, 1)).statusCode() != 201) {
          throw new IllegalStateException("the warm-up import was refused");
        }
        waitForTheFanOut(app, System.nanoTime());
        Figures.resetHeapPeak();
        long start = System.nanoTime();
        HttpResponse<String> answer = app.postVprPlan("BENCH-" + schools, plan);
        long answered = System.nanoTime() - start;
        if (answer.statusCode() != 201) {
          throw new IllegalStateException("import answered " + answer.statusCode() + ": " + answer.body());
        }
        TaskService tasks = app.engine.getTaskService();
        long firstTasks;
        while (true) {
          long count = tasks.createTaskQuery().processDefinitionKey("vpr-school-coordinator-preparation")
              .taskDefinitionKey("Task_StudyRegulations").processInstanceBusinessKeyLike("BENCH-" + schools + "/%")
              .count();
          if (count >= schools) {
            firstTasks = System.nanoTime() - start;
            break;
          }
          if (System.nanoTime() - start > 30L * 60 * 1_000_000_000L) {
            throw new IllegalStateException("after 30 minutes only " + count + " of " + schools + " schools have a task");
          }
          sleep(100);
        }
        long fanOut = waitForTheFanOut(app, start);
        Figures.row(schools, schools * worksPerSchool, Figures.seconds(answered), Figures.seconds(firstTasks),
            Figures.millis((double) firstTasks / schools), Figures.seconds(fanOut), Figures.millis((double) fanOut / schools),
            Figures.heapPeakMb() + " MB");
      }
    }
  }

  /** Waits until no asynchronous continuation is left (timers aside): every work of every school is set up. */
  private static long waitForTheFanOut(BenchApp app, long start) {
    while (app.engine.getManagementService().createJobQuery().messages().withRetriesLeft().count() > 0) {
      if (System.nanoTime() - start > 60L * 60 * 1_000_000_000L) {
        throw new IllegalStateException("the fan-out has not finished after an hour");
      }
      sleep(200);
    }
    return System.nanoTime() - start;
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
