package ru.lenobl.assessment.campaign;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ru.lenobl.assessment.identity.SystemContext;

/**
 * Sends a hand-off between role processes: the message named by the throw event's definition, to the processes of
 * the same work, school, municipality or campaign that wait for it.
 * <ul>
 *   <li>{@code briefing-held}, {@code materials-issued}: to the organizers and the technical specialist of the work
 *       ({@code workKey});</li>
 *   <li>{@code materials-returned}: to the school coordinator's completion of the work, for this {@code classroom};</li>
 *   <li>{@code niko-briefing-held}, {@code niko-materials-issued}: to the NIKO classroom organizers (and, for the
 *       briefing, the technical specialist) of the study, one grade of a school ({@code studyKey});</li>
 *   <li>{@code niko-teacher-questionnaire-filled}: to the NIKO responsible organizer's conduct of the study
 *       ({@code studyKey}), for this {@code room};</li>
 *   <li>{@code niko-protocol-handed-over}: to the NIKO responsible organizer's completion, held once per school
 *       ({@code schoolKey}), for this study ({@code studyKey}) and {@code room};</li>
 *   <li>{@code niko-protocols-received}: to the NIKO technical specialist's completion, held once per school
 *       ({@code schoolKey}), for this study ({@code studyKey});</li>
 *   <li>{@code organizers-assigned}: from the school coordinator's preparation of a work to the organizers'
 *       preparation of the same work (the same business key, the work's);</li>
 *   <li>{@code results-uploaded}: to the municipality's and the campaign's process, which count the uploads for the
 *       monitoring actions, and to the work's technical specialist and school head ({@code workKey});</li>
 *   <li>{@code statistical-report-obtained}: to the school head's completion of the work ({@code workKey});</li>
 *   <li>{@code reserve-day-info-collected}: the school coordinator's absentee data (VPR-SCH-COMPLETE-7), left on every
 *       process of the work ({@code absentTotal}, {@code absentWithValidReasonCount}, {@code reserveDayRequested},
 *       {@code reserveDayComment}; the head's completion may start after it) and sent to those that wait for it
 *       ({@code workKey}): the work and the head's completion (VPR-HEAD-COMPLETE-3);</li>
 *   <li>{@code reserve-day-decided}: the head's decision, to whichever process of the work waits for it ({@code workKey},
 *       with {@code headReserveDayDecision}, {@code headAbsentWithValidReasonCount} and {@code headReserveDate});</li>
 *   <li>{@code reserve-day-proposed}: from the work, the head's «Да» to the municipal coordinator's completion of the
 *       work's municipality, which opens one decision (VPR-MUN-COMPLETE-4) for this work, with the work's and the
 *       head's data as local variables of that decision;</li>
 *   <li>{@code reserve-day-confirmed}: the municipality's decision back to the work ({@code workKey}, with
 *       {@code munReserveDayDecision} and {@code reserveSessionStartsAt}, the chosen reserve date's start);</li>
 *   <li>{@code schedule-drafted}, {@code schedule-approved}, {@code staff-appointed}: to the school's preparation processes (the school's
 *       business key).</li>
 * </ul>
 * {@code results-uploaded} and {@code statistical-report-obtained} also leave a mark on every process of the work
 * ({@code workResultsUploaded}, {@code workStatisticalReportObtained}): the head's and the technical specialist's
 * completion start after their conduct, possibly after the upload, and check the mark before they wait.
 * The campaign levels start every other receiver before its sender can send (see the README), so a hand-off is never lost;
 * a role process started on its own has no receivers and sends to nobody.
 */
