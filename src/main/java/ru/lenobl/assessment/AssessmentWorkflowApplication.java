package ru.lenobl.assessment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The assessment-workflow application: an embedded Camunda 7 engine with its web applications and REST API. */
@SpringBootApplication
public class AssessmentWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(AssessmentWorkflowApplication.class, args);
  }
}
