package ru.lenobl.assessment.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regional-scale benchmark (see BENCHMARKS.md). Run through the Maven profile {@code bench}, e.g.
 * {@code mvn -B -Pbench verify -Dbench.args="import --db=h2 --schools=50,150,500"}; figures are printed and appended
 * to {@code target/bench/figures.md}.
 *
 * <ul>
 * <li>{@code import [--schools=50,150,500] [--works=12]}: answer time, time until every school's first task, peak heap;
 * <li>{@code campaign [--schools=150] [--works=12] [--threads=1,8]}: a whole campaign against the bare engine;
 * <li>{@code tasklist [--schools=500] [--tasks=100000] [--keep=true] [--reuse=bench_…]}: the task-list query's
 * p50/p95 for three users; {@code --keep=true} keeps the loaded PostgreSQL database, {@code --reuse} measures a kept
 * one again without loading.
 * </ul>
 * {@code --db=h2} (an H2 file, the default) or {@code --db=postgres} (a fresh database on {@code BENCH_PG},
 * default 127.0.0.1:5432, user postgres).
 */
public final class Benchmark {

  private Benchmark() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("which benchmark: import, campaign or tasklist");
    }
    Map<String, String> options = new HashMap<>();
    Arrays.stream(args).skip(1).filter(arg -> arg.startsWith("--") && arg.contains("="))
        .forEach(arg -> options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1)));
    Arrays.stream(args).filter(arg -> arg.startsWith("-D") && arg.contains("="))
        .forEach(arg -> System.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1)));
    String db = options.getOrDefault("db", "h2");
    switch (args[0]) {
      case "import" -> ImportBenchmark.run(db, numbers(options.getOrDefault("schools", "50,150,500")),
          Integer.parseInt(options.getOrDefault("works", "12")));
      case "campaign" -> {
        for (int threads : numbers(options.getOrDefault("threads", "1,8"))) {
          CampaignBenchmark.run(db, Integer.parseInt(options.getOrDefault("schools", "150")),
              Integer.parseInt(options.getOrDefault("works", "12")), threads);
        }
      }
      case "tasklist" -> TaskListBenchmark.run(db, Integer.parseInt(options.getOrDefault("schools", "500")),
          Integer.parseInt(options.getOrDefault("tasks", "100000")), options.get("reuse"),
          Boolean.parseBoolean(options.getOrDefault("keep", "false")));
      default -> throw new IllegalArgumentException("unknown benchmark " + args[0]);
    }
    System.exit(0);
  }

  private static List<Integer> numbers(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
  }
}
