package ru.lenobl.assessment.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ru.lenobl.assessment.campaign.SchoolWork;
import ru.lenobl.assessment.campaign.SchoolWork.WorkForm;

/**
 * What the cluster and crash tests do to the running nodes and read back from them, all through the administrator's
 * REST requests, so that it works the same on PostgreSQL and on an H2 file that only its node may open.
 */
final class CampaignOnTheNodes {

  /** The school coordinator's preparation: one non-interrupting timer at the work's start escalates to the municipality. */
  static final String PREPARATION = "vpr-school-coordinator-preparation";
  static final String WORK_STARTS_TIMER = "Timer_WorkStarts";
  static final String ESCALATION_TASK = "Task_EscalatePreparationOverdue";

  private static final ObjectMapper JSON = new ObjectMapper();

  private CampaignOnTheNodes() {
  }

  /**
   * Starts {@code count} school coordinators' preparations whose work starts at {@code workStartsAt}, each through one of
   * the clients in turn, four at a time; returns the process instance ids.
   */
  static List<String> startPreparations(List<AdminClient> clients, String campaignId, int count, OffsetDateTime workStartsAt) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> started = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        AdminClient client = clients.get(i % clients.size());
        SchoolWork work = new SchoolWork(campaignId, "tosno", Integer.toString(800_000 + i), "Школа №" + (i + 1) + " (кластер)",
            "MA-5", "Математика", 5, WorkForm.paper, workStartsAt, workStartsAt.plusDays(14));
        started.add(pool.submit(() -> client.post("/engine-rest/process-definition/key/" + PREPARATION + "/start",
            Map.of("businessKey", work.businessKey(), "variables", restVariables(work.variables()))).get("id").asText()));
      }
      List<String> ids = new ArrayList<>();
      for (Future<String> id : started) {
        ids.add(id.get());
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException("starting the preparations failed: " + e.getMessage(), e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The work-start timers' successful runs in these instances (the engine's job log), one entry per run. The job log's
   * REST query takes one process instance id, not a list: the preparations' runs are read and filtered here.
   */
  static List<JsonNode> timerRuns(AdminClient client, List<String> instances) {
    Set<String> wanted = new HashSet<>(instances);
    List<JsonNode> runs = new ArrayList<>();
    client.get("/engine-rest/history/job-log?successLog=true&processDefinitionKey=" + PREPARATION + "&activityIdIn="
        + WORK_STARTS_TIMER + "&maxResults=1000000").forEach(run -> {
          if (wanted.contains(run.get("processInstanceId").asText())) {
            runs.add(run);
          }
        });
    return runs;
  }

  /** The escalation tasks ever created in these instances, open or completed (history), by process instance. */
  static Map<String, Long> escalationsPerInstance(AdminClient client, List<String> instances) {
    Map<String, Long> perInstance = new HashMap<>();
    instances.forEach(instance -> perInstance.put(instance, 0L));
    client.get("/engine-rest/history/task?processDefinitionKey=" + PREPARATION + "&taskDefinitionKey=" + ESCALATION_TASK
        + "&maxResults=1000000").forEach(task -> perInstance.computeIfPresent(task.get("processInstanceId").asText(),
            (instance, count) -> count + 1));
    return perInstance;
  }

  static long escalations(AdminClient client, List<String> instances) {
    return escalationsPerInstance(client, instances).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Job runs by node (Camunda's hostname, which each node sets to its name). */
  static Map<String, Long> byNode(List<JsonNode> runs) {
    return runs.stream().collect(Collectors.groupingBy(run -> run.get("hostname").asText(), TreeMap::new,
        Collectors.counting()));
  }

  /** Jobs (by id) that ran successfully more than once: empty when every job ran exactly once. */
  static Map<String, Long> jobsRunMoreThanOnce(List<JsonNode> runs) {
    return runs.stream().collect(Collectors.groupingBy(run -> run.get("jobId").asText(), Collectors.counting()))
        .entrySet().stream().filter(entry -> entry.getValue() > 1)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** Asynchronous continuations (the fan-out's jobs) not yet run, in every tenant. */
  static long pendingContinuations(AdminClient client) {
    return client.count("/engine-rest/job/count?messages=true");
  }

  /** The successful runs of the fan-out's asynchronous continuations (the job log), of every campaign. */
  static List<JsonNode> continuationRuns(AdminClient client) {
    List<JsonNode> runs = new ArrayList<>();
    client.get("/engine-rest/history/job-log?successLog=true&jobDefinitionType=async-continuation&maxResults=100000")
        .forEach(runs::add);
    return runs;
  }

  /** The campaign's process instances (history: running and finished), by process key: how many, and how many distinct business keys. */
  static Map<String, long[]> instancesByProcess(AdminClient client, String campaignId) {
    Map<String, List<String>> keys = new TreeMap<>();
    for (JsonNode instance : client.get("/engine-rest/history/process-instance?processInstanceBusinessKeyLike="
        + URLEncoder.encode(campaignId + "%", StandardCharsets.UTF_8) + "&maxResults=100000")) {
      keys.computeIfAbsent(instance.get("processDefinitionKey").asText(), key -> new ArrayList<>())
          .add(instance.get("businessKey").asText());
    }
    Map<String, long[]> counts = new TreeMap<>();
    keys.forEach((process, businessKeys) -> counts.put(process,
        new long[] {businessKeys.size(), businessKeys.stream().distinct().count()}));
    return counts;
  }

  /** What must survive a crash: the campaign's open task ids, its variables' values, its pending timers' ids. */
  record Snapshot(List<String> openTasks, Map<String, String> variables, List<String> timers) {

    static Snapshot of(AdminClient client, String campaignId) {
      String like = URLEncoder.encode(campaignId + "%", StandardCharsets.UTF_8);
      List<String> tasks = new ArrayList<>();
      client.get("/engine-rest/task?processInstanceBusinessKeyLike=" + like + "&maxResults=100000")
          .forEach(task -> tasks.add(task.get("id").asText()));
      List<String> instances = new ArrayList<>();
      client.get("/engine-rest/process-instance?businessKeyLike=" + like + "&maxResults=100000")
          .forEach(instance -> instances.add(instance.get("id").asText()));
      Map<String, String> variables = new TreeMap<>();
      for (List<String> chunk : chunks(instances, 100)) {
        client.get("/engine-rest/variable-instance?processInstanceIdIn=" + String.join(",", chunk)
            + "&deserializeValues=false&maxResults=100000")
            .forEach(variable -> variables.put(variable.get("id").asText(), variable.get("value").toString()));
      }
      Set<String> ofCampaign = new HashSet<>(instances);
      List<String> timers = new ArrayList<>();
      client.get("/engine-rest/job?timers=true&maxResults=1000000").forEach(timer -> {
        if (ofCampaign.contains(timer.get("processInstanceId").asText())) {
          timers.add(timer.get("id").asText());
        }
      });
      tasks.sort(null);
      timers.sort(null);
      return new Snapshot(tasks, variables, timers);
    }
  }

  /**
   * The fan-out of a plan of {@code schools} × {@code works} is complete and nothing in it twice: one school process and
   * one school coordinator's preparation per school, one work process and one work preparation per work, every process's
   * business keys distinct (a duplicate start would repeat one), the progress page counting every school.
   */
  static void assertFanOutComplete(AdminClient client, String campaignId, int schools, int works) {
    Map<String, long[]> instances = instancesByProcess(client, campaignId);
    Figures.report(campaignId + ": instances by process (count/distinct business keys): " + instances.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue()[0] + "/" + entry.getValue()[1]).collect(Collectors.joining(", ")));
    assertThat(instances).allSatisfy((process, counts) ->
        assertThat(counts[0]).as(process + ": instances against distinct business keys").isEqualTo(counts[1]));
    assertThat(instances.get("vpr-school")[0]).as("school processes").isEqualTo(schools);
    assertThat(instances.get("vpr-work")[0]).as("work processes").isEqualTo((long) schools * works);
    assertThat(instances.get(PREPARATION)[0]).as("school coordinators' preparations").isEqualTo(schools);
    assertThat(instances.get("vpr-school-coordinator-work-preparation")[0]).as("work preparations")
        .isEqualTo((long) schools * works);
    assertThat(client.get("/api/vpr/campaigns/" + campaignId).get("schoolsStarted").asLong()).isEqualTo(schools);
    assertNoIncidents(client);
  }

  /** The engine REST API's dates ({@code 2027-04-20T10:00:00.000+0300}) as instants. */
  static Instant instant(String restDate) {
    return OffsetDateTime.parse(restDate, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))
        .toInstant();
  }

  static void await(String what, Duration timeout, BooleanSupplier done) {
    await(what, timeout, Duration.ofSeconds(2), done);
  }

  static void await(String what, Duration timeout, Duration poll, BooleanSupplier done) {
    Instant deadline = Instant.now().plus(timeout);
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("not within " + timeout + ": " + what);
      }
      Node.pause(poll);
    }
  }

  static void assertNoIncidents(AdminClient client) {
    assertThat(client.count("/engine-rest/incident/count")).as("incidents").isZero();
  }

  private static List<List<String>> chunks(List<String> all, int size) {
    List<List<String>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      chunks.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return chunks;
  }

  /** The engine REST API's typed variables: strings and numbers as they are, lists as JSON objects. */
  private static Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> typed = new HashMap<>();
    variables.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        typed.put(name, Map.of("type", "Object", "value", toJson(list), "valueInfo",
            Map.of("objectTypeName", "java.util.ArrayList", "serializationDataFormat", "application/json")));
      } else if (value instanceof Integer number) {
        typed.put(name, Map.of("type", "Integer", "value", number));
      } else {
        typed.put(name, Map.of("type", "String", "value", String.valueOf(value)));
      }
    });
    return typed;
  }

  private static String toJson(List<?> list) {
    try {
      return JSON.writeValueAsString(list);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
