package dev.newsframes.cli.tooling;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.SparkOptions;
import dev.newsframes.ingest.FileIngester;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.ingest.InputSource;
import dev.newsframes.ingest.ParseOptions;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.io.InputFiles;
import dev.newsframes.io.Warehouse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsframes bench ingest}: ingest throughput on real inputs, as medians of several runs:
 * the parsers alone on one thread, and the Spark job end to end on all cores.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Measures ingest throughput on the given inputs.",
      "Parsing alone (one thread, no Spark) and the Spark ingest job (local[*] unless --master),",
      "median of --runs runs each. The last line reads",
      "'ingest throughput: parse <x> articles/s (one thread), spark <y> articles/s'."
    })
public final class BenchIngestCommand implements Callable<Integer> {
  @Mixin SparkOptions spark = new SparkOptions();

  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "PATH",
      description = "Input files, directories or globs; repeatable.")
  List<String> inputs;

  @Option(
      names = "--runs",
      defaultValue = "3",
      description = "Runs of each measurement (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws Exception {
    List<String> files = InputFiles.list(new Configuration(), inputs);
    long bytes = 0;
    for (String f : files) {
      bytes += Files.size(Paths.get(new Path(f).toUri()));
    }
    System.out.printf(Locale.ROOT, "bench ingest: %d files, %.1f MB%n", files.size(), bytes / 1e6);
    List<Double> parse = new ArrayList<>();
    long articles = 0;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      articles = parseAll(files);
      double secs = (System.nanoTime() - start) / 1e9;
      parse.add(articles / secs);
      System.out.printf(
          Locale.ROOT, "  parse run %d: %d articles in %.2fs%n", r + 1, articles, secs);
    }
    SparkSession session = spark.sessionWithExecutor("bench ingest");
    var wh = Files.createTempDirectory("newsframes-bench-"); // java.nio; Path here is Hadoop's
    List<Double> job = new ArrayList<>();
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      IngestJob.Result res =
          new IngestJob(IngestJob.Options.of(inputs))
              .run(session, new Warehouse(session, wh.toString()));
      double secs = (System.nanoTime() - start) / 1e9;
      job.add((res.articles() + res.teasers()) / secs);
      System.out.printf(
          Locale.ROOT,
          "  spark run %d: %d records in %.2fs%n",
          r + 1,
          res.articles() + res.teasers(),
          secs);
    }
    System.out.printf(
        Locale.ROOT,
        "ingest throughput: parse %.1f articles/s (one thread), spark %.1f articles/s (%d cores)%n",
        median(parse),
        median(job),
        session.sparkContext().defaultParallelism());
    return ExitCode.OK;
  }

  private static long parseAll(List<String> files) {
    Configuration conf = new Configuration();
    long n = 0;
    for (String f : files) {
      Path p = new Path(f);
      FileOutcome o =
          FileIngester.ingest(
              PageContext.ofFile(f), InputSource.of(p, conf), ParseOptions.defaults());
      n += o.articles().size();
    }
    return n;
  }

  static double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    s.sort(Double::compare);
    int n = s.size();
    return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
  }
}
