package dev.newsframes.testing;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession shared by all {@code *SparkTest} classes of a test JVM.
 *
 * <p>{@code local[2]}, two shuffle partitions, UI off, UTC, driver bound to 127.0.0.1. It is never
 * stopped by tests; the JVM's shutdown hook stops it.
 */
public final class SparkTestSession {
  private SparkTestSession() {}

  /** The shared session, created on first use. */
  public static synchronized SparkSession get() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("newsframes-tests")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .getOrCreate();
  }
}
