package ru.lenobl.assessment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.lenobl.assessment.cluster.CampaignOnTheNodes.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import ru.lenobl.assessment.bench.BenchPlan;

/**
 * Two nodes of the packaged jar, as two operating system processes on different ports, on one fresh PostgreSQL database,
 * each with its job executor: Camunda's own cluster, nothing of ours in between. Run with {@code mvn verify -Pcluster}
 * (README, «Cluster»); {@code .ci/run} runs it when PostgreSQL answers. The figures go to {@code target/cluster/figures.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeClusterIT {

  /** How long a dead node's jobs stay locked before the other node takes them (Camunda's default is five minutes). */
  static final String LOCK_TIME = "--camunda.bpm.job-execution.lock-time-in-millis=20000";

  private final int timers = Integer.getInteger("cluster.timers", 1000);
  private ClusterDatabase database;
  private Node nodeA;
  private Node nodeB;
  private AdminClient a;
  private AdminClient b;

  @BeforeAll
  void startTwoNodes() {
    database = ClusterDatabase.create();
    String password = UUID.randomUUID().toString();
    Map<String, String> environment = new HashMap<>(database.environment());
    environment.put("CAMUNDA_BPM_ADMINUSER_ID", "cluster-admin");
    environment.put("CAMUNDA_BPM_ADMINUSER_PASSWORD", password);
    List<String> arguments = List.of("--spring.profiles.active=postgres", LOCK_TIME);
    nodeA = new Node("node-a", environment, arguments);
    nodeB = new Node("node-b", environment, arguments);
    // The first node creates the engine's tables on the empty database; the second starts on them (README, «Cluster»).
    nodeA.start();
    nodeB.start();
    a = new AdminClient(nodeA, "cluster-admin", password);
    b = new AdminClient(nodeB, "cluster-admin", password);
  }

  @AfterAll
  void stopNodes() {
    if (nodeA != null) {
      nodeA.stop();
    }
    if (nodeB != null) {
      nodeB.stop();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  @Order(1)
  void aThousandTimersDueAtOneMomentEachFireExactlyOnceSharedBetweenTheNodes() {
    // How fast this machine starts preparations, so that every one of them is started before the common moment.
    Instant warmUp = Instant.now();
    CampaignOnTheNodes.startPreparations(List.of(a, b), "VPR-CLUSTER-WARMUP", 40, OffsetDateTime.now().plusDays(30));
    Duration perStart = Duration.between(warmUp, Instant.now()).dividedBy(40);
    // The warm-up's starts are the slowest (a cold JIT): the thousand take less per start. The margin is checked below.
    OffsetDateTime dueAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).plus(perStart.multipliedBy(timers)).plusSeconds(30)
        .truncatedTo(ChronoUnit.SECONDS);

    Instant startedFrom = Instant.now();
    List<String> instances = CampaignOnTheNodes.startPreparations(List.of(a, b), "VPR-CLUSTER-TIMERS", timers, dueAt);
    Instant startedAll = Instant.now();
    assertThat(startedAll).as("every preparation started before its timer is due").isBefore(dueAt.toInstant());
    Figures.report(timers + " preparations started through both nodes in "
        + Duration.between(startedFrom, startedAll).toMillis() + " ms; their timers are due at " + dueAt);

    await(timers + " escalations", Duration.ofMinutes(10),
        () -> CampaignOnTheNodes.escalations(a, instances) >= timers);
    Instant allFired = Instant.now();
    Node.pause(Duration.ofSeconds(15)); // a second firing anywhere would show up by now

    List<JsonNode> runs = CampaignOnTheNodes.timerRuns(b, instances);
    Map<String, Long> byNode = CampaignOnTheNodes.byNode(runs);
    Figures.report(timers + " timers due at once: " + runs.size() + " successful runs in the job log, "
        + runs.stream().map(run -> run.get("jobId").asText()).distinct().count() + " distinct jobs, split " + byNode
        + "; the last escalation " + Duration.between(dueAt.toInstant(), allFired).toSeconds() + " s after the due moment");
    assertThat(runs).as("successful timer runs").hasSize(timers);
    assertThat(CampaignOnTheNodes.jobsRunMoreThanOnce(runs)).as("timers that ran twice").isEmpty();
    assertThat(runs.stream().map(run -> run.get("processInstanceId").asText()).distinct()).hasSize(timers);
    assertThat(byNode).as("both nodes took a share").containsKeys("node-a", "node-b");
    assertThat(byNode.values()).allSatisfy(share -> assertThat(share).isPositive());
    Map<String, Long> escalations = CampaignOnTheNodes.escalationsPerInstance(a, instances);
    assertThat(escalations.values()).as("escalations per instance").hasSize(timers).containsOnly(1L);
    CampaignOnTheNodes.assertNoIncidents(a);
  }

  @Test
  @Order(2)
  void aNodeKilledWhileTheCampaignFansOutLosesNothingAndTheOtherNodeRunsEachRemainingJobOnce() {
    int schools = 40;
    int works = 3;
    a.importVprPlan("VPR-CLUSTER-KILL", BenchPlan.WINDOW_START.toString(), BenchPlan.WINDOW_END.toString(),
        BenchPlan.vpr(schools, works));
    await("node-a has run some of the fan-out's jobs", Duration.ofMinutes(3), Duration.ofMillis(250),
        () -> CampaignOnTheNodes.byNode(CampaignOnTheNodes.continuationRuns(b)).getOrDefault("node-a", 0L) >= 10);
    nodeA.kill();
    Instant killedAt = Instant.now();
    long pendingAtKill = CampaignOnTheNodes.pendingContinuations(b);
    long ranByABeforeKill = CampaignOnTheNodes.byNode(CampaignOnTheNodes.continuationRuns(b)).getOrDefault("node-a", 0L);
    assertThat(pendingAtKill).as("fan-out jobs still to run when node-a was killed").isPositive();

    await("node-b finishes the fan-out", Duration.ofMinutes(15), () -> CampaignOnTheNodes.pendingContinuations(b) == 0);
    Instant finishedAt = Instant.now();
    List<JsonNode> runs = CampaignOnTheNodes.continuationRuns(b);
    Map<String, Long> byNode = CampaignOnTheNodes.byNode(runs);
    long afterKill = runs.stream().filter(run -> CampaignOnTheNodes.instant(run.get("timestamp").asText()).isAfter(killedAt)).count();
    Figures.report("node-a killed (SIGKILL) after running " + ranByABeforeKill + " fan-out jobs, " + pendingAtKill
        + " jobs pending; node-b finished them in " + Duration.between(killedAt, finishedAt).toSeconds()
        + " s; fan-out job runs by node " + byNode + ", " + afterKill + " after the kill, jobs run twice: "
        + CampaignOnTheNodes.jobsRunMoreThanOnce(runs).size());

    assertThat(CampaignOnTheNodes.jobsRunMoreThanOnce(runs)).as("jobs that ran twice").isEmpty();
    assertThat(runs.stream().filter(run -> CampaignOnTheNodes.instant(run.get("timestamp").asText()).isAfter(killedAt.plusSeconds(1)))
        .map(run -> run.get("hostname").asText())).as("who ran jobs after the kill").containsOnly("node-b");
    CampaignOnTheNodes.assertFanOutComplete(b, "VPR-CLUSTER-KILL", schools, works);

    nodeA.start();
  }

  @Test
  @Order(3)
  void timersThatFellDueWhileEveryNodeWasDownFireOnceAfterTheRestartAndNothingIsLost() {
    await("no fan-out job pending", Duration.ofMinutes(2), () -> CampaignOnTheNodes.pendingContinuations(a) == 0);
    CampaignOnTheNodes.Snapshot campaign = CampaignOnTheNodes.Snapshot.of(a, "VPR-CLUSTER-KILL");
    int count = 100;
    OffsetDateTime dueAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(30);
    List<String> instances = CampaignOnTheNodes.startPreparations(List.of(a, b), "VPR-CLUSTER-DOWN", count, dueAt);
    CampaignOnTheNodes.Snapshot down = CampaignOnTheNodes.Snapshot.of(a, "VPR-CLUSTER-DOWN");
    assertThat(Instant.now()).as("the snapshot is taken before the timers are due").isBefore(dueAt.toInstant());
    assertThat(CampaignOnTheNodes.escalations(a, instances)).isZero();

    nodeA.kill();
    nodeB.kill();
    Instant killedAt = Instant.now();
    while (Instant.now().isBefore(dueAt.toInstant().plusSeconds(10))) {
      Node.pause(Duration.ofSeconds(1));
    }
    nodeA.start();
    nodeB.start();
    Instant restartedAt = Instant.now();

    await(count + " overdue escalations", Duration.ofMinutes(5), () -> CampaignOnTheNodes.escalations(a, instances) >= count);
    Node.pause(Duration.ofSeconds(15));
    List<JsonNode> runs = CampaignOnTheNodes.timerRuns(a, instances);
    Figures.report("every node killed at " + killedAt + ", " + count + " timers due at " + dueAt + " while all were down, "
        + "restarted at " + restartedAt + ": " + runs.size() + " successful timer runs, split " + CampaignOnTheNodes.byNode(runs)
        + ", escalations " + CampaignOnTheNodes.escalations(a, instances));
    assertThat(runs).hasSize(count);
    assertThat(CampaignOnTheNodes.jobsRunMoreThanOnce(runs)).isEmpty();
    assertThat(CampaignOnTheNodes.escalationsPerInstance(b, instances).values()).hasSize(count).containsOnly(1L);

    CampaignOnTheNodes.Snapshot campaignAfter = CampaignOnTheNodes.Snapshot.of(b, "VPR-CLUSTER-KILL");
    assertThat(campaignAfter).as("the campaign whose dates are all ahead: open tasks, variables, timers").isEqualTo(campaign);
    CampaignOnTheNodes.Snapshot downAfter = CampaignOnTheNodes.Snapshot.of(b, "VPR-CLUSTER-DOWN");
    assertThat(downAfter.openTasks()).as("open tasks kept, escalations added").containsAll(down.openTasks())
        .hasSize(down.openTasks().size() + count);
    assertThat(downAfter.variables()).containsAllEntriesOf(down.variables());
    Figures.report("after the restart: campaign VPR-CLUSTER-KILL " + campaign.openTasks().size() + " open tasks, "
        + campaign.variables().size() + " variables, " + campaign.timers().size() + " timers, all the same; VPR-CLUSTER-DOWN "
        + down.openTasks().size() + " open tasks kept, " + count + " escalations added");
    CampaignOnTheNodes.assertNoIncidents(a);
  }
}
