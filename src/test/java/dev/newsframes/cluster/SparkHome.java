package dev.newsframes.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * A SPARK_HOME folder made from Maven-resolved jars: a {@code RELEASE} file and {@code jars/}
 * symlinks. The launcher library finds a distribution's jars in {@code jars/} only when {@code
 * RELEASE} exists (otherwise it looks for a source build's {@code assembly/}); Workers build their
 * executors' classpath from it.
 */
final class SparkHome {
  private SparkHome() {}

  /** Creates (or refreshes) the folder {@code dir} linking {@code jars}; returns it. */
  static Path create(Path dir, List<Path> jars) throws IOException {
    Path jarsDir = dir.resolve("jars");
    Files.createDirectories(jarsDir);
    Files.createDirectories(dir.resolve("conf"));
    Files.writeString(
        dir.resolve("RELEASE"),
        "Spark "
            + org.apache.spark.package$.MODULE$.SPARK_VERSION()
            + " (Maven-resolved jars linked by the newsframes cluster tests)\n",
        StandardCharsets.UTF_8);
    for (Path jar : jars) {
      Path link = jarsDir.resolve(jar.getFileName());
      if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        Files.createSymbolicLink(link, jar.toAbsolutePath());
      }
    }
    return dir;
  }
}
