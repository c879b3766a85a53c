package ru.lenobl.assessment.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * What a classroom organizer has already done in the organizers' preparation ({@code vpr-classroom-organizer-preparation}),
 * for the models: {@code ${organizerHistory...}}. Read from the history of completed tasks assigned to the organizer,
 * as the system (the organizer's earlier tasks may lie in another school's or campaign's scope).
 * <ul>
 *   <li>{@link #hasStudiedRegulations(String)}: VPR-ORG-PREP-1 completed in this or an earlier campaign;</li>
 *   <li>{@link #hasReadSchedule(String, String)}: VPR-ORG-PREP-2 completed in this campaign (each campaign has its
 *       own plan).</li>
 * </ul>
 * A preparation left to the organizers' group (no organizer) is never skipped.
 */
public class OrganizerHistory {

  public static final String ORGANIZER_PREPARATION = "vpr-classroom-organizer-preparation";
  public static final String STUDY_REGULATIONS = "Task_StudyRegulations";
  public static final String READ_SCHEDULE = "Task_ReadSchedule";

  public boolean hasStudiedRegulations(String organizer) {
    return organizer != null && system(() -> completed(organizer, STUDY_REGULATIONS, null));
  }

  public boolean hasReadSchedule(String organizer, String campaignId) {
    return organizer != null && campaignId != null && system(() -> completed(organizer, READ_SCHEDULE, campaignId));
  }

  private static boolean completed(String organizer, String taskKey, String campaignId) {
    HistoryService history = Context.getProcessEngineConfiguration().getHistoryService();
    HistoricTaskInstanceQuery query = history.createHistoricTaskInstanceQuery()
        .processDefinitionKey(ORGANIZER_PREPARATION).taskDefinitionKey(taskKey).taskAssignee(organizer).finished();
    if (campaignId != null) {
      query.processVariableValueEquals("campaignId", campaignId);
    }
    return query.count() > 0;
  }

  private static <T> T system(Supplier<T> work) {
    CommandContext command = Context.getCommandContext();
    return command == null ? work.get() : SystemContext.withoutChecks(command, work);
  }
}
