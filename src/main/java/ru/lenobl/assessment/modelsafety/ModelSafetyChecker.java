package ru.lenobl.assessment.modelsafety;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Refuses BPMN, CMMN and DMN resources that would run code with the server's rights: scripts, class references,
 * script languages, and JUEL expressions that reach for reflection, class loading, processes of the operating system or
 * the engine's services. The XML is read with StAX, without DTDs or external entities.
 *
 * <p>This is a deny list over the model text; it is paired with the engine exposing only the beans the models need
 * (see {@link ExpressionBeansConfiguration}).
 */
public class ModelSafetyChecker {

  static final Set<String> CAMUNDA_NAMESPACES = Set.of(
      "http://camunda.org/schema/1.0/bpmn", "http://camunda.org/schema/1.0/cmmn", "http://camunda.org/schema/1.0/dmn",
      "http://activiti.org/bpmn");

  /** Expression languages of DMN that evaluate no Java: JUEL (checked like every expression) and FEEL. */
  private static final Set<String> SAFE_DMN_LANGUAGES = Set.of("juel", "feel", "feel-scala", "feel-juel");

  /**
   * What a JUEL expression must not mention (JUEL names are case-sensitive); the lower-case forms are the same members
   * read as properties ({@code x.processEngine} calls getProcessEngine()).
   */
  private static final List<String> FORBIDDEN_IN_EXPRESSIONS = List.of(
      "getClass", "forName", "getMethod", "getDeclared", "declared", "invoke", "newInstance", "ClassLoader",
      "classLoader", "Runtime", "ProcessBuilder", "getProcessEngineServices", "processEngineServices",
      "getProcessEngine", "processEngine", "java.lang");

  /** {@code x.class} or {@code x['class']}: the same as getClass(). */
  private static final Pattern CLASS_PROPERTY = Pattern.compile("(\\.\\s*class\\b)|(['\"]class['\"])");

  /** {@code x[name]} with a computed name: a way to spell a forbidden member out of variables. */
  private static final Pattern COMPUTED_MEMBER = Pattern.compile("\\[\\s*(?![0-9'\"\\s])");

  private static final Pattern FEEL_EXTERNAL_JAVA = Pattern.compile("external\\s*\\{[^}]*java", Pattern.CASE_INSENSITIVE);

  /** Whether the engine would parse the resource as a BPMN, CMMN or DMN model. */
  public static boolean isModel(String resourceName) {
    String name = resourceName.toLowerCase(Locale.ROOT);
    return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".cmmn") || name.endsWith(".cmmn10.xml")
        || name.endsWith(".cmmn11.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
  }

  /** Refuses the resource with {@link BadUserRequestException} (the REST API answers 400) if it holds any code. */
  public void check(String resourceName, byte[] content) {
    List<ModelViolation> violations = violations(resourceName, content);
    if (!violations.isEmpty()) {
      StringBuilder message = new StringBuilder("Развёртывание отклонено: модель содержит исполняемый код, а он запрещён "
          + "(assessment.models.allow-code=false). ");
      for (int i = 0; i < violations.size(); i++) {
        message.append(i == 0 ? "" : "; ").append(violations.get(i));
      }
      throw new BadUserRequestException(message.toString());
    }
  }

