package ru.lenobl.assessment.identity;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tasklist's filter "Задачи моих групп": the tasks offered to the groups of whoever is logged in. */
@Component
public class TasklistFilters {

  public static final String MY_GROUPS = "Задачи моих групп";

  private final FilterService filterService;
  private final TaskService taskService;

  public TasklistFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void createMissingFilters() {
    if (filterService.createFilterQuery().filterName(MY_GROUPS).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(MY_GROUPS)
        .setQuery(taskService.createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks())
        .setProperties(Map.of(
            "description", "Задачи, предложенные группам текущего пользователя, включая взятые в работу",
            "priority", -10,
            "refresh", true));
    filterService.saveFilter(filter);
  }
}
