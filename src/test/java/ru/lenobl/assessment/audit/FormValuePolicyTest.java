package ru.lenobl.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which submitted form values the audit trail shows: never free text, which could name a participant. */
class FormValuePolicyTest {

  final FormValuePolicy policy = FormValuePolicy.fromClasspath();

  @Test
  void everyFreeTextFieldOfEveryFormIsMasked() {
    assertThat(policy.maskedKeys()).hasSize(33)
        .contains("orgClassroomViolationsDescription", "nikoOrgOrderViolationsDescription", "recheckConclusion",
            "observerRemarks", "headResultsConclusions", "escalationComment", "regulationsQuestions");
    assertThat(policy.shown("orgClassroomViolationsDescription", "Иванов Пётр списывал"))
        .contains(Map.entry("Описание нарушений", FormValuePolicy.MASK));
  }

  @Test
  void ticksNumbersAndChoicesAreShownUnderTheirRussianLabel() {
    assertThat(policy.shown("regulationsStudied", true))
        .contains(Map.entry("Нормативные документы, инструктивные и методические материалы изучены", "да"));
    assertThat(policy.shown("headOrderDate", "2027-04-20T10:00+03:00")).map(Map.Entry::getValue).contains("20.04.2027 10:00");
  }

  @Test
  void variablesThatAreNoFormFieldAndEmptyValuesAreLeftOut() {
    assertThat(policy.shown("schoolName", "Школа №1")).isEmpty();
    assertThat(policy.shown("regulationsQuestions", " ")).isEmpty();
  }
}