  /** Every construct of the resource that would run code; refuses a resource that is not well-formed XML. */
  public List<ModelViolation> violations(String resourceName, byte[] content) {
    boolean dmn = resourceName.toLowerCase(Locale.ROOT).contains(".dmn");
    List<ModelViolation> violations = new ArrayList<>();
    Deque<String> ids = new ArrayDeque<>();
    XMLStreamReader xml = null;
    try {
      xml = safeFactory().createXMLStreamReader(new ByteArrayInputStream(content));
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD -> throw notXml(resourceName, "DTD (<!DOCTYPE>) не допускается");
          case XMLStreamConstants.START_ELEMENT -> {
            checkText(resourceName, ids.peek(), text, dmn, violations);
            String id = xml.getAttributeValue(null, "id");
            ids.push(id != null ? id : ids.isEmpty() || ids.peek() == null ? xml.getLocalName() : ids.peek());
            checkElement(resourceName, xml, ids.peek(), dmn, violations);
          }
          case XMLStreamConstants.END_ELEMENT -> {
            checkText(resourceName, ids.peek(), text, dmn, violations);
            ids.pop();
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
          case XMLStreamConstants.ENTITY_REFERENCE -> throw notXml(resourceName, "ссылки на сущности не допускаются");
          default -> { }
        }
      }
    } catch (XMLStreamException e) {
      throw notXml(resourceName, e.getMessage());
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // nothing to release
        }
      }
    }
    return violations;
  }

  private static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  private static BadUserRequestException notXml(String resourceName, String problem) {
    return new BadUserRequestException("Развёртывание отклонено: ресурс «" + resourceName + "» не является корректным XML: "
        + (problem == null ? "" : problem.replaceAll("\\s*\\R\\s*", " ").strip()));
  }

  private void checkElement(String resource, XMLStreamReader xml, String id, boolean dmn, List<ModelViolation> out) {
    String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
    String element = xml.getLocalName();
    boolean camundaElement = CAMUNDA_NAMESPACES.contains(ns);
    if (element.equals("scriptTask")) {
      out.add(new ModelViolation(resource, id, "задача-скрипт (scriptTask)"));
    } else if (element.equals("script")) {
      out.add(new ModelViolation(resource, id, "скрипт (" + (camundaElement ? "camunda:script" : "script") + ")"));
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String attributeNs = xml.getAttributeNamespace(i) == null ? "" : xml.getAttributeNamespace(i);
      String name = xml.getAttributeLocalName(i);
      String value = xml.getAttributeValue(i);
      boolean camundaAttribute = CAMUNDA_NAMESPACES.contains(attributeNs) || (attributeNs.isEmpty() && camundaElement);
      if (camundaAttribute && (name.equals("class") || name.endsWith("Class"))) {
        out.add(new ModelViolation(resource, id, "ссылка на класс Java (" + qualified(xml, i) + "=\"" + value + "\")"));
      } else if (camundaAttribute && name.equals("resource")) {
        out.add(new ModelViolation(resource, id, "внешний скрипт (" + qualified(xml, i) + "=\"" + value + "\")"));
      } else if (name.equals("language") || name.equals("scriptFormat")) {
        out.add(new ModelViolation(resource, id, "скриптовое выражение (" + qualified(xml, i) + "=\"" + value + "\")"));
      } else if (dmn && name.equals("expressionLanguage") && !safeDmnLanguage(value)) {
        out.add(new ModelViolation(resource, id, "скриптовый язык выражений DMN (expressionLanguage=\"" + value + "\")"));
      }
      checkExpressions(resource, id, qualified(xml, i), value, dmn, out);
    }
  }

  private static String qualified(XMLStreamReader xml, int attribute) {
    String prefix = xml.getAttributePrefix(attribute);
    return (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + xml.getAttributeLocalName(attribute);
  }

  private static boolean safeDmnLanguage(String language) {
    String value = language.trim().toLowerCase(Locale.ROOT);
    return SAFE_DMN_LANGUAGES.contains(value)
        || (value.startsWith("http") && value.contains("omg.org/spec/") && value.contains("feel"));
  }

  private void checkText(String resource, String id, StringBuilder text, boolean dmn, List<ModelViolation> out) {
    if (text.length() > 0) {
      checkExpressions(resource, id, "текст", text.toString(), dmn, out);
      text.setLength(0);
    }
  }

  private void checkExpressions(String resource, String id, String where, String value, boolean dmn,
      List<ModelViolation> out) {
    if (dmn && FEEL_EXTERNAL_JAVA.matcher(value).find()) {
      out.add(new ModelViolation(resource, id, "внешняя функция Java в FEEL (" + where + ")"));
    }
    for (String expression : expressions(value)) {
      String reason = forbiddenIn(expression);
      if (reason != null) {
        out.add(new ModelViolation(resource, id, "выражение " + expression + " (" + where + ") обращается к " + reason));
      }
    }
  }

  /** What the expression reaches for that it must not, or null. */
  static String forbiddenIn(String expression) {
    for (String word : FORBIDDEN_IN_EXPRESSIONS) {
      if (expression.contains(word)) {
        return word;
      }
    }
    Matcher matcher = CLASS_PROPERTY.matcher(expression);
    if (matcher.find()) {
      return "class";
    }
    if (COMPUTED_MEMBER.matcher(expression).find()) {
      return "вычисляемому имени свойства [..]";
    }
    return null;
  }

  /** The JUEL expressions (${...} and #{...}) of a text, each up to its closing brace outside string literals. */
  static List<String> expressions(String text) {
    List<String> found = new ArrayList<>();
    for (int start = 0; start < text.length() - 1; start++) {
      char c = text.charAt(start);
      if ((c == '$' || c == '#') && text.charAt(start + 1) == '{') {
        int end = closingBrace(text, start + 2);
        found.add(text.substring(start, end));
        start = end - 1;
      }
    }
    return found;
  }

  private static int closingBrace(String text, int from) {
    int depth = 1;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }
}
