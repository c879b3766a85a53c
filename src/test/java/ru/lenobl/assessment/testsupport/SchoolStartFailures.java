package ru.lenobl.assessment.testsupport;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Test only (profile {@code test}): makes the start of chosen schools fail, the way a broken database connection or a
 * bug would, without a line of code in the models. A start listener, added by a parse listener to the call activities
 * that start a school ({@code vpr-school}, {@code niko-school}), throws while the school's code has failures left;
 * it runs inside the school's fan-out job, so the engine retries the job and, after the last retry, raises an
 * incident. Nothing fails unless a test asks for it.
 */
@Configuration
@Profile("test")
public class SchoolStartFailures {

  private static final Set<String> SCHOOL_LEVELS = Set.of("vpr-school", "niko-school");
  private static final Map<String, Integer> FAILURES_LEFT = new ConcurrentHashMap<>();

  /** The next {@code times} starts of the school with this code fail ({@link Integer#MAX_VALUE}: every start). */
  public static void failStart(String schoolId, int times) {
    FAILURES_LEFT.put(schoolId, times);
  }

  public static void clear() {
    FAILURES_LEFT.clear();
  }

  @Bean
  public AbstractProcessEnginePlugin schoolStartFailuresPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (SCHOOL_LEVELS.contains(element.attribute("calledElement"))) {
              activity.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) SchoolStartFailures::failIfAsked);
            }
          }
        });
      }
    };
  }

  private static void failIfAsked(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    if (!(execution.getVariable("school") instanceof Map<?, ?> school)) {
      return;
    }
    Object code = school.containsKey("schoolId") ? school.get("schoolId") : school.get("id");
    Integer left = code == null ? null : FAILURES_LEFT.computeIfPresent(code.toString(), (id, before) -> before - 1);
    if (left != null && left >= 0) {
      throw new ProcessEngineException("Тестовый сбой: ОО " + code + " не запускается");
    }
  }
}
