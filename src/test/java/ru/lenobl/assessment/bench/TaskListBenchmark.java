package ru.lenobl.assessment.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import ru.lenobl.assessment.identity.TasklistFilters;

/**
 * The task list at regional scale. A region's plan is imported, then the open tasks are topped up to the target with
 * one-task processes of the same shape as the campaign's: a school's tenant, a school role's candidate group, and the
 * candidate group's authorization that the engine writes for it. Then the task-list query that Tasklist sends (a
 * filter's first page, newest first, and its count) is timed as a school coordinator, a municipal coordinator and the
 * auditor, each with their groups and tenants, authorizations on.
 */
final class TaskListBenchmark {

  private static final List<String> SCHOOL_ROLES = List.of("vpr-school-coordinator", "vpr-school-head",
      "vpr-technical-specialist", "vpr-classroom-organizer", "vpr-expert");

  private TaskListBenchmark() {
  }

  static void run(String db, int schools, int openTasks, String reuse, boolean keep) throws Exception {
    Figures.heading("Task list, " + db + ", " + schools + "-school plan, topped up to " + openTasks + " open tasks"
        + (reuse == null ? "" : " (database " + reuse + " of an earlier run)"));
    try (BenchApp app = BenchApp.start(db, reuse == null, reuse, keep)) {
      if (reuse == null) {
        load(app, schools, openTasks);
      }
      TaskService tasks = app.engine.getTaskService();
      Figures.note("open tasks: " + tasks.createTaskQuery().count() + ", authorizations: "
          + app.engine.getAuthorizationService().createAuthorizationQuery().count());
      Figures.row("user", "filter", "tasks in filter", "list p50", "list p95", "count p50", "count p95");
      Figures.row("---", "---", "---", "---", "---", "---", "---");
      for (String user : List.of("bench-school-coordinator", "bench-municipal-coordinator", "bench-auditor")) {
        for (String filter : List.of(TasklistFilters.MY_GROUPS, "Все задачи")) {
          measure(app.engine, user, filter);
        }
      }
    }
  }

  private static void load(BenchApp app, int schools, int openTasks) throws Exception {
    if (app.postVprPlan("BENCH-TASKLIST", BenchPlan.vpr(schools, 12)).statusCode() != 201) {
      throw new IllegalStateException("import refused");
    }
    TaskService tasks = app.engine.getTaskService();
    while (tasks.createTaskQuery().processDefinitionKey("vpr-school-coordinator-preparation")
        .taskDefinitionKey("Task_StudyRegulations").count() < schools) {
      ImportBenchmark.sleep(500);
    }
    long fromCampaign = tasks.createTaskQuery().count();
    topUp(app, schools, (int) Math.max(0, openTasks - fromCampaign));
    Figures.note(fromCampaign + " open tasks from the campaign");
    createUsers(app.engine.getIdentityService(), schools);
  }

  /** Starts {@code count} one-task processes spread over the plan's schools and the school roles, with 4 threads. */
  private static void topUp(BenchApp app, int schools, int count) throws Exception {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
        .createStandaloneProcessEngineConfiguration()
        .setDataSource(app.bean(DataSource.class))
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .setAuthorizationEnabled(true)
        .setProcessEngineName("load");
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setTenantIdProvider(new VariableTenant());
    ProcessEngine load = configuration.buildProcessEngine();
    try {
      BpmnModelInstance oneTask = Bpmn.createExecutableProcess("load-one-task").camundaHistoryTimeToLive(30)
          .startEvent().userTask("Task_Load").name("Нагрузочная задача").camundaCandidateGroups("${group}").endEvent()
          .done();
      load.getRepositoryService().createDeployment().name("load").addModelInstance("load-one-task.bpmn", oneTask).deploy();
      AtomicInteger next = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("tenant", "school-" + BenchPlan.schoolId(i % schools));
            variables.put("group", SCHOOL_ROLES.get((i / schools) % SCHOOL_ROLES.size()));
            load.getRuntimeService().startProcessInstanceByKey("load-one-task", variables);
          }
          return null;
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
      pool.shutdown();
    } finally {
      load.close();
    }
  }

  private static void createUsers(IdentityService identity, int schools) {
    user(identity, "bench-school-coordinator", "vpr-school-coordinator", "school-" + BenchPlan.schoolId(1));
    user(identity, "bench-municipal-coordinator", "vpr-municipal-coordinator", "mun-" + BenchPlan.municipalityOf(1).id());
    user(identity, "bench-auditor", "auditor");
  }

  private static void user(IdentityService identity, String id, String... groups) {
    User user = identity.newUser(id);
    user.setFirstName(id);
    user.setLastName("(нагрузка)");
    user.setPassword("bench-" + id + "-secret");
    identity.saveUser(user);
    Arrays.stream(groups).forEach(group -> identity.createMembership(id, group));
  }

  private static void measure(ProcessEngine engine, String user, String filterName) {
    IdentityService identity = engine.getIdentityService();
    FilterService filters = engine.getFilterService();
    TaskService tasks = engine.getTaskService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    long[] list = new long[Integer.getInteger("bench.runs", 300)];
    long[] count = new long[list.length];
    long found = 0;
    identity.setAuthentication(user, groups, tenants);
    try {
      for (int i = -Integer.getInteger("bench.warmup", 50); i < list.length; i++) {
        TaskQuery newestFirst = tasks.createTaskQuery().orderByTaskCreateTime().desc();
        long start = System.nanoTime();
        filters.listPage(filterId, newestFirst, 0, 15);
        long listed = System.nanoTime();
        found = filters.count(filterId);
        long counted = System.nanoTime();
        if (i >= 0) {
          list[i] = listed - start;
          count[i] = counted - listed;
        }
      }
    } finally {
      identity.clearAuthentication();
    }
    Arrays.sort(list);
    Arrays.sort(count);
    Figures.row(user, filterName, found, Figures.millis(list[list.length / 2]),
        Figures.millis(list[(int) (list.length * 0.95)]), Figures.millis(count[count.length / 2]),
        Figures.millis(count[(int) (count.length * 0.95)]));
  }

  /** The load processes' tenant, from their start variable, as our provider gives a campaign's instances theirs. */
  private static final class VariableTenant implements TenantIdProvider {
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
      return (String) context.getVariables().get("tenant");
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
      return null;
    }
  }
}
