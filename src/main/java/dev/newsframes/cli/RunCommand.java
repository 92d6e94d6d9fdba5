package dev.newsframes.cli;

import dev.newsframes.ingest.IngestJob;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes run}: every stage in order, in one Spark session. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Runs all stages in order on the inputs: ingest, annotate, trends, report.")
public final class RunCommand implements Callable<Integer> {
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin IngestOptions ingest = new IngestOptions();

  @Override
  public Integer call() throws Exception {
    IngestJob.Options options = ingest.toJobOptions();
    SparkSession session = spark.session("run");
    IngestJob.Result r = IngestJob.run(session, spark.warehouse(session), options);
    return Stages.report(r.summary(), r.rejectRate(), ingest.maxRejectRate);
  }
}
