package ru.lenobl.assessment.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.lenobl.assessment.testsupport.PlanUpload;

/** The administrator's HTTP requests to one node: the engine's REST API and the plan import. */
final class AdminClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Node node;
  private final String authorization;

  AdminClient(Node node, String user, String password) {
    this.node = node;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  JsonNode get(String path) {
    return send(request(path).GET().build());
  }

  long count(String path) {
    return get(path).get("count").asLong();
  }

  JsonNode post(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A plan-schedule import ({@code POST /api/vpr/campaigns}), as the regional coordinator's upload form sends it. */
  JsonNode importVprPlan(String campaignId, String windowStart, String windowEnd, byte[] csv) {
    PlanUpload upload = PlanUpload.of(Map.of("campaignId", campaignId, "windowStart", windowStart, "windowEnd", windowEnd), csv);
    return send(HttpRequest.newBuilder(node.base().resolve("/api/vpr/campaigns"))
        .header("Authorization", authorization)
        .header("Content-Type", upload.contentType())
        .timeout(Duration.ofMinutes(2))
        .POST(HttpRequest.BodyPublishers.ofByteArray(upload.body())).build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(node.base() + path)).header("Authorization", authorization)
        .header("Accept", "application/json").timeout(Duration.ofMinutes(1));
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(request.method() + " " + request.uri() + " on " + node.name() + ": "
            + response.statusCode() + " " + response.body());
      }
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(request.method() + " " + request.uri() + " on " + node.name() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
