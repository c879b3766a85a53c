package ru.lenobl.assessment.identity;

import static org.camunda.bpm.engine.impl.util.CallableElementUtil.getProcessDefinitionToCall;

import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmProcessInstance;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityExecution;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A call activity whose called process instance gets its own scope's tenant. Camunda copies the caller's tenant to a
 * called instance of a shared (tenant-less) definition and asks no tenant-id provider; here the copied tenant is
 * cleared before the start, so that the engine asks {@link CampaignTenantIdProvider} with the call's input variables
 * (a municipality under the region, a school under its municipality). Otherwise the same as Camunda's.
 */
public class ScopedCallActivityBehavior extends CallActivityBehavior {

  @Override
  protected void startInstance(ActivityExecution execution, VariableMap variables, String businessKey) {
    ExecutionEntity caller = (ExecutionEntity) execution;
    ProcessDefinitionImpl definition = getProcessDefinitionToCall(caller, caller.getProcessDefinitionTenantId(),
        getCallableElement());
    PvmProcessInstance called = execution.createSubProcessInstance(definition, businessKey);
    if (definition instanceof org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity entity
        && entity.getTenantId() == null) {
      ((ExecutionEntity) called).setTenantId(null);
    }
    called.start(variables);
  }
}
