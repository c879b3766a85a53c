package ru.lenobl.assessment.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The measured figures of the cluster tests: printed, and appended to {@code target/cluster/figures.txt}. */
final class Figures {

  private static final Path FILE = Path.of("target", "cluster", "figures.txt");

  private Figures() {
  }

  static void report(String line) {
    String entry = Instant.now() + " " + line;
    System.out.println("[cluster] " + entry);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, entry + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
