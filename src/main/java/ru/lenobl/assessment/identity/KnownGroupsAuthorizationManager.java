package ru.lenobl.assessment.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its group pre-filter for users of a few groups. Before every authorization
 * check the engine narrows the user's groups to those that appear in any authorization, by reading
 * {@code SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION} once per command. The engine writes an authorization
 * for every task's candidate group, so at 100 000 open tasks that statement reads 100 000 rows for each task-list
 * request: about 25 ms on PostgreSQL, more than the task list's query itself (BENCHMARKS.md; camunda-bpm-platform
 * issue 5485). The narrowing only shortens the {@code GROUP_ID_ IN (…)} lists of the checks: a group without any
 * authorization matches no row there. So for a user of at most {@value #MAX_UNFILTERED} groups (staff have two or
 * three) the groups are passed on as they are, and the checks answer exactly as before.
 */
public class KnownGroupsAuthorizationManager extends AuthorizationManager {

  static final int MAX_UNFILTERED = 50;

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return Collections.emptyList();
    }
    if (authenticatedGroupIds.size() <= MAX_UNFILTERED) {
      return new ArrayList<>(authenticatedGroupIds);
    }
    return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
  }
}
