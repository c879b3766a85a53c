package ru.lenobl.assessment.forms;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task that has a Camunda Form ({@code camunda:formRef}) the server-side form validation, and lets
 * its failures reach the caller as {@code FormFieldValidationException}, logged in one line.
 */
public class RequiredFormFieldsPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener validation = new RequiredFormFieldsListener();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new FormValidationExceptionUnwrapper());
    if (configuration.getCommandContextFactory() == null) {
      configuration.setCommandContextFactory(new RefusalAwareCommandContextFactory(configuration));
    }
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        if (task.getCamundaFormDefinitionKey() != null) {
          // Built-in listeners run before the model's own, so nothing reacts to a completion that is refused.
          task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, validation);
        }
      }
    });
  }
}
