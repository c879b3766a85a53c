package ru.lenobl.assessment.processes.vpr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import ru.lenobl.assessment.processes.ProcessTestCase;
import ru.lenobl.assessment.testsupport.ProcessTestEngine;

/** Памятка организатора в аудитории, «Завершение ВПР» (VPR-ORG-COMPLETE-1…4). */
class ClassroomOrganizerCompletionTest extends ProcessTestCase {

  @RegisterExtension
  static ProcessEngineCoverageExtension coverage = ProcessTestEngine.everyFlowNodeCovered();

  static final String PROCESS = "vpr-classroom-organizer-completion";

  @Override
  protected String processResource() {
    return "processes/vpr/classroom-organizer-completion.bpmn";
  }

  @Test
  void organizerCollectsPacksAndHandsOverTheMaterials() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12", with(RUSSIAN_4.variables(), "classroom", "Каб. 12"));

    fillAll(completion, "Task_AnnounceEnd", "Task_CollectWorks");
    fill(completion, "Task_PackMaterials", Map.of("orgPackagesCount", 2L));
    fill(completion, "Task_HandOverMaterials", Map.of("orgHandedOverPackagesCount", 2L, "orgAbsentCount", 0L));

    assertThat(completion).isEnded()
        .hasPassedInOrder("Task_AnnounceEnd", "Task_CollectWorks", "Task_PackMaterials", "Task_HandOverMaterials",
            "EndEvent_MaterialsHandedOver")
        .variables().containsEntry("orgHandedOverPackagesCount", 2L).containsEntry("orgProtocolHandedOver", true);
  }

  @Test
  void organizerRecordsAbsenteesAndTheDraftsPackage() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12",
        with(RUSSIAN_4.variables(), "classroom", "Каб. 12", "organizer", SchoolOrganizers.PETROVA));
    fillAll(completion, "Task_AnnounceEnd", "Task_CollectWorks");
    assertThat(task(completion)).isAssignedTo(SchoolOrganizers.PETROVA)
        .hasName("Скомплектовать пакеты (Каб. 12) — Школа №1 (демо), Русский язык, 4 класс");

    String pack = task(completion).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(pack,
        Map.of("orgPackagesCount", 1L, "orgCoverSheetsFilled", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("orgDraftsPackedSeparately");
    fill(completion, "Task_PackMaterials");

    String handOver = task(completion).getId();
    assertThatThrownBy(() -> engine.getTaskService().complete(handOver,
        Map.of("orgHandedOverPackagesCount", 1L, "orgProtocolHandedOver", true, "orgDraftsPackageHandedOver", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("orgAbsentCount");
    assertThatThrownBy(() -> engine.getTaskService().complete(handOver,
        Map.of("orgHandedOverPackagesCount", 1L, "orgProtocolHandedOver", true, "orgDraftsPackageHandedOver", true,
            "orgAbsentCount", -1L)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("orgAbsentCount");
    fill(completion, "Task_HandOverMaterials", Map.of("orgAbsentCount", 2L));

    // Counts only: the absentees' names are never asked for.
    assertThat(completion).isEnded().variables()
        .containsEntry("orgAbsentCount", 2L)
        .containsEntry("orgDraftsPackedSeparately", true)
        .containsEntry("orgDraftsPackageHandedOver", true);
  }

  /**
   * VPR-ORG-COMPLETE-3 (sets packed in order, the accompanying form, drafts apart) applies to the paper form only
   * (timing.json): a computer work has no paper sets to pack, the organizer goes from collecting to handing over.
   */
  @Test
  void computerWorkHasNoDraftsPackage() {
    ProcessInstance completion = start(PROCESS, RUSSIAN_4.businessKey() + "/Каб. 12",
        with(RUSSIAN_4.variables(), "classroom", "Каб. 12", "form", "computer"));
    fillAll(completion, "Task_AnnounceEnd", "Task_CollectWorks");

    assertThat(completion).isWaitingAtExactly("Task_HandOverMaterials").hasNotPassed("Task_PackMaterials")
        .hasPassed("Gateway_PaperFormMerge");
  }
}
