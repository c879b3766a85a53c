package ru.lenobl.assessment.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The input fields of a Camunda Form (form-js JSON), read from its schema, including fields nested in groups. */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NOT_INPUTS = Set.of("text", "html", "image", "button", "spacer", "separator", "iframe", "table");

  private static final Set<String> SINGLE_CHOICE = Set.of("radio", "select");

  private final String id;
  private final List<FormField> fields;

  private FormSchema(String id, List<FormField> fields) {
    this.id = id;
    this.fields = List.copyOf(fields);
  }

  public static FormSchema parse(InputStream json) {
    try {
      JsonNode root = JSON.readTree(json);
      List<FormField> fields = new ArrayList<>();
      collect(root.path("components"), fields);
      return new FormSchema(root.path("id").asText(null), fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable Camunda Form", e);
    }
  }

  private static void collect(JsonNode components, List<FormField> into) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.has("components")) {
        collect(component.path("components"), into);
      }
      if (NOT_INPUTS.contains(type) || !component.hasNonNull("key")) {
        continue;
      }
      if (component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)) {
        // Shown to the user, not submitted: what another role recorded (e.g. the coordinator's absentees).
        continue;
      }
      JsonNode validate = component.path("validate");
      into.add(new FormField(
          component.get("key").asText(),
          label(component),
          type,
          validate.path("required").asBoolean(false),
          decimal(validate.get("min")),
          decimal(validate.get("max")),
          validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
          options(component),
          SINGLE_CHOICE.contains(type) ? component.path("valuesKey").asText(null) : null));
    }
  }

  private static List<String> options(JsonNode component) {
    List<String> options = new ArrayList<>();
    if (!SINGLE_CHOICE.contains(component.path("type").asText())) {
      return options;
    }
    component.path("values").forEach(option -> options.add(option.path("value").asText()));
    return options;
  }

  private static String label(JsonNode component) {
    for (String name : List.of("label", "dateLabel", "timeLabel")) {
      if (component.hasNonNull(name)) {
        return component.get(name).asText();
      }
    }
    return component.get("key").asText();
  }

  private static BigDecimal decimal(JsonNode node) {
    return node == null || node.isNull() ? null : new BigDecimal(node.asText());
  }

  /** The values offered by a {@code valuesKey} variable ({@code [{label, value}]}). */
  public static List<String> offeredValues(Object offered) {
    return DynamicOptions.values(offered);
  }

  public String id() {
    return id;
  }

  public List<FormField> fields() {
    return fields;
  }

  /** Every field whose value, looked up by its key, breaks the form's rules. */
  public List<FieldError> validate(Function<String, Object> valueOfKey) {
    List<FieldError> errors = new ArrayList<>();
    for (FormField field : fields) {
      Object offered = field.hasDynamicOptions() ? valueOfKey.apply(field.valuesKey()) : null;
      field.problemWith(valueOfKey.apply(field.key()), offered)
          .ifPresent(problem -> errors.add(new FieldError(field.key(), field.label(), problem)));
    }
    return errors;
  }
}
