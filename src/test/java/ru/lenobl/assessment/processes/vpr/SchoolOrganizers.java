package ru.lenobl.assessment.processes.vpr;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import ru.lenobl.assessment.identity.RoleGroup;
import ru.lenobl.assessment.identity.Scopes;

/**
 * A small roster for the process tests: two organizers of school 9901 (Петрова, Иванов), an organizer of another
 * school (9902) and a teacher of 9901 who is not an organizer.
 */
final class SchoolOrganizers implements AutoCloseable {

  static final String PETROVA = "org-petrova-9901";
  static final String IVANOV = "org-ivanov-9901";
  static final String OTHER_SCHOOL = "org-sidorov-9902";
  static final String TEACHER = "teacher-kuznetsova-9901";

  private static final List<String> USERS = List.of(PETROVA, IVANOV, OTHER_SCHOOL, TEACHER);
  private static final List<String> GROUPS = List.of(RoleGroup.VPR_CLASSROOM_ORGANIZER.id(), Scopes.school("9901"),
      Scopes.school("9902"));

  private final ProcessEngine engine;
  private final IdentityService identity;

  SchoolOrganizers(ProcessEngine engine) {
    this.engine = engine;
    this.identity = engine.getIdentityService();
    close();
    for (String group : GROUPS) {
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        identity.saveGroup(identity.newGroup(group));
      }
    }
    user(PETROVA, "Анна", "Петрова", RoleGroup.VPR_CLASSROOM_ORGANIZER.id(), Scopes.school("9901"));
    user(IVANOV, "Иван", "Иванов", RoleGroup.VPR_CLASSROOM_ORGANIZER.id(), Scopes.school("9901"));
    user(OTHER_SCHOOL, "Пётр", "Сидоров", RoleGroup.VPR_CLASSROOM_ORGANIZER.id(), Scopes.school("9902"));
    user(TEACHER, "Мария", "Кузнецова", Scopes.school("9901"));
  }

  private void user(String id, String firstName, String lastName, String... groups) {
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(id, group);
    }
  }

  /** Runs {@code command} inside a command of the engine, as a model expression runs. */
  <T> T inCommand(Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command);
  }

  @Override
  public void close() {
    for (String id : USERS) {
      if (identity.createUserQuery().userId(id).count() > 0) {
        identity.deleteUser(id);
      }
    }
  }
}
