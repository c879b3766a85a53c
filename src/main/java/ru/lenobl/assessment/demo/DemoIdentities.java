package ru.lenobl.assessment.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import ru.lenobl.assessment.identity.roster.StaffDirectory;
import ru.lenobl.assessment.identity.roster.StaffRosterImport;

/**
 * DEMO ONLY: the demo staff come from the demo roster {@code demo/staff-demo.csv}, through the same import as
 * {@code POST /api/staff}; the users it creates then get the public demo password of {@code application-demo.yaml}
 * instead of their one-time passwords. A user whose password was changed keeps it; a restart creates nobody.
 */
@Component
@Profile("demo")
public class DemoIdentities {

  static final String ROSTER = "demo/staff-demo.csv";

  private static final Logger LOG = LoggerFactory.getLogger(DemoIdentities.class);

  private final StaffRosterImport rosterImport;
  private final IdentityService identityService;
  private final String password;

  public DemoIdentities(StaffRosterImport rosterImport, IdentityService identityService,
      @Value("${assessment.demo.password}") String password) {
    this.rosterImport = rosterImport;
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(1)
  public void importDemoRoster() {
    StaffDirectory.Result result = rosterImport.importFile(read(ROSTER), "staff-demo.csv");
    for (StaffDirectory.NewUser created : result.users()) {
      User user = identityService.createUserQuery().userId(created.login()).singleResult();
      user.setPassword(password);
      identityService.saveUser(user);
    }
    LOG.info("Demo staff: {} created with the demo password, {} updated from {}", result.created(), result.updated(), ROSTER);
  }

  private static byte[] read(String resource) {
    try (InputStream in = DemoIdentities.class.getClassLoader().getResourceAsStream(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
