package ru.lenobl.assessment.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;

/**
 * What a work is waiting for, for an escalation's description: {@code ${openTasks.of(workKey)}} lists the open tasks
 * of the work's processes (the roles' processes of the work carry the work's business key, its classrooms
 * {@code <workKey>/<classroom>}), without the escalations themselves and without the «— школа, предмет, класс» part
 * of their names, e.g. «Сдать материалы школьному координатору (Каб. 12); Проверить работы по критериям».
 */
public class OpenTasks {

  /** The open tasks of the work {@code workKey}, separated by «; », or a note that none is open. */
  public String of(String workKey) {
    TaskService tasks = Context.getProcessEngineConfiguration().getTaskService();
    List<String> names = new ArrayList<>();
    tasks.createTaskQuery().processInstanceBusinessKey(workKey).orderByTaskCreateTime().asc().list().stream()
        .filter(OpenTasks::notAnEscalation).map(task -> shortName(task, null)).forEach(names::add);
    String classroomPrefix = workKey + "/";
    tasks.createTaskQuery().processInstanceBusinessKeyLike(classroomPrefix + "%").orderByTaskCreateTime().asc().list()
        .stream().filter(OpenTasks::notAnEscalation)
        .map(task -> shortName(task, classroomOf(tasks, task))).forEach(names::add);
    return names.isEmpty() ? "открытых задач нет" : names.stream().distinct().collect(Collectors.joining("; "));
  }

  private static boolean notAnEscalation(Task task) {
    return task.getTaskDefinitionKey() == null || !task.getTaskDefinitionKey().startsWith("Task_Escalate");
  }

  private static String shortName(Task task, String classroom) {
    String name = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    int context = name.indexOf(" — ");
    String action = context < 0 ? name : name.substring(0, context);
    return classroom == null || action.endsWith("(" + classroom + ")") ? action : action + " (" + classroom + ")";
  }

  private static String classroomOf(TaskService tasks, Task task) {
    Object classroom = tasks.getVariable(task.getId(), "classroom");
    return classroom == null ? null : classroom.toString();
  }
}
