package dev.newsframes.runtime;

import org.apache.spark.SparkContext;
import org.apache.spark.SparkContext$;
import org.apache.spark.sql.SparkSession;

/**
 * Names the Spark jobs of a block of work in the Spark UI and event log, and restores the previous
 * name when the block ends ({@code setJobDescription} is sticky on the thread otherwise, and a
 * later stage's jobs would carry an earlier stage's name).
 */
public final class JobDescription implements AutoCloseable {
  private static final String KEY = SparkContext$.MODULE$.SPARK_JOB_DESCRIPTION();

  private final SparkContext context;
  private final String previous;

  private JobDescription(SparkContext context, String text) {
    this.context = context;
    this.previous = context.getLocalProperty(KEY);
    context.setJobDescription(text);
  }

  /** Describes the jobs started until {@link #close()}. */
  public static JobDescription of(SparkSession spark, String text) {
    return new JobDescription(spark.sparkContext(), text);
  }

  /** Changes the description within the block; {@link #close()} still restores the outer one. */
  public void update(String text) {
    context.setJobDescription(text);
  }

  @Override
  public void close() {
    context.setLocalProperty(KEY, previous);
  }
}
