package ru.lenobl.assessment.memos;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The numbered actions of every role memo (test resource memos/catalog.json, copied from the region's seeds). */
record MemoCatalog(List<String> ids) {

  static MemoCatalog load() {
    try (InputStream json = MemoCatalog.class.getResourceAsStream("/memos/catalog.json")) {
      JsonNode root = new ObjectMapper().readTree(json);
      List<String> ids = new ArrayList<>();
      root.path("roles").forEach(role -> role.path("items").forEach(item -> ids.add(item.path("id").asText())));
      return new MemoCatalog(List.copyOf(ids));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> idsStartingWith(List<String> prefixes) {
    return ids.stream().filter(id -> prefixes.stream().anyMatch(id::startsWith)).toList();
  }
}
