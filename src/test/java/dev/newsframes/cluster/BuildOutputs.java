package dev.newsframes.cluster;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code mvn package} left in {@code target/} that the cluster tests use: the job jar and the
 * Maven-resolved jars a Spark distribution ships.
 *
 * <p>Failsafe runs after {@code package}, so these exist in {@code mvn verify}; run alone, the
 * tests fail with a message naming the missing file.
 */
final class BuildOutputs {
  private BuildOutputs() {}

  /** The project root: failsafe's working directory. */
  static Path root() {
    return Path.of(System.getProperty("user.dir")).toAbsolutePath();
  }

  static Path target() {
    return root().resolve("target");
  }

  /** {@code target/newsframes-<version>-job.jar}. */
  static Path jobJar() {
    try (var files = Files.list(target())) {
      return files
          .filter(p -> p.getFileName().toString().matches("newsframes-.*-job\\.jar"))
          .findFirst()
          .orElseThrow(() -> missing("the job jar target/newsframes-<version>-job.jar"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + target(), e);
    }
  }

  /** Spark, Hadoop, Parquet, Jackson and the rest of a Spark distribution's {@code jars/}. */
  static List<Path> sparkJars() {
    List<Path> jars = new ArrayList<>(classpath("classpath-provided.txt"));
    jars.addAll(classpath("classpath-spark-supplied.txt"));
    return jars;
  }

  /** The runtime classpath of {@code scripts/newsframes} (our dependencies, models included). */
  static List<Path> runtimeJars() {
    return classpath("classpath.txt");
  }

  private static List<Path> classpath(String file) {
    Path p = target().resolve(file);
    if (!Files.exists(p)) {
      throw missing(p.toString());
    }
    try {
      String cp = Files.readString(p, StandardCharsets.UTF_8).strip();
      return cp.isEmpty()
          ? List.of()
          : Arrays.stream(cp.split(File.pathSeparator)).map(Path::of).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + p, e);
    }
  }

  private static IllegalStateException missing(String what) {
    return new IllegalStateException(
        "Missing " + what + ": run the cluster tests through mvn verify (package builds it)");
  }
}
