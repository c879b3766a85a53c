package ru.lenobl.assessment.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ru.lenobl.assessment.AssessmentWorkflowApplication;
import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;
import ru.lenobl.assessment.testsupport.TestDatabase;
import ru.lenobl.assessment.testsupport.TestProfiles;

/** Stops and starts the whole application on the same database, as an administrator's restart would. */
class ApplicationRestartIT {

  @Test
  void openTasksSurviveARestartAndUnchangedModelsCreateNoNewDefinitionsGrantsOrTenants(@TempDir Path data) {
    List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.process-engine-name=restarttest"));
    if (!TestDatabase.postgres()) {
      arguments.add("--spring.datasource.url=jdbc:h2:file:" + data.resolve("assessment-workflow").toAbsolutePath());
    }

    long definitionsBefore;
    long authorizationsBefore;
    long tenantsBefore;
    String instance;
    Set<String> openBefore;
    try (ConfigurableApplicationContext first = start(arguments)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      SchoolWork work = new SchoolWork("VPR-RESTART", "tosno", "9903", "Школа №3 (демо)", "MA-5", "Математика", 5,
          WorkForm.paper, OffsetDateTime.now().plusDays(6), OffsetDateTime.now().plusDays(20));
      instance = engine.getRuntimeService()
          .startProcessInstanceByKey("vpr-school-coordinator-preparation", work.businessKey(), work.variables()).getId();
      definitionsBefore = engine.getRepositoryService().createProcessDefinitionQuery().count();
      openBefore = openTaskIds(engine, instance);
      authorizationsBefore = engine.getAuthorizationService().createAuthorizationQuery().count();
      tenantsBefore = engine.getIdentityService().createTenantQuery().count();
      assertThat(authorizationsBefore).isPositive();
      assertThat(tenantsBefore).as("the region and its 18 municipalities").isGreaterThanOrEqualTo(19);
    }

    try (ConfigurableApplicationContext second = start(arguments)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isEqualTo(definitionsBefore);
      assertThat(openTaskIds(engine, instance)).isNotEmpty().isEqualTo(openBefore);
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().count())
          .as("the start-up grants are not duplicated").isEqualTo(authorizationsBefore);
      assertThat(engine.getIdentityService().createTenantQuery().count()).isEqualTo(tenantsBefore);
    }
  }

  private static ConfigurableApplicationContext start(List<String> arguments) {
    return new SpringApplicationBuilder(AssessmentWorkflowApplication.class)
        .profiles(TestProfiles.active())
        .run(arguments.toArray(String[]::new));
  }

  private static Set<String> openTaskIds(ProcessEngine engine, String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).list().stream()
        .map(Task::getId).collect(Collectors.toSet());
  }
}
