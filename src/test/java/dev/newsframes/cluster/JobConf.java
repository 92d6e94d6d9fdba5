package dev.newsframes.cluster;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A Spark properties file of {@code jobs/}, read as spark-submit reads it. */
final class JobConf {
  private final Properties properties;

  private JobConf(Properties properties) {
    this.properties = properties;
  }

  /** {@code jobs/local.conf}, which the cluster tests submit with. */
  static JobConf local() {
    Path file = BuildOutputs.root().resolve("jobs/local.conf");
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    return new JobConf(p);
  }

  /** A property's value; fails naming the file when it is not set. */
  String get(String key) {
    String v = properties.getProperty(key);
    if (v == null) {
      throw new IllegalStateException(key + " is not set in jobs/local.conf");
    }
    return v.strip();
  }
}
