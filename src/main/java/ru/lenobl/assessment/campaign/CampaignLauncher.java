package ru.lenobl.assessment.campaign;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;

import ru.lenobl.assessment.campaign.plan.NikoPlan;
import ru.lenobl.assessment.campaign.plan.VprPlan;
import ru.lenobl.assessment.campaign.plan.VprPlanParser;

/**
 * Starts a validated plan-schedule as one process instance, {@code vpr-campaign} or {@code niko-campaign}, whose
 * business key is the campaign id. The plan becomes JSON variables the levels iterate; every deadline is computed
 * here from the plan's dates by {@link Deadlines}, never written in the models. The start is one small transaction:
 * the campaign instance, its regional coordinator's processes and one job per municipality (VPR) or school (NIKO);
 * the job executor then starts each municipality, and each school, in its own transaction ({@code camunda:asyncBefore}
 * on the levels' multi-instance loops, retried {@code R3/PT1M}, then an incident).
 *
 * <p>No instance holds more of the plan than its own part: the campaign's list is transient (see
 * {@link #startOnly}); each municipality's call holds that municipality's part, whose {@code schools} are short
 * entries and whose {@code schoolPlans} hold each school's works by code; each school holds its own works.
 *
 * <p>The anchors of the tasks' due dates ({@code memos/timing.json}, see {@code ru.lenobl.assessment.tasks}) are
 * variables of the level they belong to: the campaign holds {@code planImportedAt}, {@code windowEndsAt},
 * {@code regionFirstWorkStartsAt} and {@code lastResultsDueAt}; a municipality {@code municipalityFirstWorkStartsAt},
 * {@code municipalityLastWorkDayEndsAt}, {@code municipalityFirstReserveStartsAt} and its {@code lastResultsDueAt} (and
 * its plan's {@code subjects}, over which the expert commission re-checks); a
 * school {@code schoolFirstWorkStartsAt}, {@code schoolFirstArchiveAvailableAt} and its {@code lastResultsDueAt}; a
 * work {@code workEndsAt}, {@code workDayEndsAt}, {@code reserveStartsAt} (its first reserve date) and
 * {@code reserveDateOptions} (all its reserve dates, for the reserve-day decision's select); a NIKO study {@code studyEndsAt} and {@code studyDayEndsAt}; a NIKO school those of its first study.
 */
public class CampaignLauncher {

  public static final String VPR_CAMPAIGN = "vpr-campaign";
  public static final String NIKO_CAMPAIGN = "niko-campaign";

  /** What the import answers with 201. */
  public record Started(String campaignId, String processInstanceId, long municipalities, long schools, long works) {
  }

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final Deadlines deadlines;

