package ru.lenobl.assessment.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.webapp.filter.WebappFilterStaticState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import ru.lenobl.assessment.AssessmentWorkflowApplication;

/**
 * The packaged application started as an administrator would, without the demo profile, each time on a fresh
 * embedded H2 file: the same start-up as {@code java -jar}, with the arguments of the README.
 */
class StartupSafetyIT {

  @Test
  void withoutTheDemoProfileTheAdministratorFromTheConfigurationIsTheOnlyUser(@TempDir Path data) {
    try (ConfigurableApplicationContext app = start(data, "startupadmin",
        "--camunda.bpm.admin-user.id=first-admin", "--camunda.bpm.admin-user.password=Pervyj-Adm1n!")) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().list()).extracting(User::getId).containsExactly("first-admin");
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);

      TestRestTemplate http = new TestRestTemplate();
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
      // This JVM holds the other tests' engines too: the REST API is addressed by this engine's name.
      String rest = base + "/engine-rest/engine/startupadmin";
      assertThat(http.withBasicAuth("first-admin", "Pervyj-Adm1n!").getForEntity(rest + "/user", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(http.getForEntity(rest + "/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(http.getForEntity(base + "/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(http.getForEntity(base + "/actuator/env", String.class).getStatusCode().is2xxSuccessful())
          .as("the actuator exposes health only").isFalse();

      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      String setup = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"X\"},\"credentials\":{\"password\":\"Intrud3r-pass!\"}}";
      assertThat(http.exchange(base + "/camunda/api/admin/setup/startupadmin/user/create", HttpMethod.POST,
          new HttpEntity<>(setup, headers), String.class).getStatusCode().is2xxSuccessful())
          .as("the Welcome page's first-administrator setup is unreachable").isFalse();
      assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }
  }

  @Test
  void withoutAnyAdministratorTheStartIsRefused(@TempDir Path data) {
    assertThatThrownBy(() -> startRefused(data, "startupnoadmin"))
        .hasStackTraceContaining("No administrator exists")
        .hasStackTraceContaining("camunda.bpm.admin-user.id");
  }

  @Test
  void aUserWithADemoPasswordRefusesTheStartWithoutTheDemoProfileAndSaysWhoUntilItIsReplaced(@TempDir Path data) {
    try (ConfigurableApplicationContext app = start(data, "startupdemo1",
        "--camunda.bpm.admin-user.id=first-admin", "--camunda.bpm.admin-user.password=Pervyj-Adm1n!")) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      User user = identity.newUser("legacy-demo-user");
      user.setPassword("demo");
      identity.saveUser(user);
    }

    assertThatThrownBy(() -> startRefused(data, "startupdemo2"))
        .hasStackTraceContaining("legacy-demo-user")
        .hasStackTraceContaining("public demo password");

    try (ConfigurableApplicationContext app = start(data, "startupdemo3", "--assessment.security.replace-demo-passwords=true")) {
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("legacy-demo-user", "demo")).as("the demo password no longer opens it").isFalse();
    }
  }

  /**
   * The application without the demo profile (and without the test profile), on an H2 file of its own. Engine names
   * are letters and digits only: the starter ignores others and would close the tests' shared default engine.
   */
  private static ConfigurableApplicationContext start(Path data, String engineName, String... extra) {
    return builder().run(arguments(data, engineName, extra));
  }

  /** A start expected to be refused; afterwards the next start in this JVM works (see WebappFilterStaticState). */
  private static void startRefused(Path data, String engineName, String... extra) {
    try {
      start(data, engineName, extra).close();
    } finally {
      WebappFilterStaticState.clearAfterARefusedStart();
    }
  }

  private static SpringApplicationBuilder builder() {
    return new SpringApplicationBuilder(AssessmentWorkflowApplication.class);
  }

  private static String[] arguments(Path data, String engineName, String... extra) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--camunda.bpm.process-engine-name=" + engineName,
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db").toAbsolutePath(),
        "--spring.datasource.driver-class-name=org.h2.Driver",
        "--spring.datasource.username=sa",
        "--spring.datasource.password="));
    arguments.addAll(List.of(extra));
    return arguments.toArray(String[]::new);
  }
}
