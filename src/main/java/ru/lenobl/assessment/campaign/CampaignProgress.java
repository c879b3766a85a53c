package ru.lenobl.assessment.campaign;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import ru.lenobl.assessment.identity.SystemContext;

/**
 * How far an imported campaign has got ({@code GET /api/vpr/campaigns/{id}}, {@code GET /api/niko/campaigns/{id}}):
 * {@code starting} while the job executor is still starting its schools, {@code running} once every school of the
 * plan has its instance, {@code finished} when the campaign instance has ended; and the incidents of the fan-out,
 * each naming the municipality or school whose start failed after its last retry. Read as the system: the caller's
 * role is checked by the endpoint.
 */
public class CampaignProgress {

  public static final String STARTING = "starting";
  public static final String RUNNING = "running";
  public static final String FINISHED = "finished";

  public record Progress(String campaignId, String state, long municipalities, long schoolsStarted, long schoolsTotal,
      List<FanOutIncident> incidents) {
  }

  /** A fan-out job out of retries: whose start failed (school fields empty for a municipality), why and when. */
  public record FanOutIncident(String municipalityId, String municipalityName, String schoolId, String schoolName,
      String message, String time) {
  }

  private final CampaignRecords records;
  private final ProcessEngine engine;
  private final SystemContext system;
  private final Deadlines deadlines;

  public CampaignProgress(CampaignRecords records, ProcessEngine engine, SystemContext system, Deadlines deadlines) {
    this.records = records;
    this.engine = engine;
    this.system = system;
    this.deadlines = deadlines;
  }

  /** The campaign's progress, or empty when no campaign of this procedure ({@code vpr}, {@code niko}) has this id. */
  public Optional<Progress> of(String procedure, String campaignId) {
    return records.find(campaignId)
        .filter(campaign -> campaign.procedure().equals(procedure) && campaign.processInstanceId() != null)
        .map(campaign -> system.call(() -> progress(campaign)));
  }

  private Progress progress(CampaignRecords.Campaign campaign) {
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(campaign.processInstanceId()).singleResult();
    long started = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("vpr".equals(campaign.procedure()) ? "vpr-school" : "niko-school")
        .processInstanceBusinessKeyLike(campaign.campaignId() + "/%")
        .count();
    String state = instance != null && instance.getEndTime() != null ? FINISHED
        : started >= campaign.schools() ? RUNNING : STARTING;
    return new Progress(campaign.campaignId(), state, campaign.municipalities(), started, campaign.schools(),
        incidents(campaign));
  }

  /** The incidents of the fan-out levels: the campaign instance and, for VPR, its municipalities' instances. */
  private List<FanOutIncident> incidents(CampaignRecords.Campaign campaign) {
    List<FanOutIncident> incidents = new ArrayList<>();
    for (Incident incident : engine.getRuntimeService().createIncidentQuery()
        .processInstanceId(campaign.processInstanceId()).orderByIncidentTimestamp().asc().list()) {
      if (isOwnCause(incident)) {
        incidents.add(campaignLevel(incident));
      }
    }
    for (ProcessInstance municipality : engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(campaign.processInstanceId()).processDefinitionKey("vpr-municipality").list()) {
      for (Incident incident : engine.getRuntimeService().createIncidentQuery()
          .processInstanceId(municipality.getId()).orderByIncidentTimestamp().asc().list()) {
        if (!isOwnCause(incident)) {
          continue;
        }
        Map<?, ?> school = element(incident, "school");
        incidents.add(new FanOutIncident(
            (String) engine.getRuntimeService().getVariable(municipality.getId(), "municipalityId"),
            (String) engine.getRuntimeService().getVariable(municipality.getId(), "municipalityName"),
            text(school, "id"), text(school, "name"), incident.getIncidentMessage(), time(incident)));
      }
    }
    return incidents;
  }

  /**
   * An incident of this instance's own job; the engine repeats a called instance's incident in its callers, pointing
   * at its cause, and those copies are left out (the cause is listed where it happened).
   */
  private static boolean isOwnCause(Incident incident) {
    return incident.getCauseIncidentId() == null || incident.getCauseIncidentId().equals(incident.getId());
  }

  /** A VPR campaign's job starts a municipality; a NIKO campaign's job starts a school. */
  private FanOutIncident campaignLevel(Incident incident) {
    Map<?, ?> municipality = element(incident, "municipality");
    if (municipality != null) {
      return new FanOutIncident(text(municipality, "id"), text(municipality, "name"), null, null,
          incident.getIncidentMessage(), time(incident));
    }
    Map<?, ?> school = element(incident, "school");
    return new FanOutIncident(text(school, "municipalityId"), text(school, "municipalityName"), text(school, "schoolId"),
        text(school, "schoolName"), incident.getIncidentMessage(), time(incident));
  }

  /** The multi-instance element (one municipality's or school's part) of the execution whose job failed. */
  private Map<?, ?> element(Incident incident, String name) {
    if (incident.getExecutionId() == null) {
      return null;
    }
    Object value = engine.getRuntimeService().getVariableLocal(incident.getExecutionId(), name);
    return value instanceof Map<?, ?> map ? map : null;
  }

  private static String text(Map<?, ?> map, String key) {
    Object value = map == null ? null : map.get(key);
    return value == null ? null : value.toString();
  }

  private String time(Incident incident) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
        incident.getIncidentTimestamp().toInstant().atZone(deadlines.zone()).toOffsetDateTime());
  }
}
