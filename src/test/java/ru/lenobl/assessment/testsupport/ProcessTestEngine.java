package ru.lenobl.assessment.testsupport;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

import ru.lenobl.assessment.forms.RequiredFormFieldsPlugin;

/**
 * The engine of the process tests: configured like the application's (full history, form validation, our id
 * patterns), without Spring and without a job executor, so that tests move the clock and run timers themselves.
 */
public final class ProcessTestEngine {

  private static ProcessEngine engine;

  private ProcessTestEngine() {
  }

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      TestDatabase database = TestDatabase.forProcessTests();
      StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
      configuration.setProcessEngineName("process-tests");
      configuration.setJdbcDriver(database.driver());
      configuration.setJdbcUrl(database.url());
      configuration.setJdbcUsername(database.user());
      configuration.setJdbcPassword(database.password());
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
      configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
      configuration.setJobExecutorActivate(false);
      configuration.setEnforceHistoryTimeToLive(true);
      String idPattern = "[a-zA-Z0-9][a-zA-Z0-9._-]*";
      configuration.setUserResourceWhitelistPattern(idPattern);
      configuration.setGroupResourceWhitelistPattern(idPattern);
      configuration.setTenantResourceWhitelistPattern(idPattern);
      configuration.setProcessEnginePlugins(List.of(new RequiredFormFieldsPlugin()));
      engine = configuration.buildProcessEngine();
    }
    return engine;
  }

  /**
   * The JUnit 5 extension, registered per test instance ({@code @RegisterExtension ProcessEngineExtension extension =
   * ProcessTestEngine.extension();}): a static one shared by several classes loses its services after the first.
   */
  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(get()).build();
  }
}
