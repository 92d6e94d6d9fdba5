package dev.newsframes.cli;

import dev.newsframes.ingest.IngestJob;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes ingest}: raw inputs to the articles, rejects and duplicates tables. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads page dumps (and other inputs) into the articles, rejects and duplicates tables.",
      "Re-running on the same inputs replaces the tables; it never duplicates rows."
    })
public final class IngestCommand implements Callable<Integer> {
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin IngestOptions ingest = new IngestOptions();

  @Override
  public Integer call() throws Exception {
    IngestJob.Options options = ingest.toJobOptions();
    SparkSession session = spark.session("ingest");
    IngestJob.Result r = IngestJob.run(session, spark.warehouse(session), options);
    return Stages.report(r.summary(), r.rejectRate(), ingest.maxRejectRate);
  }
}
