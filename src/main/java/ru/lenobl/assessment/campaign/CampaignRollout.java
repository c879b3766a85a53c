package ru.lenobl.assessment.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;

import ru.lenobl.assessment.campaign.plan.NikoPlan;
import ru.lenobl.assessment.campaign.plan.PlanRejectedException;
import ru.lenobl.assessment.campaign.plan.VprPlan;
import ru.lenobl.assessment.identity.ScopeDirectory;
import ru.lenobl.assessment.identity.SystemContext;
import ru.lenobl.assessment.tabular.ImportError;

/**
 * Rolls a checked plan out: gives every school of the plan its tenant and scope group (reachable by its municipality,
 * the region and the auditor), then starts the campaign, all in one transaction and as the system, since the importing
 * regional coordinator holds no engine rights of their own. A school that the roster or an earlier plan placed in
 * another municipality refuses the plan, and nothing starts.
 */
public class CampaignRollout {

  private final CampaignLauncher launcher;
  private final IdentityService identityService;
  private final SystemContext system;

  public CampaignRollout(CampaignLauncher launcher, IdentityService identityService, SystemContext system) {
    this.launcher = launcher;
    this.identityService = identityService;
    this.system = system;
  }

  public CampaignLauncher.Started start(VprPlan plan) {
    Map<String, VprPlan.School> schools = new LinkedHashMap<>();
    plan.schools().forEach(school -> schools.put(school.schoolId(), school));
    return system.call(() -> {
      ScopeDirectory scopes = new ScopeDirectory(identityService);
      refuseMovedSchools(scopes, schools.values().stream().map(s -> new School(s.municipality(), s.schoolId())).toList());
      schools.values().forEach(school -> scopes.ensureSchool(school.municipality(), school.schoolId(), school.schoolName()));
      return launcher.launch(plan);
    });
  }

  public CampaignLauncher.Started start(NikoPlan plan) {
    Map<String, NikoPlan.Study> schools = new LinkedHashMap<>();
    plan.studies().forEach(study -> schools.putIfAbsent(study.schoolId(), study));
    return system.call(() -> {
      ScopeDirectory scopes = new ScopeDirectory(identityService);
      refuseMovedSchools(scopes, schools.values().stream().map(s -> new School(s.municipality(), s.schoolId())).toList());
      schools.values().forEach(study -> scopes.ensureSchool(study.municipality(), study.schoolId(), study.schoolName()));
      return launcher.launch(plan);
    });
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
