package ru.lenobl.assessment.forms;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import org.camunda.bpm.engine.BadUserRequestException;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Whether a deployed {@code .form} resource is a Camunda Form that Tasklist (form-js, {@code JSON.parse}) and the
 * server-side validation ({@link FormSchema}) can read: strict JSON, an object with a non-empty {@code id} (what
 * {@code camunda:formRef} names) and an array {@code components} whose every element, nested ones included, has a
 * {@code type}.
 *
 * <p>The engine itself reads a form leniently (Gson): it stores one without an {@code id} or with unquoted names, and
 * refuses one that is not JSON at all with a server error (500) that gives no line.
 */
public final class CamundaFormCheck {

  private static final ObjectMapper STRICT_JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private CamundaFormCheck() {
  }

  /** Whether the engine would deploy the resource as a Camunda Form. */
  public static boolean isForm(String resourceName) {
    return resourceName != null && resourceName.toLowerCase(Locale.ROOT).endsWith(".form");
  }

  /** Refuses the resource with {@link BadUserRequestException} (the REST API answers 400) if it is no Camunda Form. */
  public static void check(String resourceName, byte[] content) {
    problem(content).ifPresent(problem -> {
      throw new BadUserRequestException("Развёртывание отклонено: ресурс «" + resourceName
          + "» не является формой Camunda: " + problem);
    });
  }

  /** What is wrong with the form, in Russian with the parser's own message; empty when it is a Camunda Form. */
  public static Optional<String> problem(byte[] content) {
    JsonNode form;
    try {
      form = STRICT_JSON.readTree(content == null ? new byte[0] : content);
    } catch (JsonProcessingException e) {
      return Optional.of("не разбирается как JSON" + at(e.getLocation()) + ": " + oneLine(e.getOriginalMessage()));
    } catch (IOException e) {
      return Optional.of("не читается: " + oneLine(e.getMessage()));
    }
    if (form == null || form.isMissingNode()) {
      return Optional.of("файл пуст");
    }
    if (!form.isObject()) {
      return Optional.of("ожидался объект JSON ({…}), а не " + form.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
      return Optional.of("нет строки «id» — идентификатора формы, на который ссылается camunda:formRef");
    }
    if (!form.path("components").isArray()) {
      return Optional.of("нет массива «components» — полей формы");
    }
    return componentWithoutType(form.path("components"), "components");
  }

  private static Optional<String> componentWithoutType(JsonNode components, String path) {
    for (int i = 0; i < components.size(); i++) {
      JsonNode component = components.get(i);
      String here = path + "[" + i + "]";
      if (!component.isObject() || !component.path("type").isTextual() || component.path("type").asText().isBlank()) {
        return Optional.of("элемент «" + here + "» — не поле формы: нет строки «type»");
      }
      if (component.has("components")) {
        if (!component.get("components").isArray()) {
          return Optional.of("«" + here + ".components» — не массив");
        }
        Optional<String> nested = componentWithoutType(component.get("components"), here + ".components");
        if (nested.isPresent()) {
          return nested;
        }
      }
    }
    return Optional.empty();
  }

  private static String at(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? ""
        : " (строка " + location.getLineNr() + ", столбец " + location.getColumnNr() + ")";
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
