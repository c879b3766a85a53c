package ru.lenobl.assessment.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The values offered by a form-js {@code valuesKey} variable: a list of {@code {label, value}}, held as a JSON
 * variable (Spin), a JSON text or a Java list of maps.
 */
final class DynamicOptions {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DynamicOptions() {
  }

  static List<String> values(Object offered) {
    List<String> values = new ArrayList<>();
    if (offered == null) {
      return values;
    }
    if (offered instanceof Collection<?> options) {
      for (Object option : options) {
        if (option instanceof Map<?, ?> map && map.get("value") != null) {
          values.add(map.get("value").toString());
        }
      }
      return values;
    }
    try {
      JsonNode options = JSON.readTree(offered.toString());
      for (JsonNode option : options) {
        if (option.hasNonNull("value")) {
          values.add(option.get("value").asText());
        }
      }
    } catch (Exception e) {
      // Not a list of options: nothing is offered.
    }
    return values;
  }
}
