package ru.lenobl.assessment.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The memo actions by id (classpath {@code memos/catalog.json}, the region's catalog of the 119 numbered actions):
 * the memo's Russian text and the role's Russian name.
 */
public final class MemoActions {

  public record Action(String id, String text, String roleName) {
  }

  private final Map<String, Action> byId;

  private MemoActions(Map<String, Action> byId) {
    this.byId = Map.copyOf(byId);
  }

  public static MemoActions load() {
    try (InputStream json = MemoActions.class.getResourceAsStream("/memos/catalog.json")) {
      if (json == null) {
        throw new IllegalStateException("memos/catalog.json is not on the classpath");
      }
      JsonNode root = new ObjectMapper().readTree(json);
      Map<String, Action> actions = new HashMap<>();
      for (JsonNode role : root.path("roles")) {
        for (JsonNode item : role.path("items")) {
          String id = item.path("id").asText();
          actions.put(id, new Action(id, item.path("text").asText(), role.path("role_ru").asText()));
        }
      }
      return new MemoActions(actions);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Action> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  public int size() {
    return byId.size();
  }
}
