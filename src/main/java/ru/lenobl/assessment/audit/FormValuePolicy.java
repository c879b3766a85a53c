package ru.lenobl.assessment.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ru.lenobl.assessment.forms.FormField;
import ru.lenobl.assessment.forms.FormSchema;

/**
 * Which submitted form values the audit trail shows. Free-text fields (form-js {@code textfield}, {@code textarea}:
 * descriptions of violations, remarks, conclusions, order numbers, rooms) can hold a participant's name, so their values
 * are never shown: the trail says only that text was entered («(текст скрыт)»). Values of the other fields (checkbox,
 * number, radio, select, datetime) are shown under the field's Russian label. A submitted variable that is no field of
 * any form, and an empty value, are left out.
 */
public final class FormValuePolicy {

  public static final String MASK = "(текст скрыт)";
  static final Set<String> FREE_TEXT = Set.of("textfield", "textarea");

  private final Map<String, FormField> fieldsByKey;

  private FormValuePolicy(Map<String, FormField> fieldsByKey) {
    this.fieldsByKey = Map.copyOf(fieldsByKey);
  }

  /** The fields of every form under {@code forms/} on the classpath. */
  public static FormValuePolicy fromClasspath() {
    try {
      Map<String, FormField> fields = new HashMap<>();
      for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
        try (InputStream json = form.getInputStream()) {
          for (FormField field : FormSchema.parse(json).fields()) {
            // A key on two forms: free text wins, so that a value is never shown that one of them lets users type.
            fields.merge(field.key(), field, (a, b) -> isFreeText(a) ? a : b);
          }
        }
      }
      return new FormValuePolicy(fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isFreeText(FormField field) {
    return FREE_TEXT.contains(field.type());
  }

  /** The label and the value to show for a submitted variable, or empty when the trail leaves it out. */
  public Optional<Map.Entry<String, String>> shown(String key, Object value) {
    FormField field = fieldsByKey.get(key);
    if (field == null || value == null || value.toString().isBlank()) {
      return Optional.empty();
    }
    String label = field.label() == null || field.label().isBlank() ? key : field.label();
    if (isFreeText(field)) {
      return Optional.of(Map.entry(label, MASK));
    }
    return Optional.of(Map.entry(label, display(value)));
  }

  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** The keys of the free-text fields, whose values the trail masks (for the README and its test). */
  public Set<String> maskedKeys() {
    Set<String> keys = new TreeSet<>();
    fieldsByKey.values().stream().filter(FormValuePolicy::isFreeText).map(FormField::key).forEach(keys::add);
    return keys;
  }

  private static String display(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean bool) {
      return bool ? "да" : "нет";
    }
    String text = value.toString();
    try { // a datetime field's value as the form stored it, e.g. 2027-04-20T10:00+03:00 → 20.04.2027 10:00
      return DATE_TIME.format(OffsetDateTime.parse(text));
    } catch (DateTimeParseException notADateTime) {
      try {
        return DATE.format(LocalDate.parse(text));
      } catch (DateTimeParseException notADate) {
        return text;
      }
    }
  }
}
