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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.lenobl.assessment.identity.roster.OneTimePasswords;

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

  private static final Logger LOG = LoggerFactory.getLogger(StartupSafety.class);

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
          + "Camunda's own \"create the first administrator\" page is never offered: the application does not start without one.");
    }
  }

  /**
   * Outside the demo profile: refuses every user whose password is a public demo password, or, when
   * {@code replace} is set ({@code assessment.security.replace-demo-passwords}), gives each of them a random password
   * nobody knows, so that an administrator hands them new ones.
   */
  public void refuseDemoPasswords(Set<String> extraDemoPasswords, boolean replace) {
    Set<String> demo = new LinkedHashSet<>(DEMO_PASSWORDS);
    demo.addAll(extraDemoPasswords);
    List<User> users = new ArrayList<>();
    for (User user : identityService.createUserQuery().list()) {
      UserEntity entity = (UserEntity) user;
      if (entity.getPassword() != null && demo.stream().anyMatch(password -> matches(password, entity))) {
        users.add(user);
      }
    }
    if (users.isEmpty()) {
      return;
    }
    List<String> ids = users.stream().map(User::getId).toList();
    if (replace) {
      for (User user : users) {
        user.setPassword(new OneTimePasswords().next());
        identityService.saveUser(user);
      }
      LOG.warn("The public demo passwords of these users were replaced by random ones; an administrator gives them "
          + "new passwords (Camunda Admin): {}", String.join(", ", ids));
      return;
    }
    throw new UnsafeStartException("These users still have a public demo password: " + String.join(", ", ids)
        + ". The demo passwords are published in the README and are allowed only with the demo profile. Start once "
        + "with --assessment.security.replace-demo-passwords=true to replace them with random passwords (then give "
        + "these users new passwords in Camunda Admin), or delete these users.");
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
