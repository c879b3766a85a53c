package ru.lenobl.assessment.testsupport;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the engine's jobs the way the job executor would, for tests, where the executor is off: the campaign's fan-out
 * (one job per municipality and per school) and any other job that is due. Timers and retries whose due date is still
 * ahead of the engine's clock are left alone; move the clock ({@code ClockUtil}) to run them.
 */
public final class Jobs {

  /** More rounds than this means jobs keep creating due jobs for ever. */
  private static final int MAX_ROUNDS = 10_000;

  private Jobs() {
  }

  /**
   * Executes every due job with retries left, and the due jobs those create, until none is left. A job that fails is
   * left to the engine's retry (its retries decrease and its due date moves on, or it becomes an incident); the
   * failure is not thrown. Returns how many jobs ran successfully.
   */
  public static int drain(ManagementService managementService) {
    int executed = 0;
    Set<String> failedThisRound = new HashSet<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<Job> due = managementService.createJobQuery().executable().active().list().stream()
          .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
          .filter(job -> !failedThisRound.contains(job.getId() + "/" + job.getRetries()))
          .toList();
      if (due.isEmpty()) {
        return executed;
      }
      for (Job job : due) {
        try {
          managementService.executeJob(job.getId());
          executed++;
        } catch (RuntimeException failure) {
          // The engine has recorded the failure on the job (retries, due date, incident) in its own transaction.
          failedThisRound.add(job.getId() + "/" + job.getRetries());
        }
      }
    }
    throw new IllegalStateException("Jobs keep creating due jobs after " + MAX_ROUNDS + " rounds");
  }
}
