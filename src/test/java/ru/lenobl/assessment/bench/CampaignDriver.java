package ru.lenobl.assessment.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import ru.lenobl.assessment.forms.FormField;
import ru.lenobl.assessment.testsupport.FormFiller;

/**
 * Drives a whole campaign as its people would, through the engine's services: every open task is completed with the
 * values its form accepts, jobs run when due, and when nothing is left to do the clock moves to the next timer. Every
 * tenth school uploads its results late (the task waits three days past its due date, so the escalations fire); the
 * heads of every fifth school ask for the reserve day. With more than one thread, the open tasks of a round are shared
 * among the threads; a task that another thread's completion changed under it is tried again in the next round.
 */
final class CampaignDriver {

  private final ProcessEngine engine;
  private final TaskService tasks;
  private final ManagementService management;
  private final FormFiller forms;
  private final int threads;
  final AtomicLong completed = new AtomicLong();
  final AtomicLong conflicts = new AtomicLong();
  private final Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
  final AtomicLong jobs = new AtomicLong();
  final AtomicLong failedJobs = new AtomicLong();
  /** Nothing of a spring campaign is due after its year's end: a model that loops is stopped there. */
  private static final Date LAST_MOMENT = Date.from(java.time.OffsetDateTime.parse("2027-12-31T00:00:00+03:00").toInstant());
  boolean progress = Boolean.getBoolean("bench.progress");
  long taskNanos;
  long jobNanos;

  CampaignDriver(ProcessEngine engine, int threads) {
    this.engine = engine;
    this.tasks = engine.getTaskService();
    this.management = engine.getManagementService();
    this.forms = new FormFiller(engine.getFormService());
    this.threads = threads;
  }

  /** Runs until no process instance is left or nothing more can happen; answers the instances still running. */
  long run() throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 100_000; round++) {
        long ranJobs = runDueJobs();
        long done = completeOpenTasks(pool);
        if (ranJobs > 0 || done > 0) {
          continue;
        }
        Date next = nextMoment();
        if (next == null || next.after(LAST_MOMENT)) {
          break;
        }
        ClockUtil.setCurrentTime(next);
        if (progress) {
          System.out.printf("%s: %d tasks completed, %d jobs run, %d instances running%n", next, completed.get(),
              jobs.get(), engine.getRuntimeService().createProcessInstanceQuery().count());
        }
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    return engine.getRuntimeService().createProcessInstanceQuery().count();
  }

  private long runDueJobs() {
    long start = System.nanoTime();
    long ran = 0;
    List<Job> due = management.createJobQuery().executable().listPage(0, 10_000);
    for (Job job : due) {
      try {
        management.executeJob(job.getId());
        ran++;
      } catch (OptimisticLockingException e) {
        conflicts.incrementAndGet();
      } catch (ProcessEngineException e) {
        failedJobs.incrementAndGet();
      }
    }
    jobs.addAndGet(ran);
    jobNanos += System.nanoTime() - start;
    return ran;
  }

  private long completeOpenTasks(ExecutorService pool) throws InterruptedException {
    long start = System.nanoTime();
    List<Task> open = tasks.createTaskQuery().active().list().stream().filter(task -> !deferred(task)).toList();
    if (open.isEmpty()) {
      return 0;
    }
    long before = completed.get();
    List<Future<?>> slices = new ArrayList<>();
    for (int slice = 0; slice < threads; slice++) {
      int first = slice;
      slices.add(pool.submit(() -> {
        for (int i = first; i < open.size(); i += threads) {
          complete(open.get(i));
        }
      }));
    }
    for (Future<?> slice : slices) {
      try {
        slice.get();
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    taskNanos += System.nanoTime() - start;
    return completed.get() - before;
  }

  private void complete(Task task) {
    try {
      tasks.complete(task.getId(), forms.filled(task, decisions(task)));
      completed.incrementAndGet();
    } catch (OptimisticLockingException e) {
      conflicts.incrementAndGet();
    } catch (ProcessEngineException e) {
      // Another thread's completion in the same process changed it under this one: either the task is gone (completed
      // or cancelled), or the engine lost a parent execution that the other transaction removed ("perhaps it was
      // deleted in the meantime"). The task is tried again in the next round; a task that keeps failing is a failure.
      if (tasks.createTaskQuery().taskId(task.getId()).count() > 0 && failures.merge(task.getId(), 1, Integer::sum) > 5) {
        throw e;
      }
      conflicts.incrementAndGet();
    }
  }

  /** The people's answers where a form asks for a decision. */
  private Map<String, Object> decisions(Task task) {
    Map<String, Object> answers = new HashMap<>();
    int school = schoolIndex(task);
    for (FormField field : forms.formOf(task).fields()) {
      switch (field.key()) {
        case "headReserveDayDecision" -> answers.put(field.key(), school % 5 == 0 ? "yes" : "no");
        case "munReserveDayDecision" -> answers.put(field.key(), "yes");
        case "regionEscalationDecision" -> answers.put(field.key(), field.options().get(field.options().size() - 1));
        default -> { }
      }
    }
    return answers;
  }

  /** Every tenth school's results upload waits until three days after it was due. */
  private boolean deferred(Task task) {
    return "Task_UploadResults".equals(task.getTaskDefinitionKey()) && schoolIndex(task) % 10 == 0
        && task.getDueDate() != null && ClockUtil.getCurrentTime().before(release(task));
  }

  private static Date release(Task task) {
    return new Date(task.getDueDate().getTime() + TimeUnit.DAYS.toMillis(3));
  }

  private static int schoolIndex(Task task) {
    String tenant = task.getTenantId();
    if (tenant == null || !tenant.startsWith("school-")) {
      return -1;
    }
    try {
      return Integer.parseInt(tenant.substring("school-".length())) - 700_000;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The next timer's due date, or the next deferred upload's release, whichever comes first. */
  private Date nextMoment() {
    Date now = ClockUtil.getCurrentTime();
    Date next = management.createJobQuery().timers().duedateHigherThan(now).orderByJobDuedate().asc().listPage(0, 1)
        .stream().map(Job::getDuedate).findFirst().orElse(null);
    for (Task task : tasks.createTaskQuery().taskDefinitionKey("Task_UploadResults").list()) {
      if (deferred(task) && (next == null || release(task).before(next))) {
        next = release(task);
      }
    }
    return next;
  }
}
