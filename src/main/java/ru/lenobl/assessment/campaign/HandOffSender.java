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
 *   <li>{@code reserve-day-decided}: the head's decision, to whichever process of the work waits for it ({@code workKey},
 *       with {@code headReserveDayDecision} and {@code headAbsentWithValidReasonCount});</li>
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
      case "reserve-day-decided" -> send(runtime.createMessageCorrelation(message)
          .processInstanceVariableEquals("workKey", execution.getVariable("workKey"))
          .setVariable("headReserveDayDecision", execution.getVariable("headReserveDayDecision"))
          .setVariable("headAbsentWithValidReasonCount", execution.getVariable("headAbsentWithValidReasonCount")));
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
