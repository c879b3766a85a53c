package ru.lenobl.assessment.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One node of the application: the packaged jar ({@code target/assessment-workflow-*.jar}) started as its own operating
 * system process on a port of its own, with the job executor on, as an administrator would run it. Its output goes to
 * {@code target/cluster/<name>.log}. {@link #kill()} sends SIGKILL: no shutdown hook, no graceful stop.
 */
final class Node {

  static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name;
  private final Path jar;
  private final Map<String, String> environment;
  private final List<String> arguments;
  private final int port;
  private final Path log;
  private Path workingDirectory;
  private Process process;

  /**
   * @param name        the node's name, also its Camunda {@code hostname}: the job log tells the nodes apart by it
   * @param environment the database settings (DB_URL, …) and the first administrator
   * @param arguments   Spring properties as {@code --key=value}
   */
  Node(String name, Map<String, String> environment, List<String> arguments) {
    this.name = name;
    this.jar = packagedJar();
    this.environment = Map.copyOf(environment);
    this.arguments = List.copyOf(arguments);
    this.port = freePort();
    this.log = Path.of("target", "cluster", name + ".log").toAbsolutePath();
  }

  /** Runs the node in this folder, as an administrator runs the jar from the folder that holds its {@code ./data}. */
  Node in(Path folder) {
    this.workingDirectory = folder.toAbsolutePath();
    return this;
  }

  String name() {
    return name;
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the node (again, after a kill: same port, same name, its log appended) and waits until it is healthy. */
  Node start() {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException(name + " is running");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar.toString(),
        "--server.port=" + port,
        "--camunda.bpm.generic-properties.properties.hostname=" + name));
    command.addAll(arguments);
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command)
          .directory(workingDirectory == null ? null : Files.createDirectories(workingDirectory).toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      builder.environment().putAll(environment);
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitHealthy();
    return this;
  }

  /** SIGKILL, as the operating system's OOM killer or a pulled plug would end it; waits until the process is gone. */
  void kill() {
    if (process == null || !process.isAlive()) {
      throw new IllegalStateException(name + " is not running");
    }
    try {
      int exit = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).inheritIO().start().waitFor();
      if (exit != 0) {
        throw new IllegalStateException("kill -KILL " + process.pid() + " exited with " + exit);
      }
      process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A graceful stop (SIGTERM), for the end of a test. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  boolean running() {
    return process != null && process.isAlive();
  }

  private void awaitHealthy() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start-up; see " + log);
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pause(Duration.ofSeconds(1));
    }
    throw new IllegalStateException(name + " not healthy after " + START_TIMEOUT + "; see " + log);
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The jar Maven's package phase built; the failsafe configuration of the profile cluster passes its path. */
  private static Path packagedJar() {
    String configured = System.getProperty("cluster.jar");
    if (configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured))) {
      return Path.of(configured);
    }
    throw new IllegalStateException("No packaged jar at " + configured
        + ": run the cluster tests with mvn verify -Pcluster (the package phase builds it)");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
