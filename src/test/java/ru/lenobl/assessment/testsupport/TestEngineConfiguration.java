package ru.lenobl.assessment.testsupport;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

import ru.lenobl.assessment.campaign.Deadlines;
import ru.lenobl.assessment.campaign.HandOffSender;
import ru.lenobl.assessment.forms.FormDeploymentCheckPlugin;
import ru.lenobl.assessment.forms.RequiredFormFieldsPlugin;
import ru.lenobl.assessment.modelsafety.ExpressionBeansConfiguration;
import ru.lenobl.assessment.modelsafety.ModelSafetyPlugin;
import ru.lenobl.assessment.tasks.TaskContextPlugin;

/**
 * The engine of the process tests, configured like the application's (full history, form validation, the tasks'
 * due dates and context names, our id patterns, the same beans in expressions, deployments checked for code and their forms for form-js JSON) plus the
 * process-test-coverage listeners; no job executor, so that tests move the clock and run timers themselves. The
 * database is {@link TestDatabase#forProcessTests()}.
 */
public class TestEngineConfiguration extends StandaloneInMemProcessEngineConfiguration {

  public TestEngineConfiguration() {
    TestDatabase database = TestDatabase.forProcessTests();
    setProcessEngineName("process-tests");
    setJdbcDriver(database.driver());
    setJdbcUrl(database.url());
    setJdbcUsername(database.user());
    setJdbcPassword(database.password());
    setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    setJobExecutorActivate(false);
    setEnforceHistoryTimeToLive(true);
    String idPattern = "[a-zA-Z0-9][a-zA-Z0-9._-]*";
    setUserResourceWhitelistPattern(idPattern);
    setGroupResourceWhitelistPattern(idPattern);
    setTenantResourceWhitelistPattern(idPattern);
    setDefaultSerializationFormat("application/json");
    setBeans(ExpressionBeansConfiguration.expressionBeans(new HandOffSender()));
    setProcessEnginePlugins(List.of(new ModelSafetyPlugin(), new FormDeploymentCheckPlugin(), new RequiredFormFieldsPlugin(),
        new TaskContextPlugin(Deadlines.DEFAULT.zone()), new SpinProcessEnginePlugin()));
  }

  @Override
  protected void init() {
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    super.init();
  }
}
