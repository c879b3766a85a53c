package ru.lenobl.assessment.webapp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Camunda webapps' resources on the test classpath: the webapp jar's own ("shipped") and the application's
 * overrides under src/main/resources/META-INF/resources/webjars/camunda/app/ ("ours"), which win at run time because
 * the application's classes come first on the classpath.
 */
final class CamundaWebappResources {

  static final String APP = "META-INF/resources/webjars/camunda/app/";
  static final List<String> RUSSIAN_APPS = List.of("tasklist", "welcome");

  private static final ObjectMapper JSON = new ObjectMapper();
  /** config.js is an ES module exporting an object literal of plain data, which Jackson reads when told to be lenient. */
  private static final ObjectMapper JS_LITERAL = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_SINGLE_QUOTES,
          JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .build();

  private CamundaWebappResources() {
  }

  /** The resource inside Camunda's webapp jar, never our override of it. */
  static String shipped(String path) {
    return read(find(path, "jar"), path, "in Camunda's webapp jar");
  }

  /** The application's own resource (target/classes), never the jar's. */
  static String ours(String path) {
    return read(find(path, "file"), path, "in src/main/resources");
  }

  static boolean oursExists(String path) {
    return find(path, "file") != null;
  }

  static JsonNode json(String text) {
    try {
      return JSON.readTree(stripBom(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The object that a webapp's scripts/config.js exports (`export default {...};`). */
  static JsonNode configObject(String configJs) {
    String text = stripBom(configJs);
    int start = text.indexOf("export default");
    if (start < 0) {
      throw new IllegalArgumentException("config.js exports no default object");
    }
    String literal = text.substring(start + "export default".length()).strip();
    if (literal.endsWith(";")) {
      literal = literal.substring(0, literal.length() - 1);
    }
    try {
      return JS_LITERAL.readTree(literal);
    } catch (IOException e) {
      throw new IllegalArgumentException("config.js must export plain data: " + e.getMessage(), e);
    }
  }

  /**
   * Every leaf of a JSON document by its path: objects nest with '.', array elements as [i]. Two documents with the
   * same paths have the same nested keys and the same array lengths.
   */
  static Map<String, JsonNode> leaves(JsonNode node) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", node, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static URL find(String path, String protocol) {
    try {
      List<URL> all = Collections.list(CamundaWebappResources.class.getClassLoader().getResources(path));
      List<URL> matching = new ArrayList<>();
      for (URL url : all) {
        if (url.getProtocol().equals(protocol)) {
          matching.add(url);
        }
      }
      return matching.isEmpty() ? null : matching.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(URL url, String path, String where) {
    if (url == null) {
      throw new AssertionError(path + " not found " + where);
    }
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
