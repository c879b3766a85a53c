package ru.lenobl.assessment.identity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * Gives every process instance the tenant of its level (see {@link Scopes}):
 * <ul>
 *   <li>the campaigns and the regional coordinator's processes: {@code region};</li>
 *   <li>{@code vpr-municipality} and the municipal coordinator's processes: {@code mun-<municipalityId>};</li>
 *   <li>every other process (school, work, classroom and their roles' processes): {@code school-<schoolId>}.</li>
 * </ul>
 * The level's variable comes with the start (the call activity's inputs). Without it the instance takes its parent's
 * tenant, and a process started on its own without any goes to {@code region}, which only regional roles reach.
 */
public class CampaignTenantIdProvider implements TenantIdProvider {

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext context) {
    String key = context.getProcessDefinition().getKey();
    VariableMap variables = context.getVariables();
    String tenant = switch (levelOf(key)) {
      case REGION -> Scopes.REGION;
      case MUNICIPALITY -> text(variables, "municipalityId") == null ? null : Scopes.municipality(text(variables, "municipalityId"));
      case SCHOOL -> text(variables, "schoolId") == null ? null : Scopes.school(text(variables, "schoolId"));
    };
    if (tenant != null) {
      return tenant;
    }
    DelegateExecution parent = context.getSuperExecution();
    return parent != null && parent.getTenantId() != null ? parent.getTenantId() : Scopes.REGION;
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext context) {
    return Scopes.REGION;
  }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext context) {
    return context.getExecution() != null ? context.getExecution().getTenantId() : Scopes.REGION;
  }

  enum Level { REGION, MUNICIPALITY, SCHOOL }

  static Level levelOf(String processDefinitionKey) {
    if (processDefinitionKey.endsWith("-campaign") || processDefinitionKey.startsWith("vpr-regional-coordinator")) {
      return Level.REGION;
    }
    if (processDefinitionKey.equals("vpr-municipality") || processDefinitionKey.startsWith("vpr-municipal-coordinator")) {
      return Level.MUNICIPALITY;
    }
    return Level.SCHOOL;
  }

  private static String text(VariableMap variables, String name) {
    Object value = variables == null ? null : variables.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
