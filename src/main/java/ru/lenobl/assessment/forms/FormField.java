package ru.lenobl.assessment.forms;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One input of a Camunda Form with the rules the browser enforces ({@code validate.required}, {@code min},
 * {@code max}, {@code maxLength}, the options of a radio or select), so that the server can enforce them too.
 */
public record FormField(String key, String label, String type, boolean required,
                        BigDecimal min, BigDecimal max, Integer maxLength, List<String> options, String valuesKey) {

  public FormField {
    options = options == null ? List.of() : List.copyOf(options);
  }

  public FormField(String key, String label, String type, boolean required,
                   BigDecimal min, BigDecimal max, Integer maxLength, List<String> options) {
    this(key, label, type, required, min, max, maxLength, options, null);
  }

  /** Whether the options come from a variable of the task (form-js {@code valuesKey}), not from the form. */
  public boolean hasDynamicOptions() {
    return valuesKey != null;
  }

  /**
   * The problem with {@code value} of a select or radio whose options are the variable {@code valuesKey}
   * ({@code [{label, value}]}, as form-js reads it): only an offered value is accepted; with no options variable,
   * nothing is offered.
   */
  public Optional<String> problemWith(Object value, Object offered) {
    if (!hasDynamicOptions()) {
      return problemWith(value);
    }
    return withOptions(DynamicOptions.values(offered)).problemWithOffered(value);
  }

  private FormField withOptions(List<String> offered) {
    return new FormField(key, label, type, required, min, max, maxLength, offered, valuesKey);
  }

  private Optional<String> problemWithOffered(Object value) {
    if (isMissing(value)) {
      return required ? Optional.of("обязательное поле не заполнено") : Optional.empty();
    }
    if (!options.contains(value.toString())) {
      return Optional.of(options.isEmpty() ? "нет допустимых значений" : "допустимые значения: " + String.join(", ", options));
    }
    return Optional.empty();
  }

  /** The problem with {@code value}, in Russian, or empty when the value is acceptable. */
  public Optional<String> problemWith(Object value) {
    if (isMissing(value)) {
      return required ? Optional.of("обязательное поле не заполнено") : Optional.empty();
    }
    if ("number".equals(type)) {
      return numberProblem(value);
    }
    if (!options.isEmpty() && !options.contains(value.toString())) {
      return Optional.of("допустимые значения: " + String.join(", ", options));
    }
    if (maxLength != null && value instanceof String text && text.length() > maxLength) {
      return Optional.of("не более " + maxLength + " символов");
    }
    return Optional.empty();
  }

  private boolean isMissing(Object value) {
    if (value == null) {
      return true;
    }
    if ("checkbox".equals(type)) {
      // A required checkbox is a confirmation: it must be ticked.
      return !Boolean.TRUE.equals(value) && !"true".equals(value);
    }
    if (value instanceof String text) {
      return text.isBlank();
    }
    if (value instanceof Collection<?> collection) {
      return collection.isEmpty();
    }
    if (value instanceof Map<?, ?> map) {
      return map.isEmpty();
    }
    return false;
  }

  private Optional<String> numberProblem(Object value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      return Optional.of("должно быть числом");
    }
    if (min != null && number.compareTo(min) < 0) {
      return Optional.of("не меньше " + min.toPlainString());
    }
    if (max != null && number.compareTo(max) > 0) {
      return Optional.of("не больше " + max.toPlainString());
    }
    return Optional.empty();
  }
}
