package ru.lenobl.assessment.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

import ru.lenobl.assessment.campaign.plan.NikoPlan;
import ru.lenobl.assessment.campaign.plan.PlanRejectedException;
import ru.lenobl.assessment.campaign.plan.VprPlan;
import ru.lenobl.assessment.identity.ScopeDirectory;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.tabular.ImportError;

/**
 * Rolls a checked plan out, in one short transaction and as the system, since the importing regional coordinator
 * holds no engine rights of their own: claims the campaign id in {@link CampaignRecords} (a second import of the id,
 * on any node, fails there with 409), gives every school of the plan its tenant and scope group (reachable by its
 * municipality, the region and the auditor), and starts the campaign instance. The schools' instances start later,
 * each in its own job, and find their tenant in place. A school that the roster or an earlier plan placed in another
 * municipality refuses the plan, and nothing starts.
 *
 * <p>The scopes are created here, not in each school's job: the plan is checked against the directory here anyway (a
 * school moved to another municipality refuses the plan), a school's municipal coordinator reaches the school from the
 * moment the import answers, and the jobs stay free of identity writes. It is a handful of rows per school.
 */
public class CampaignRollout {

  private final CampaignLauncher launcher;
  private final IdentityService identityService;
  private final SystemContext system;

  private final CampaignRecords records;

  public CampaignRollout(CampaignLauncher launcher, IdentityService identityService, SystemContext system,
      CampaignRecords records) {
    this.launcher = launcher;
    this.identityService = identityService;
    this.system = system;
    this.records = records;
  }

  public CampaignLauncher.Started start(VprPlan plan) {
    Map<String, VprPlan.School> schools = new LinkedHashMap<>();
    plan.schools().forEach(school -> schools.put(school.schoolId(), school));
    String importedBy = importedBy();
    return system.call(() -> {
      records.claim(plan.campaignId(), "vpr", plan.municipalities().size(), plan.schools().size(), plan.workCount(),
          importedBy);
      ScopeDirectory scopes = new ScopeDirectory(identityService);
      refuseMovedSchools(scopes, schools.values().stream().map(s -> new School(s.municipality(), s.schoolId())).toList());
      schools.values().forEach(school -> scopes.ensureSchool(school.municipality(), school.schoolId(), school.schoolName()));
      return started(launcher.launch(plan));
    });
  }

  public CampaignLauncher.Started start(NikoPlan plan) {
    Map<String, NikoPlan.Study> schools = new LinkedHashMap<>();
    plan.studies().forEach(study -> schools.putIfAbsent(study.schoolId(), study));
    String importedBy = importedBy();
    return system.call(() -> {
      records.claim(plan.campaignId(), "niko", plan.municipalityCount(), plan.schoolCount(), plan.studies().size(),
          importedBy);
      ScopeDirectory scopes = new ScopeDirectory(identityService);
      refuseMovedSchools(scopes, schools.values().stream().map(s -> new School(s.municipality(), s.schoolId())).toList());
      schools.values().forEach(study -> scopes.ensureSchool(study.municipality(), study.schoolId(), study.schoolName()));
      return started(launcher.launch(plan));
    });
  }

  private CampaignLauncher.Started started(CampaignLauncher.Started started) {
    records.started(started.campaignId(), started.processInstanceId());
    return started;
  }

  private String importedBy() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private record School(Municipality municipality, String code) {
  }

  private static void refuseMovedSchools(ScopeDirectory scopes, List<School> schools) {
    List<ImportError> errors = new ArrayList<>();
    for (School school : schools) {
      scopes.refusalToMove(school.code(), school.municipality())
          .ifPresent(refusal -> errors.add(new ImportError(0, "municipality", refusal)));
    }
    if (!errors.isEmpty()) {
      throw new PlanRejectedException(errors);
    }
  }
}
