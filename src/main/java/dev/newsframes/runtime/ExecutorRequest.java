package dev.newsframes.runtime;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of one executor a standalone application asks for: {@code spark.executor.cores} (unset:
 * the master gives each executor all free cores of a worker, at least one), {@code
 * spark.executor.memory} (default 1g) and {@code spark.cores.max} if set.
 *
 * @param cores {@code spark.executor.cores}, if set
 * @param memory {@code spark.executor.memory} as written, e.g. {@code 8g}
 * @param memoryMb the same in MB
 * @param coresMax {@code spark.cores.max}, if set
 */
public record ExecutorRequest(
    OptionalInt cores, String memory, long memoryMb, OptionalInt coresMax) {
  private static final String DEFAULT_MEMORY = "1g";
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgtp]?)b?");

  /** The request in a Spark configuration; a value Spark would not accept is an error. */
  public static ExecutorRequest of(Map<String, String> conf) {
    String memory = conf.getOrDefault("spark.executor.memory", DEFAULT_MEMORY).strip();
    return new ExecutorRequest(
        intSetting(conf, "spark.executor.cores"),
        memory,
        megabytes(memory),
        intSetting(conf, "spark.cores.max"));
  }

  /** The fewest cores a worker must offer to run one executor. */
  public int minCores() {
    return cores.orElse(1);
  }

  /** Whether {@code spark.cores.max} leaves room for fewer cores than one executor needs. */
  public boolean coresMaxBelowOneExecutor() {
    return coresMax.isPresent() && coresMax.getAsInt() < minCores();
  }

  /** Whether a worker with these totals could ever run one executor of this size. */
  public boolean fits(int workerCores, long workerMemoryMb) {
    return workerCores >= minCores() && workerMemoryMb >= memoryMb;
  }

  /** E.g. {@code spark.executor.cores=4, spark.executor.memory=8g (8192 MB), spark.cores.max=2}. */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (cores.isPresent()) {
      s.append("spark.executor.cores=").append(cores.getAsInt());
    } else {
      s.append("spark.executor.cores unset (1 core at least)");
    }
    s.append(", spark.executor.memory=")
        .append(memory)
        .append(" (")
        .append(memoryMb)
        .append(" MB)");
    coresMax.ifPresent(c -> s.append(", spark.cores.max=").append(c));
    return s.toString();
  }

  /** A Spark memory size in MB: a number and an optional unit k, m, g, t, p (none: MB). */
  static long megabytes(String size) {
    Matcher m = SIZE.matcher(size.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "spark.executor.memory must be a size such as 4g or 512m, got '" + size + "'");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "k" -> n / 1024;
      case "", "m" -> n;
      case "g" -> n * 1024;
      case "t" -> n * 1024 * 1024;
      default -> n * 1024 * 1024 * 1024;
    };
  }

  private static OptionalInt intSetting(Map<String, String> conf, String key) {
    String v = conf.get(key);
    if (v == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + v + "'", e);
    }
  }
}
