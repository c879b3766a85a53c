package ru.lenobl.assessment.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The plan's works as the models need them, read-only: {@code ${campaignPlan...}}. The plan is found from the calling
 * execution up the chain of calling processes: the school's works ({@code school.works}, held by {@code vpr-school})
 * or the region's ({@code municipalities[].schools[].works}, held by {@code vpr-campaign}); a role process started
 * on its own falls back to its own work's variables ({@code workId}, {@code workStartsAt}, …).
 * A work is under objectivity control when its {@code objectivityControl} is {@code yes} (the plan's optional column).
 */
public class CampaignPlan {

  static final String YES = "yes";

  /**
   * The school's works, each a map with at least {@code workId}, {@code subject}, {@code grade},
   * {@code workStartsAt} and {@code classrooms}: for the head's per-work preparation (VPR-HEAD-PREP-4).
   */
  public List<Map<String, Object>> worksOf(DelegateExecution execution) {
    List<Map<String, Object>> works = schoolWorks(execution);
    if (works != null) {
      return works;
    }
    Map<String, Object> own = new LinkedHashMap<>();
    for (String name : List.of("workId", "subject", "grade", "form", "workStartsAt", "classrooms", "objectivityControl")) {
      own.put(name, execution.getVariable(name));
    }
    return own.get("workStartsAt") == null ? List.of() : List.of(own);
  }

  /** Whether the school has a work its own experts check (VPR-HEAD-PREP-7); true when the plan is not found. */
  public boolean anyWorkWithoutObjectivityControl(DelegateExecution execution) {
    List<Map<String, Object>> works = schoolWorks(execution);
    if (works == null) {
      return !YES.equals(execution.getVariable("objectivityControl"));
    }
    return works.stream().anyMatch(work -> !underObjectivityControl(work));
  }

  /** Whether the region's plan has a work under objectivity control (VPR-REG-PREP-6); false when none is found. */
  public boolean anyWorkUnderObjectivityControl(DelegateExecution execution) {
    for (DelegateExecution level = execution; level != null; level = level.getProcessInstance().getSuperExecution()) {
      if (level.getVariable("municipalities") instanceof Collection<?> municipalities) {
        return anyWork(municipalities, CampaignPlan::underObjectivityControl);
      }
      if (YES.equals(level.getVariable("planHasObjectivityControl"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyWork(Collection<?> municipalities, Predicate<Map<?, ?>> test) {
    for (Object municipality : municipalities) {
      if (municipality instanceof Map<?, ?> m && m.get("schools") instanceof Collection<?> schools) {
        for (Object school : schools) {
          if (school instanceof Map<?, ?> s && s.get("works") instanceof Collection<?> works) {
            for (Object work : works) {
              if (work instanceof Map<?, ?> w && test.test(w)) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean underObjectivityControl(Map<?, ?> work) {
    return YES.equals(work.get("objectivityControl"));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> schoolWorks(DelegateExecution execution) {
    for (DelegateExecution level = execution; level != null; level = level.getProcessInstance().getSuperExecution()) {
      if (level.getVariable("school") instanceof Map<?, ?> school && school.get("works") instanceof Collection<?> works) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Object work : works) {
          if (work instanceof Map<?, ?> each) {
            list.add((Map<String, Object>) each);
          }
        }
        return list;
      }
    }
    return null;
  }
}
