package ru.lenobl.assessment.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.identity.RoleGroup.Level;

class RoleGroupTest {

  @Test
  void everyRoleHasTheLevelOfItsScope() {
    Map<RoleGroup, Level> levels = new EnumMap<>(RoleGroup.class);
    Arrays.stream(RoleGroup.values()).forEach(role -> levels.put(role, role.level()));
    assertThat(levels).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry(RoleGroup.VPR_REGIONAL_COORDINATOR, Level.REGIONAL),
        Map.entry(RoleGroup.VPR_MUNICIPAL_COORDINATOR, Level.MUNICIPAL),
        Map.entry(RoleGroup.VPR_MUNICIPAL_EXPERT_COMMISSION, Level.MUNICIPAL),
        Map.entry(RoleGroup.VPR_SCHOOL_HEAD, Level.SCHOOL),
        Map.entry(RoleGroup.VPR_SCHOOL_COORDINATOR, Level.SCHOOL),
        Map.entry(RoleGroup.VPR_TECHNICAL_SPECIALIST, Level.SCHOOL),
        Map.entry(RoleGroup.VPR_CLASSROOM_ORGANIZER, Level.SCHOOL),
        Map.entry(RoleGroup.VPR_EXPERT, Level.SCHOOL),
        Map.entry(RoleGroup.VPR_OBSERVER, Level.SCHOOL),
        Map.entry(RoleGroup.NIKO_RESPONSIBLE_ORGANIZER, Level.SCHOOL),
        Map.entry(RoleGroup.NIKO_CLASSROOM_ORGANIZER, Level.SCHOOL),
        Map.entry(RoleGroup.NIKO_TECHNICAL_SPECIALIST, Level.SCHOOL),
        Map.entry(RoleGroup.AUDITOR, Level.AUDITOR)));
  }

  @Test
  void everyRoleIsFoundByItsIdRussianNameAndTitleAndNoNameIsShared() {
    for (RoleGroup role : RoleGroup.values()) {
      assertThat(RoleGroup.find(role.id())).contains(role);
      assertThat(RoleGroup.find(role.russianName())).contains(role);
      assertThat(RoleGroup.find(role.title())).contains(role);
      assertThat(RoleGroup.find(" " + role.russianName().toUpperCase().replace(" ", "  ") + " ")).contains(role);
    }
    assertThat(Arrays.stream(RoleGroup.values()).map(RoleGroup::russianName).distinct()).hasSize(RoleGroup.values().length);
    assertThat(RoleGroup.find("Школьный координатор ВПР")).contains(RoleGroup.VPR_SCHOOL_COORDINATOR);
    assertThat(RoleGroup.find("Руководитель ОО")).contains(RoleGroup.VPR_SCHOOL_HEAD);
    assertThat(RoleGroup.find("Аудитор")).contains(RoleGroup.AUDITOR);
    assertThat(RoleGroup.find("")).isEmpty();
    assertThat(RoleGroup.find("директор")).isEmpty();
  }
}
