package ru.lenobl.assessment.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.lenobl.assessment.identity.RoleGroup;

/**
 * DEMO ONLY: the role groups and one user per role of the demo school «Школа №1 (демо)» in the Tosno district
 * (VPR and NIKO), its municipal coordinator and the regional coordinator. All share the demo password from
 * {@code application-demo.yaml}. Without tenants yet, each user sees the tasks of the role's group in every school.
 */
@Component
@Profile("demo")
public class DemoIdentities {

  record DemoUser(String id, String firstName, String lastName, RoleGroup group) {
  }

  static final List<DemoUser> USERS = List.of(
      new DemoUser("demo-regional", "Регина", "Областная (демо)", RoleGroup.VPR_REGIONAL_COORDINATOR),
      new DemoUser("demo-municipal", "Максим", "Тосненский (демо)", RoleGroup.VPR_MUNICIPAL_COORDINATOR),
      new DemoUser("demo-head", "Елена", "Директорова (демо)", RoleGroup.VPR_SCHOOL_HEAD),
      new DemoUser("demo-coordinator", "Ольга", "Координатова (демо)", RoleGroup.VPR_SCHOOL_COORDINATOR),
      new DemoUser("demo-tech", "Игорь", "Техников (демо)", RoleGroup.VPR_TECHNICAL_SPECIALIST),
      new DemoUser("demo-organizer1", "Анна", "Организаторова (демо)", RoleGroup.VPR_CLASSROOM_ORGANIZER),
      new DemoUser("demo-organizer2", "Павел", "Аудиторов (демо)", RoleGroup.VPR_CLASSROOM_ORGANIZER),
      new DemoUser("demo-expert", "Светлана", "Экспертова (демо)", RoleGroup.VPR_EXPERT),
      new DemoUser("demo-observer", "Олег", "Наблюдателев (демо)", RoleGroup.VPR_OBSERVER),
      new DemoUser("demo-commission", "Марина", "Комиссарова (демо)", RoleGroup.VPR_MUNICIPAL_EXPERT_COMMISSION),
      new DemoUser("demo-niko", "Нина", "Никонова (демо)", RoleGroup.NIKO_RESPONSIBLE_ORGANIZER),
      new DemoUser("demo-niko-tech", "Тимур", "Технарёв (демо)", RoleGroup.NIKO_TECHNICAL_SPECIALIST),
      new DemoUser("demo-niko-organizer", "Ольга", "Аудиторная (демо)", RoleGroup.NIKO_CLASSROOM_ORGANIZER),
      new DemoUser("demo-auditor", "Аркадий", "Проверкин (демо)", RoleGroup.AUDITOR));

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

  private final IdentityService identityService;
  private final String password;

  public DemoIdentities(IdentityService identityService, @Value("${assessment.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void createMissing() {
    for (RoleGroup role : RoleGroup.values()) {
      if (identityService.createGroupQuery().groupId(role.id()).count() == 0) {
        Group group = identityService.newGroup(role.id());
        group.setName(role.title());
        group.setType(RoleGroup.TYPE);
        identityService.saveGroup(group);
      }
    }
    int created = 0;
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@demo.invalid");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(demo.id(), demo.group().id());
        created++;
      }
    }
    LOG.info("Demo identities: {} role groups, {} demo users ({} created now)", RoleGroup.values().length, USERS.size(), created);
  }
}
