package ru.lenobl.assessment.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** Prints each figure and appends it to {@code target/bench/figures.md}, so that a run leaves its table behind. */
final class Figures {

  private static final Path FILE = Path.of("target", "bench", "figures.md");

  private Figures() {
  }

  static void heading(String text) {
    write("\n### " + text + " (" + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB)\n");
  }

  static void row(Object... cells) {
    write("| " + String.join(" | ", Arrays.stream(cells).map(Figures::text).toList()) + " |");
  }

  static void note(String text) {
    write(text);
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static String millis(double nanos) {
    return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
  }

  /** Forgets the heap's peak so far. */
  static void resetHeapPeak() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peaks since the last reset, in MB: an upper bound of the peak heap in use. */
  static long heapPeakMb() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
  }

  private static String text(Object cell) {
    return cell instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : String.valueOf(cell);
  }

  private static synchronized void write(String line) {
    System.out.println(line);
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