  public CampaignLauncher(RuntimeService runtimeService, HistoryService historyService, Deadlines deadlines) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.deadlines = deadlines;
  }

  public Started launch(VprPlan plan) {
    ensureNew(plan.campaignId());
    List<Map<String, Object>> municipalities = new ArrayList<>();
    for (Municipality municipality : plan.municipalities()) {
      // The municipality iterates over short entries (the call's inputs) and hands each school its own plan by code.
      List<Map<String, Object>> schools = new ArrayList<>();
      Map<String, Object> schoolPlans = new LinkedHashMap<>();
      for (VprPlan.School school : plan.schoolsOf(municipality)) {
        Map<String, Object> schoolPlan = school(plan.campaignId(), school);
        schoolPlans.put(school.schoolId(), schoolPlan);
        schools.add(map("id", schoolPlan.get("id"), "name", schoolPlan.get("name"),
            "firstWorkStartsAt", schoolPlan.get("firstWorkStartsAt"),
            "firstArchiveAvailableAt", schoolPlan.get("firstArchiveAvailableAt"),
            "lastResultsDueAt", schoolPlan.get("lastResultsDueAt")));
      }
      List<VprPlan.Work> works = plan.schoolsOf(municipality).stream().flatMap(s -> s.works().stream()).toList();
      String firstReserve = works.stream().flatMap(w -> w.reserveDates().stream().limit(1).map(d -> deadlines.at(d, w.time())))
          .min(Comparator.naturalOrder()).map(CampaignLauncher::iso).orElse("");
      municipalities.add(map("id", municipality.id(), "name", municipality.russianName(), "schools", schools,
          "schoolPlans", schoolPlans,
          "firstWorkStartsAt", iso(firstStart(works)),
          "lastWorkDayEndsAt", iso(works.stream().map(w -> deadlines.endOfDay(w.date())).max(Comparator.naturalOrder())
              .orElseThrow()),
          "lastResultsDueAt", iso(lastResultsDue(works)),
          "firstReserveStartsAt", firstReserve,
          "subjects", new ArrayList<>(works.stream().map(VprPlan.Work::subject).distinct().sorted().toList())));
    }
    List<VprPlan.Work> allWorks = plan.schools().stream().flatMap(s -> s.works().stream()).toList();
    boolean computer = plan.schools().stream().flatMap(s -> s.works().stream()).anyMatch(w -> "computer".equals(w.form()));
    Map<String, Object> variables = map(
        "campaignId", plan.campaignId(),
        "windowStart", plan.windowStart().toString(),
        "windowEnd", plan.windowEnd().toString(),
        "form", computer ? "computer" : "paper",
        "regResultsUploadedCount", 0,
        "municipalities", startOnly(municipalities),
        "planImportedAt", iso(now()),
        "windowEndsAt", iso(deadlines.endOfDay(plan.windowEnd())),
        "regionFirstWorkStartsAt", iso(firstStart(allWorks)),
        "lastResultsDueAt", iso(lastResultsDue(allWorks)));
    ProcessInstance campaign = runtimeService.startProcessInstanceByKey(VPR_CAMPAIGN, plan.campaignId(), variables);
    return new Started(plan.campaignId(), campaign.getId(), plan.municipalities().size(), plan.schools().size(),
        plan.workCount());
  }

  public Started launch(NikoPlan plan) {
    ensureNew(plan.campaignId());
    // One niko-school per school, holding its studies (one per grade): per-school actions run once per school.
    Map<String, List<NikoPlan.Study>> bySchool = new LinkedHashMap<>();
    for (NikoPlan.Study study : plan.studies()) {
      bySchool.computeIfAbsent(study.schoolId(), id -> new ArrayList<>()).add(study);
    }
    List<Map<String, Object>> schools = new ArrayList<>();
    for (List<NikoPlan.Study> ofSchool : bySchool.values()) {
      NikoPlan.Study any = ofSchool.get(0);
      String schoolKey = plan.campaignId() + "/mun-" + any.municipality().id() + "/school-" + any.schoolId();
      List<Map<String, Object>> studies = new ArrayList<>();
      for (NikoPlan.Study study : ofSchool.stream().sorted(Comparator.comparing(NikoPlan.Study::studyDate)
          .thenComparing(NikoPlan.Study::grade)).toList()) {
        OffsetDateTime startsAt = deadlines.at(study.studyDate(), deadlines.nikoStudyStartsAt());
        studies.add(map(
            "grade", study.grade(),
            "studyDate", study.studyDate().toString(),
            "rooms", new ArrayList<>(study.rooms()),
            "videoSurveillance", study.videoSurveillance() ? "yes" : "no",
            "studyStartsAt", iso(startsAt),
            "studyEndsAt", iso(startsAt.plus(deadlines.nikoStudyDuration())),
            "studyDayEndsAt", iso(deadlines.endOfDay(study.studyDate())),
            "studyKey", schoolKey + "/grade-" + study.grade()));
      }
      Map<String, Object> first = studies.get(0);
      schools.add(map(
          "municipalityId", any.municipality().id(),
          "municipalityName", any.municipality().russianName(),
          "schoolId", any.schoolId(),
          "schoolName", any.schoolName(),
          "schoolKey", schoolKey,
          "grades", String.join(", ", ofSchool.stream().map(NikoPlan.Study::grade).sorted().map(String::valueOf).toList()),
          "videoSurveillance", ofSchool.stream().anyMatch(NikoPlan.Study::videoSurveillance) ? "yes" : "no",
          "studyDate", first.get("studyDate"),
          "studyStartsAt", first.get("studyStartsAt"),
          "studyEndsAt", first.get("studyEndsAt"),
          "studyDayEndsAt", first.get("studyDayEndsAt"),
          "studies", studies));
    }
    Map<String, Object> variables = map("campaignId", plan.campaignId(), "windowStart", plan.windowStart().toString(),
        "windowEnd", plan.windowEnd().toString(), "schools", startOnly(schools),
        "planImportedAt", iso(now()), "windowEndsAt", iso(deadlines.endOfDay(plan.windowEnd())));
    ProcessInstance campaign = runtimeService.startProcessInstanceByKey(NIKO_CAMPAIGN, plan.campaignId(), variables);
    return new Started(plan.campaignId(), campaign.getId(), plan.municipalityCount(), plan.schoolCount(),
        plan.studies().size());
  }

  /**
   * The plan's list that the campaign's multi-instance iterates over: transient, so the campaign instance never stores
   * it. The multi-instance reads it once, in this transaction, and gives each inner instance its own element (one
   * municipality's or one school's part), which is all that instance keeps.
   */
  private static Object startOnly(List<Map<String, Object>> list) {
    return Variables.objectValue(list, true).create();
  }

  private void ensureNew(String campaignId) {
    boolean exists = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(VPR_CAMPAIGN, NIKO_CAMPAIGN)
        .processInstanceBusinessKey(campaignId)
        .count() > 0;
    if (exists) {
      throw new CampaignAlreadyExistsException(campaignId);
    }
  }

  private Map<String, Object> school(String campaignId, VprPlan.School school) {
    List<Map<String, Object>> works = new ArrayList<>();
    for (VprPlan.Work work : school.works()) {
      works.add(work(work));
    }
    Map<String, Object> first = works.stream()
        .min(Comparator.comparing(work -> OffsetDateTime.parse((String) work.get("workStartsAt")))).orElseThrow();
    return map("id", school.schoolId(), "name", school.schoolName(), "first", first, "works", works,
        "firstWorkStartsAt", first.get("workStartsAt"),
        "firstArchiveAvailableAt", first.get("archiveAvailableAt"),
        "lastResultsDueAt", iso(lastResultsDue(school.works())));
  }

  private Map<String, Object> work(VprPlan.Work work) {
    OffsetDateTime startsAt = deadlines.at(work.date(), work.time());
    OffsetDateTime resultsDue = deadlines.resultsDue(work.resultsDueDate());
    String reserveStartsAt = work.reserveDates().isEmpty() ? "" : iso(deadlines.at(work.reserveDates().get(0), work.time()));
    return map(
        "workId", work.workId(),
        "subject", work.subject(),
        "grade", work.grade(),
        "form", work.form(),
        "durationMinutes", work.durationMinutes(),
        "workStartsAt", iso(startsAt),
        "workEndsAt", iso(startsAt.plusMinutes(work.durationMinutes())),
        "workDayEndsAt", iso(deadlines.endOfDay(work.date())),
        "conductStartsAt", iso(deadlines.conductStarts(startsAt)),
        "archiveAvailableAt", iso(deadlines.archiveAvailable(startsAt)),
        "resultsDueAt", iso(resultsDue),
        "regionEscalationAt", iso(deadlines.regionEscalation(resultsDue)),
        "reserveStartsAt", reserveStartsAt,
        "hasReserveDate", work.reserveDates().isEmpty() ? "no" : "yes",
        "reserveDateOptions", reserveDateOptions(work),
        "foreignLanguageWork", VprPlanParser.isForeignLanguage(work.subject()) ? "yes" : "no",
        "classrooms", new ArrayList<>(work.classrooms()),
        "objectivityControl", work.objectivityControl() ? "yes" : "no");
  }

  /** The work's reserve dates from the plan, as the options of a select: the date, and the session's start. */
  private List<Map<String, Object>> reserveDateOptions(VprPlan.Work work) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (var date : work.reserveDates()) {
      options.add(map("label", DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date),
          "value", iso(deadlines.at(date, work.time()))));
    }
    return options;
  }

  private OffsetDateTime firstStart(List<VprPlan.Work> works) {
    return works.stream().map(w -> deadlines.at(w.date(), w.time())).min(Comparator.naturalOrder()).orElseThrow();
  }

  private OffsetDateTime lastResultsDue(List<VprPlan.Work> works) {
    return works.stream().map(w -> deadlines.resultsDue(w.resultsDueDate())).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** The engine's clock (tests move it), in the region's zone. */
  private OffsetDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(deadlines.zone()).toOffsetDateTime();
  }

  private static String iso(OffsetDateTime time) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