public class HandOffSender implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(HandOffSender.class);

  /** What the school coordinator's VPR-SCH-COMPLETE-7 records, for the head and the work. */
  static final java.util.List<String> RESERVE_DAY_INFO =
      java.util.List.of("absentTotal", "absentWithValidReasonCount", "reserveDayRequested", "reserveDayComment");

  /** What the municipal coordinator's decision (VPR-MUN-COMPLETE-4) is given about the work. */
  static final java.util.List<String> RESERVE_DAY_PROPOSAL = java.util.List.of("workKey", "schoolId", "schoolName",
      "subject", "grade", "workDayEndsAt", "reserveDateOptions", "absentTotal", "absentWithValidReasonCount",
      "reserveDayComment", "headAbsentWithValidReasonCount", "headReserveDate");

  @Override
  public void execute(DelegateExecution execution) {
    ThrowEvent event = (ThrowEvent) execution.getBpmnModelElementInstance();
    MessageEventDefinition definition = (MessageEventDefinition) event.getEventDefinitions().iterator().next();
    String message = definition.getMessage().getName();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    String key = message.startsWith("niko-") ? "studyKey"
        : message.equals("results-uploaded") || message.equals("organizers-assigned") ? "campaignId"
        : message.startsWith("schedule-") || message.equals("staff-appointed") ? "schoolId" : "workKey";
    if (execution.getVariable(key) == null) {
      LOG.info("Hand-off {} from {} not sent: the process runs outside a campaign (no {})", message,
          execution.getProcessBusinessKey(), key);
      return;
    }
    // A hand-off crosses scopes (a school's upload reaches its municipality and the region): the receivers are found
    // and correlated by the system, not within the tenants of whoever completed the sending task.
    int delivered = SystemContext.withoutChecks(Context.getCommandContext(), () -> deliver(message, execution, runtime));
    LOG.info("Hand-off {} from {} ({}) delivered to {} waiting process(es)", message, execution.getProcessBusinessKey(),
        execution.getVariable(key), delivered);
  }

  private static int deliver(String message, DelegateExecution execution, RuntimeService runtime) {
    return switch (message) {
      case "statistical-report-obtained" -> markWork(runtime, execution, "workStatisticalReportObtained")
          + send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("workKey", execution.getVariable("workKey")));
      case "reserve-day-info-collected" -> {
        for (String name : RESERVE_DAY_INFO) {
          runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) execution.getVariable("workKey")).list()
              .forEach(instance -> runtime.setVariable(instance.getId(), name, execution.getVariable(name)));
        }
        yield send(runtime.createMessageCorrelation(message)
            .processInstanceVariableEquals("workKey", execution.getVariable("workKey")));
      }
      case "reserve-day-decided" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("workKey", execution.getVariable("workKey"))
          .setVariable("headReserveDayDecision", execution.getVariable("headReserveDayDecision"))
          .setVariable("headAbsentWithValidReasonCount", execution.getVariable("headAbsentWithValidReasonCount"))
          .setVariable("headReserveDate", execution.getVariable("headReserveDate")));
      case "reserve-day-proposed" -> {
        MessageCorrelationBuilder proposal = runtime.createMessageCorrelation(message).processInstanceBusinessKey(
            execution.getVariable("campaignId") + "/mun-" + execution.getVariable("municipalityId"));
        for (String name : RESERVE_DAY_PROPOSAL) {
          proposal.setVariableLocal(name, execution.getVariable(name));
        }
        // The decision is due before the date the head proposed (the anchor reserve-date).
        proposal.setVariableLocal("reserveStartsAt", execution.getVariable("headReserveDate"));
        yield send(proposal);
      }
      case "reserve-day-confirmed" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("workKey", execution.getVariable("workKey"))
          .setVariable("munReserveDayDecision", execution.getVariable("munReserveDayDecision"))
          .setVariable("reserveSessionStartsAt", execution.getVariable("munReserveDate")));
      case "briefing-held", "materials-issued" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("workKey", execution.getVariable("workKey")));
      case "materials-returned" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("workKey", execution.getVariable("workKey"))
          .localVariableEquals("classroom", execution.getVariable("classroom")));
      case "organizers-assigned" -> execution.getProcessBusinessKey() == null ? 0
          : send(runtime.createMessageCorrelation(message).processInstanceBusinessKey(execution.getProcessBusinessKey()));
      case "niko-briefing-held", "niko-materials-issued" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("studyKey", execution.getVariable("studyKey")));
      case "niko-teacher-questionnaire-filled" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("studyKey", execution.getVariable("studyKey"))
          .localVariableEquals("room", execution.getVariable("room")));
      case "niko-protocols-received" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("schoolKey", execution.getVariable("schoolKey"))
          .localVariableEquals("studyKey", execution.getVariable("studyKey")));
      case "niko-protocol-handed-over" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("schoolKey", execution.getVariable("schoolKey"))
          .localVariableEquals("studyKey", execution.getVariable("studyKey"))
          .localVariableEquals("room", execution.getVariable("room")));
      case "results-uploaded" -> {
        String campaign = (String) execution.getVariable("campaignId");
        String municipality = campaign + "/mun-" + execution.getVariable("municipalityId");
        yield send(runtime.createMessageCorrelation(message).processInstanceBusinessKey(municipality)
            .setVariableLocal("uploadedWork", execution.getProcessBusinessKey()))
            + send(runtime.createMessageCorrelation(message).processInstanceBusinessKey(campaign)
            .setVariableLocal("uploadedWork", execution.getProcessBusinessKey()))
            + (execution.getVariable("workKey") == null ? 0 : markWork(runtime, execution, "workResultsUploaded")
            + send(runtime.createMessageCorrelation(message)
            .processInstanceVariableEquals("workKey", execution.getVariable("workKey"))));
      }
      case "schedule-drafted", "schedule-approved", "staff-appointed" -> execution.getProcessBusinessKey() == null ? 0
          : send(runtime.createMessageCorrelation(message).processInstanceBusinessKey(execution.getProcessBusinessKey()));
      default -> throw new IllegalStateException("No receivers are defined for the hand-off " + message);
    };
  }

  /** Sets {@code mark} on every running process of the work (business key {@code workKey}); delivers to none. */
  private static int markWork(RuntimeService runtime, DelegateExecution execution, String mark) {
    runtime.createProcessInstanceQuery().processInstanceBusinessKey((String) execution.getVariable("workKey")).list()
        .forEach(instance -> runtime.setVariable(instance.getId(), mark, true));
    return 0;
  }

  private static int send(MessageCorrelationBuilder correlation) {
    return correlation.correlateAllWithResult().size();
  }
}
