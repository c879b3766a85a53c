package ru.lenobl.assessment.modelsafety;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import ru.lenobl.assessment.campaign.CampaignPlan;
import ru.lenobl.assessment.campaign.HandOffSender;
import ru.lenobl.assessment.identity.OrganizerHistory;
import ru.lenobl.assessment.identity.SchoolStaff;
import ru.lenobl.assessment.tasks.OpenTasks;

/**
 * Model expressions see only the beans the models need, not the whole application context.
 *
 * <p>The starter's {@code ProcessEngineFactoryBean#getObject} creates the {@code SpringExpressionManager} from
 * {@link ProcessEngineConfigurationImpl#getBeans()} before it builds the engine, that is before any engine plugin's
 * {@code preInit}; with no beans it exposes every bean of the application context. So the beans are set here, when
 * the configuration bean itself is created, before the factory bean can read it.
 */
@Configuration
public class ExpressionBeansConfiguration {

  /** The beans of {@code ${name}} in the models. */
  public static Map<Object, Object> expressionBeans(HandOffSender handOffSender) {
    Map<Object, Object> beans = new HashMap<>();
    beans.put("handOffSender", handOffSender);
    beans.put("openTasks", new OpenTasks());
    beans.put("schoolStaff", new SchoolStaff());
    beans.put("organizerHistory", new OrganizerHistory());
    beans.put("campaignPlan", new CampaignPlan());
    return beans;
  }

  @Bean
  public static BeanPostProcessor modelExpressionBeans(ObjectProvider<HandOffSender> handOffSender) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) throws BeansException {
        if (bean instanceof ProcessEngineConfigurationImpl configuration) {
          if (configuration.getExpressionManager() != null) {
            throw new IllegalStateException("The expression manager exists before the model beans are set");
          }
          configuration.setBeans(expressionBeans(handOffSender.getObject()));
        }
        return bean;
      }
    };
  }
}
