package ru.lenobl.assessment.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormSchemaTest {

  static final String FORM = """
      {"id": "sample", "type": "default", "components": [
        {"type": "text", "text": "#### Заголовок"},
        {"type": "checkbox", "key": "confirmed", "label": "Подтверждаю", "validate": {"required": true}},
        {"type": "number", "key": "count", "label": "Количество", "validate": {"required": true, "min": 1, "max": 10}},
        {"type": "radio", "key": "answer", "label": "Ответ", "values": [{"label": "Да", "value": "yes"}, {"label": "Нет", "value": "no"}],
         "validate": {"required": true}},
        {"type": "group", "label": "Группа", "components": [
          {"type": "textfield", "key": "place", "label": "Место", "validate": {"required": true, "maxLength": 5}}
        ]},
        {"type": "textarea", "key": "comment", "label": "Комментарий"}
      ]}
      """;

  final FormSchema schema = FormSchema.parse(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)));

  @Test
  void readsEveryInputIncludingThoseInGroupsButNotTheTexts() {
    assertThat(schema.id()).isEqualTo("sample");
    assertThat(schema.fields()).extracting(FormField::key)
        .containsExactlyInAnyOrder("confirmed", "count", "answer", "place", "comment");
  }

  @Test
  void acceptsACompleteSubmission() {
    assertThat(schema.validate(Map.of("confirmed", true, "count", 3L, "answer", "no", "place", "Каб.1")::get)).isEmpty();
  }

  @Test
  void namesEveryMissingRequiredFieldAndIgnoresOptionalOnes() {
    assertThat(schema.validate(key -> null)).extracting(FieldError::key)
        .containsExactly("confirmed", "count", "answer", "place");
  }

  @Test
  void anUntickedRequiredCheckboxIsMissing() {
    Map<String, Object> values = valid();
    values.put("confirmed", false);
    assertThat(schema.validate(values::get)).singleElement()
        .satisfies(error -> assertThat(error.toString()).isEqualTo("«Подтверждаю» (confirmed): обязательное поле не заполнено"));
  }

  @Test
  void refusesNumbersOutOfRangeAndValuesOutsideTheOptionsAndOverlongTexts() {
    Map<String, Object> values = valid();
    values.put("count", 11L);
    values.put("answer", "maybe");
    values.put("place", "Кабинет 12");
    assertThat(schema.validate(values::get)).extracting(FieldError::problem)
        .containsExactly("не больше 10", "допустимые значения: yes, no", "не более 5 символов");
  }

  @Test
  void aBlankTextIsMissing() {
    Map<String, Object> values = valid();
    values.put("place", "   ");
    assertThat(schema.validate(values::get)).extracting(FieldError::key).containsExactly("place");
  }

  private static Map<String, Object> valid() {
    return new HashMap<>(Map.of("confirmed", true, "count", 3L, "answer", "yes", "place", "Каб.1"));
  }

  static final String DYNAMIC = """
      {"id": "dynamic", "type": "default", "components": [
        {"type": "select", "key": "organizer", "label": "Организатор", "valuesKey": "organizerOptions",
         "validate": {"required": true}}
      ]}
      """;

  final FormSchema dynamic = FormSchema.parse(new ByteArrayInputStream(DYNAMIC.getBytes(StandardCharsets.UTF_8)));

  @Test
  void aSelectWithValuesKeyAcceptsOnlyAValueOfferedInThatVariable() {
    String offered = "[{\"label\": \"Петрова А. А.\", \"value\": \"petrova\"}, {\"label\": \"Иванов И. И.\", \"value\": \"ivanov\"}]";
    assertThat(dynamic.validate(Map.of("organizer", "ivanov", "organizerOptions", offered)::get)).isEmpty();
    assertThat(dynamic.validate(Map.of("organizer", "ivanov",
        "organizerOptions", java.util.List.of(Map.of("label", "Иванов И. И.", "value", "ivanov")))::get)).isEmpty();
    assertThat(dynamic.validate(Map.of("organizer", "sidorov", "organizerOptions", offered)::get)).singleElement()
        .satisfies(error -> assertThat(error.toString())
            .isEqualTo("«Организатор» (organizer): допустимые значения: petrova, ivanov"));
    assertThat(dynamic.validate(Map.of("organizer", "petrova")::get)).singleElement()
        .satisfies(error -> assertThat(error.toString()).isEqualTo("«Организатор» (organizer): нет допустимых значений"));
    assertThat(dynamic.validate(key -> null)).extracting(FieldError::key).containsExactly("organizer");
  }
}
