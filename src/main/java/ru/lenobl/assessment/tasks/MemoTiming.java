package ru.lenobl.assessment.tasks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The due dates of the memo actions, from the classpath copy of the region's timing table {@code memos/timing.json}:
 * for each memo id, its {@code due: {anchor, offset, notBefore}}.
 */
public final class MemoTiming {

  public static final String RESOURCE = "memos/timing.json";

  /** A memo action's due date as the table writes it: an anchor name and an ISO-8601 offset. */
  public record Due(String anchor, String offset, String notBeforeAnchor, String notBeforeOffset) {

    public Due(String anchor, String offset) {
      this(anchor, offset, null, null);
    }
  }

  private final Map<String, Due> dueByMemoId;

  private MemoTiming(Map<String, Due> dueByMemoId) {
    this.dueByMemoId = Map.copyOf(dueByMemoId);
  }

  public static MemoTiming load() {
    try (InputStream in = MemoTiming.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return parse(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static MemoTiming parse(JsonNode root) {
    Map<String, Due> due = new LinkedHashMap<>();
    for (JsonNode action : root.path("actions")) {
      JsonNode d = action.path("due");
      if (!d.path("anchor").isTextual()) {
        continue;
      }
      JsonNode notBefore = d.path("notBefore");
      due.put(action.path("id").asText(), new Due(d.path("anchor").asText(), d.path("offset").asText("PT0S"),
          notBefore.path("anchor").isTextual() ? notBefore.path("anchor").asText() : null,
          notBefore.path("anchor").isTextual() ? notBefore.path("offset").asText("PT0S") : null));
    }
    return new MemoTiming(due);
  }

  /** The due date of a memo action, or {@code null} when the table does not list it. */
  public Due dueOf(String memoId) {
    return dueByMemoId.get(memoId);
  }

  public Map<String, Due> all() {
    return dueByMemoId;
  }
}
