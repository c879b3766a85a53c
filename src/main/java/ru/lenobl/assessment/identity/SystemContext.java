package ru.lenobl.assessment.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs our own engine work in one transaction without the caller's authorizations and tenant checks: the plan import
 * and the roster import check who may call them, and then act for the system (creating tenants, starting a whole
 * campaign, correlating hand-offs across scopes). Every engine service called inside joins the same command context.
 */
public class SystemContext {

  private final ProcessEngineConfigurationImpl configuration;

  public SystemContext(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  public <T> T call(Supplier<T> work) {
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> withoutChecks(commandContext, work));
  }

  public void run(Runnable work) {
    call(() -> {
      work.run();
      return null;
    });
  }

  /** Inside a command already running (a delegate or listener): the work runs without authorization and tenant checks. */
  public static <T> T withoutChecks(CommandContext commandContext, Supplier<T> work) {
    boolean authorization = commandContext.isAuthorizationCheckEnabled();
    boolean tenants = commandContext.isTenantCheckEnabled();
    commandContext.disableAuthorizationCheck();
    commandContext.disableTenantCheck();
    try {
      return work.get();
    } finally {
      if (authorization) {
        commandContext.enableAuthorizationCheck();
      }
      if (tenants) {
        commandContext.enableTenantCheck();
      }
    }
  }
}
