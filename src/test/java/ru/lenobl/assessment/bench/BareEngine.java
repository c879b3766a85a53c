package ru.lenobl.assessment.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine beside the application: a second Camunda engine on the same database and in the same JVM, with none
 * of the application's plugins, listeners or authorizations, completing the same number of user tasks one after
 * another in a one-task process (each task queried, then completed), with full history.
 */
final class BareEngine implements AutoCloseable {

  private final ProcessEngine engine;

  BareEngine(DataSource dataSource) {
    ProcessEngineConfiguration configuration = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setDataSource(dataSource)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setProcessEngineName("bare");
    this.engine = configuration.buildProcessEngine();
    BpmnModelInstance oneTask = Bpmn.createExecutableProcess("bare-one-task").camundaHistoryTimeToLive(30)
        .startEvent().userTask("Task_Only").camundaCandidateGroups("bench").endEvent().done();
    engine.getRepositoryService().createDeployment().name("bare").addModelInstance("bare-one-task.bpmn", oneTask).deploy();
  }

  ProcessEngine engine() {
    return engine;
  }

  /** Nanoseconds the last {@link #completeTasks} spent starting the instances (which creates their tasks). */
  long startNanos;

  /**
   * Starts {@code count} instances (timed apart, {@link #startNanos}), then completes their tasks with {@code threads}
   * threads; answers the nanoseconds of the completions.
   */
  long completeTasks(int count, int threads) throws Exception {
    TaskService tasks = engine.getTaskService();
    List<String> ids = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < count; i++) {
      ids.add(engine.getRuntimeService().startProcessInstanceByKey("bare-one-task").getId());
    }
    startNanos = System.nanoTime() - started;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> slices = new ArrayList<>();
      for (int slice = 0; slice < threads; slice++) {
        int first = slice;
        slices.add(pool.submit(() -> {
          for (int i = first; i < ids.size(); i += threads) {
            Task task = tasks.createTaskQuery().processInstanceId(ids.get(i)).singleResult();
            tasks.complete(task.getId());
          }
          return null;
        }));
      }
      for (Future<?> slice : slices) {
        slice.get();
      }
      return System.nanoTime() - start;
    } finally {
      pool.shutdown();
    }
  }

  @Override
  public void close() {
    engine.close();
  }
}
