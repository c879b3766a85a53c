package ru.lenobl.assessment.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.ClassPathResource;

/** The postgres profile's pool covers every thread that may hold a connection at once (its comment's arithmetic). */
class PostgresPoolSizeTest {

  @Test
  void theDefaultPoolCoversTheRequestThreadsTheJobThreadsTheAcquisitionAndOneNestedTransaction() throws IOException {
    PropertySourcesPropertyResolver profile = postgresProfile(Map.of());

    int pool = profile.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class);
    int requestThreads = profile.getProperty("server.tomcat.threads.max", Integer.class);
    int jobThreads = profile.getProperty("camunda.bpm.job-execution.max-pool-size", Integer.class);

    assertThat(pool).isEqualTo(requestThreads + jobThreads + 1 + 1).isEqualTo(32);
    assertThat(requestThreads).isEqualTo(20);
    assertThat(jobThreads).as("Camunda's own default").isEqualTo(10);
    assertThat(profile.getProperty("camunda.bpm.job-execution.core-pool-size", Integer.class)).isEqualTo(3);
    assertThat(profile.getProperty("spring.datasource.hikari.minimum-idle", Integer.class)).isEqualTo(5);
  }

  @Test
  void everySizeComesFromItsEnvironmentVariable() throws IOException {
    PropertySourcesPropertyResolver profile = postgresProfile(Map.of("DB_POOL_SIZE", "52", "WEB_THREADS", "40",
        "JOB_EXECUTOR_THREADS", "10", "JOB_EXECUTOR_CORE_THREADS", "4", "DB_POOL_MIN_IDLE", "2"));

    assertThat(profile.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class)).isEqualTo(52);
    assertThat(profile.getProperty("server.tomcat.threads.max", Integer.class)).isEqualTo(40);
    assertThat(profile.getProperty("camunda.bpm.job-execution.core-pool-size", Integer.class)).isEqualTo(4);
    assertThat(profile.getProperty("spring.datasource.hikari.minimum-idle", Integer.class)).isEqualTo(2);
  }

  private static PropertySourcesPropertyResolver postgresProfile(Map<String, Object> environment) throws IOException {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(new MapPropertySource("environment", environment));
    new YamlPropertySourceLoader().load("postgres", new ClassPathResource("application-postgres.yaml"))
        .forEach(sources::addLast);
    return new PropertySourcesPropertyResolver(sources);
  }
}
