package ru.lenobl.assessment.tasks;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.lenobl.assessment.campaign.Deadlines;

/** Registers the tasks' due dates and context names with the engine, in the region's zone. */
@Configuration
public class TaskContextConfiguration {

  @Bean
  public ProcessEnginePlugin taskContextPlugin(Deadlines deadlines) {
    return new TaskContextPlugin(deadlines.zone());
  }
}
