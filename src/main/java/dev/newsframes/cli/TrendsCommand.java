package dev.newsframes.cli;

import dev.newsframes.trends.TrendsJob;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes trends}: frames over time from the stored lemmas. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = {
      "Matches the frame lexicon on the lemmas annotate stored and writes frame, balance, entity,",
      "spike and evidence tables. Cheap to re-run after editing the lexicon: nothing is re-annotated."
    })
public final class TrendsCommand implements Callable<Integer> {
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin TrendsOptions trends = new TrendsOptions();

  @Override
  public Integer call() {
    TrendsJob.Options options = trends.toJobOptions();
    SparkSession session = spark.session("trends");
    TrendsJob.Result r = TrendsJob.run(session, spark.warehouse(session), options);
    return Stages.report(r.summary(), 0, 1);
  }
}
