package ru.lenobl.assessment.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.lenobl.assessment.cluster.CampaignOnTheNodes.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ru.lenobl.assessment.bench.BenchPlan;

/**
 * The default installation, one node on an embedded H2 file (./data in the README), killed with SIGKILL in the middle
 * of a campaign's fan-out and with timers pending: after a restart the fan-out finishes with nothing twice, and the
 * open tasks, variables and timers are all there; a timer that fell due while the node was down fires once.
 */
class CrashOnH2FileIT {

  private Node node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.stop();
    }
  }

  @Test
  void aNodeKilledMidCampaignOnAnH2FileLosesNothingAndItsOverdueTimersFireOnceAfterTheRestart() {
    // The default installation: the jar run from a folder of its own, the database in ./data with application.yaml's URL.
    Path folder = Path.of("target", "cluster", "h2-" + System.currentTimeMillis());
    String password = UUID.randomUUID().toString();
    node = new Node("node-h2", Map.of("CAMUNDA_BPM_ADMINUSER_ID", "cluster-admin", "CAMUNDA_BPM_ADMINUSER_PASSWORD", password),
        List.of(TwoNodeClusterIT.LOCK_TIME)).in(folder).start();
    AdminClient admin = new AdminClient(node, "cluster-admin", password);

    // Killed while the campaign fans out.
    int schools = 150;
    int works = 2;
    admin.importVprPlan("VPR-CRASH-H2", BenchPlan.WINDOW_START.toString(), BenchPlan.WINDOW_END.toString(),
        BenchPlan.vpr(schools, works));
    long[] atKill = new long[2];
    await("some of the fan-out's jobs have run, others are pending", Duration.ofMinutes(3), Duration.ofMillis(250), () -> {
      atKill[0] = CampaignOnTheNodes.continuationRuns(admin).size();
      atKill[1] = CampaignOnTheNodes.pendingContinuations(admin);
      return atKill[0] >= 20 && atKill[1] > 0;
    });
    node.kill();
    long ranAtKill = atKill[0];
    long pendingAtKill = atKill[1];
    assertThat(pendingAtKill).as("fan-out jobs still to run at the kill").isPositive();
    Instant restartedFrom = Instant.now();
    node.start();
    await("the fan-out finishes after the restart", Duration.ofMinutes(5),
        () -> CampaignOnTheNodes.pendingContinuations(admin) == 0);
    Figures.report("H2 file: killed after " + ranAtKill + " fan-out jobs, with " + pendingAtKill + " pending; after the restart ("
        + Duration.between(restartedFrom, Instant.now()).toSeconds() + " s, start-up included) all ran, jobs run twice: "
        + CampaignOnTheNodes.jobsRunMoreThanOnce(CampaignOnTheNodes.continuationRuns(admin)).size());
    assertThat(CampaignOnTheNodes.jobsRunMoreThanOnce(CampaignOnTheNodes.continuationRuns(admin))).isEmpty();
    CampaignOnTheNodes.assertFanOutComplete(admin, "VPR-CRASH-H2", schools, works);

    // Killed with everything at rest and timers pending, one of them falling due while the node is down.
    CampaignOnTheNodes.Snapshot campaign = CampaignOnTheNodes.Snapshot.of(admin, "VPR-CRASH-H2");
    int due = 20;
    OffsetDateTime dueAt = OffsetDateTime.now(ZoneOffset.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).plusSeconds(20);
    List<String> preparations = CampaignOnTheNodes.startPreparations(List.of(admin), "VPR-DUE-H2", due, dueAt);
    CampaignOnTheNodes.Snapshot overdue = CampaignOnTheNodes.Snapshot.of(admin, "VPR-DUE-H2");
    assertThat(Instant.now()).as("the snapshot is taken before the timers are due").isBefore(dueAt.toInstant());
    assertThat(campaign.openTasks()).isNotEmpty();
    assertThat(campaign.timers()).isNotEmpty();
    node.kill();
    while (Instant.now().isBefore(dueAt.toInstant().plusSeconds(5))) {
      Node.pause(Duration.ofSeconds(1));
    }
    node.start();
    await(due + " overdue escalations", Duration.ofMinutes(3),
        () -> CampaignOnTheNodes.escalations(admin, preparations) >= due);
    Node.pause(Duration.ofSeconds(10));

    assertThat(CampaignOnTheNodes.Snapshot.of(admin, "VPR-CRASH-H2")).as("open tasks, variables, timers").isEqualTo(campaign);
    assertThat(CampaignOnTheNodes.escalationsPerInstance(admin, preparations).values()).hasSize(due).containsOnly(1L);
    assertThat(CampaignOnTheNodes.timerRuns(admin, preparations)).hasSize(due);
    CampaignOnTheNodes.Snapshot overdueAfter = CampaignOnTheNodes.Snapshot.of(admin, "VPR-DUE-H2");
    assertThat(overdueAfter.openTasks()).containsAll(overdue.openTasks()).hasSize(overdue.openTasks().size() + due);
    assertThat(overdueAfter.variables()).containsAllEntriesOf(overdue.variables());
    Figures.report("H2 file: killed at rest with " + campaign.openTasks().size() + " open tasks, " + campaign.variables().size()
        + " variables, " + campaign.timers().size() + " timers: all there after the restart; " + due
        + " timers due while it was down fired once each");
  }
}
