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
}
