package ru.lenobl.assessment.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds the project's models on the classpath: {@code processes/**}{@code /*.bpmn} and {@code forms/**}{@code /*.form},
 * which Maven packs from the top-level folders {@code processes/} and {@code forms/}.
 */
public final class ClasspathModels {

  public static final String PROCESSES = "processes/";
  public static final String FORMS = "forms/";

  private final PathMatchingResourcePatternResolver resolver;

  public ClasspathModels(ClassLoader classLoader) {
    this.resolver = new PathMatchingResourcePatternResolver(classLoader);
  }

  public ClasspathModels() {
    this(ClasspathModels.class.getClassLoader());
  }

  /** Every BPMN model and every form, sorted by name. */
  public List<ModelResource> all() {
    List<ModelResource> all = new ArrayList<>(processes());
    all.addAll(forms());
    return all;
  }

  public List<ModelResource> processes() {
    return find(PROCESSES, "**/*.bpmn");
  }

  public List<ModelResource> forms() {
    return find(FORMS, "**/*.form");
  }

  /** Files under {@code root} (e.g. {@code processes/}) matching {@code pattern}, named relative to the classpath. */
  public List<ModelResource> find(String root, String pattern) {
    try {
      List<String> rootUrls = new ArrayList<>();
      for (Resource rootResource : resolver.getResources("classpath*:" + root)) {
        rootUrls.add(rootResource.getURL().toString());
      }
      Map<String, ModelResource> byName = new LinkedHashMap<>();
      for (Resource resource : resolver.getResources("classpath*:" + root + pattern)) {
        String url = resource.getURL().toString();
        String name = rootUrls.stream()
            .filter(url::startsWith)
            .findFirst()
            .map(rootUrl -> root + URLDecoder.decode(url.substring(rootUrl.length()), StandardCharsets.UTF_8))
            .orElseThrow(() -> new IllegalStateException("Model " + url + " is outside every classpath root " + root));
        try (InputStream in = resource.getInputStream()) {
          byName.putIfAbsent(name, new ModelResource(name, in.readAllBytes()));
        }
      }
      return byName.values().stream().sorted(Comparator.comparing(ModelResource::name)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the models under classpath:" + root, e);
    }
  }
}
