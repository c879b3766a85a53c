package ru.lenobl.assessment.identity;

import java.util.ArrayList;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.behavior.CallActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.identity.roster.StaffRosterImport;

/**
 * Identity and isolation: tenants per scope, the role groups' authorizations, and the start-up safety checks. All of
 * it runs before the web server accepts a request.
 */
@Configuration
public class IdentityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(IdentityConfiguration.class);

  /**
   * Every process instance gets its scope's tenant; a task's candidate group gets TASK_WORK on it (claim, complete,
   * submit the form), not Camunda's default UPDATE (which would also let staff reassign or rename tasks).
   */
  @Bean
  public ProcessEnginePlugin tenantsAndTaskPermissionsPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new CampaignTenantIdProvider());
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
        if (configuration.getCustomPostBPMNParseListeners() == null) {
          configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof CallActivityBehavior original
                && element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "variableMappingClass") == null
                && element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "variableMappingDelegateExpression") == null) {
              ScopedCallActivityBehavior scoped = new ScopedCallActivityBehavior();
              scoped.setCallableElement(original.getCallableElement());
              activity.setActivityBehavior(scoped);
            }
          }
        });
      }
    };
  }

  @Bean
  public SystemContext systemContext(ProcessEngine processEngine) {
    return new SystemContext((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
  }

  @Bean
  public StaffDirectory staffDirectory(IdentityService identityService) {
    return new StaffDirectory(identityService);
  }

  @Bean
  public StaffRosterImport staffRosterImport(StaffDirectory staff, IdentityService identityService, SystemContext system) {
    return new StaffRosterImport(staff, identityService, system);
  }

  @Bean
  public SmartInitializingSingleton identityBootstrap(ProcessEngine processEngine, SystemContext system,
      AuthorizationService authorizationService, Environment environment) {
    return () -> {
      IdentityService identityService = processEngine.getIdentityService();
      // Three transactions: each step's queries must see what the step before created.
      system.run(() -> new RoleGroups(identityService).ensureAll());
      system.run(() -> new ScopeDirectory(identityService).ensureRegionAndMunicipalities());
      system.run(() -> new AuthorizationGrants(authorizationService).grantAll());
      StartupSafety safety = new StartupSafety(identityService,
          (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
      safety.requireAnAdministrator();
      if (!environment.acceptsProfiles(Profiles.of("demo"))) {
        String configured = environment.getProperty("assessment.demo.password");
        safety.refuseDemoPasswords(configured == null || configured.isBlank() ? Set.of() : Set.of(configured),
            environment.getProperty("assessment.security.replace-demo-passwords", Boolean.class, false));
      } else {
        LOG.warn("DEMO profile: public demo passwords are allowed. Never run a real campaign with it.");
      }
    };
  }
}
