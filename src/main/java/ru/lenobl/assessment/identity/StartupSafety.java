package ru.lenobl.assessment.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;

/**
 * Refuses to start an application that anyone could take over:
 * <ul>
 *   <li>with no administrator at all: Camunda's Welcome page would then offer anyone to create the first one;</li>
 *   <li>outside the {@code demo} profile, while any user still has one of the public demo passwords.</li>
 * </ul>
 * Passwords are compared with the stored salted hashes directly, so the check locks nobody out and logs nothing.
 */
public class StartupSafety {

  /** The public demo passwords of the README. */
  public static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin");

  private final IdentityService identityService;
  private final ProcessEngineConfigurationImpl configuration;

  public StartupSafety(IdentityService identityService, ProcessEngineConfigurationImpl configuration) {
    this.identityService = identityService;
    this.configuration = configuration;
  }

  public void requireAnAdministrator() {
    if (identityService.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      throw new UnsafeStartException("No administrator exists. Start once with the first administrator's login and "
          + "password: --camunda.bpm.admin-user.id=<login> --camunda.bpm.admin-user.password=<password> "
          + "(or the environment variables CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD). "
          + "Camunda's own \"create the first administrator\" page is switched off.");
    }
  }

  /** Outside the demo profile: refuses every user whose password is a public demo password. */
  public void refuseDemoPasswords(Set<String> extraDemoPasswords) {
    Set<String> demo = new LinkedHashSet<>(DEMO_PASSWORDS);
    demo.addAll(extraDemoPasswords);
    List<String> users = new ArrayList<>();
    for (User user : identityService.createUserQuery().list()) {
      UserEntity entity = (UserEntity) user;
      if (entity.getPassword() != null && demo.stream().anyMatch(password -> matches(password, entity))) {
        users.add(user.getId());
      }
    }
    if (!users.isEmpty()) {
      throw new UnsafeStartException("These users still have a public demo password: " + String.join(", ", users)
          + ". The demo passwords are published in the README and are allowed only with the demo profile. "
          + "Change their passwords (Camunda Admin, or PUT /engine-rest/user/<id>/credentials) with the demo "
          + "profile, or delete them, then start again.");
    }
  }

  private boolean matches(String password, UserEntity user) {
    return configuration.getPasswordManager().check(EncryptionUtil.saltPassword(password, user.getSalt()), user.getPassword());
  }

  /** Start-up refused for safety; the message says which and why. */
  public static class UnsafeStartException extends IllegalStateException {
    public UnsafeStartException(String message) {
      super(message);
    }
  }
}
