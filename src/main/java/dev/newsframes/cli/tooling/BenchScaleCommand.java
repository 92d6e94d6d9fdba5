package dev.newsframes.cli.tooling;

import dev.newsframes.cli.SparkOptions;
import dev.newsframes.common.Period;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.bench.LiveHeapPeak;
import dev.newsframes.lab.bench.QuickAnnotator;
import dev.newsframes.lab.bench.ScaleCorpus;
import dev.newsframes.lab.bench.SentencePool;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.nlp.AnnotateTransforms;
import dev.newsframes.nlp.AnnotatorFactory;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.runtime.Stage;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TrendsJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes bench scale}: how ingest and trends grow with the number of articles, on
 * corpora of N records built from the real texts of {@code ../shared/corpora}.
 */
@Command(
    name = "scale",
    mixinStandardHelpOptions = true,
    description = {
      "Measures how ingest and trends grow with corpora of N news records.",
      "The corpora are built from real sentences, with exact and near copies; on each, ingest,",
      "a model-free annotate (production tables, no CoreNLP) and trends run, and it prints",
      "wall time, files written and peak heap per N. CoreNLP annotate is measured by",
      "'bench annotate' and projected in the README's sizing section."
    })
public final class BenchScaleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();

  @Option(
      names = "--corpora",
      paramLabel = "DIR",
      defaultValue = "../shared/corpora",
      description = {"Folder of the real corpora.", "Default: ${DEFAULT-VALUE}"})
  Path corpora;

  @Option(
      names = "--sizes",
      paramLabel = "N",
      split = ",",
      defaultValue = "10000,50000,100000",
      description = "Corpus sizes in records (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      defaultValue = "target/bench-scale",
      description =
          "Where corpora (kept for re-runs) and warehouses go (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  /** One size's figures. */
  record Row(
      int n,
      double ingestSecs,
      double annotateSecs,
      double trendsSecs,
      FileCounts files,
      long peakMb,
      long liveMb) {}

  /** Parquet files and partition folders of the article and sentence tables. */
  record FileCounts(long articleFiles, long articleDays, long sentenceFiles, long trendFiles) {}

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpora)) {
      throw new ParameterException(spec.commandLine(), "No corpora folder " + corpora);
    }
    SentencePool pool = SentencePool.load(corpora);
    System.out.printf(Locale.ROOT, "bench scale: %d real sentences to draw from%n", pool.size());
    SparkSession session = spark.sessionWithExecutor("bench scale");
    FrameLexicon lexicon = FrameLexicon.load(Path.of("jobs/frames.yaml"));
    List<Row> rows = new ArrayList<>();
    for (int n : sizes) {
      Path corpus = work.resolve("corpus-" + n);
      if (!Files.exists(corpus.resolve("part-00000.jsonl"))) {
        ScaleCorpus.Summary s = ScaleCorpus.write(corpus, n, seed, pool);
        System.out.printf(
            Locale.ROOT,
            "  corpus %d: %d exact and %d near copies, %d files, %.1f MB%n",
            n,
            s.exactCopies(),
            s.nearCopies(),
            s.files(),
            s.bytes() / 1e6);
      }
      rows.add(measure(session, n, corpus, lexicon));
    }
    print(rows);
    return 0;
  }

  private Row measure(SparkSession session, int n, Path corpus, FrameLexicon lexicon)
      throws IOException {
    Path wh = work.resolve("warehouse-" + n);
    delete(wh);
    resetPeaks();
    try (LiveHeapPeak live = new LiveHeapPeak()) {
      return measure(session, n, corpus, lexicon, wh, live);
    }
  }

  private Row measure(
      SparkSession session, int n, Path corpus, FrameLexicon lexicon, Path wh, LiveHeapPeak live)
      throws IOException {
    Warehouse warehouse = new Warehouse(session, wh.toString());
    double ingest =
        seconds(
            new IngestJob(IngestJob.Options.of(List.of(corpus.toString()))), session, warehouse);
    AnnotatorFactory quick = config -> new QuickAnnotator();
    AnnotateJob.Options annotate =
        new AnnotateJob.Options(
            NlpConfig.defaults(),
            AnnotateTransforms.Scope.ENGLISH_CANONICAL,
            AnnotateJob.Refresh.FULL,
            quick);
    double annotateSecs = seconds(new AnnotateJob(annotate), session, warehouse);
    TrendsJob.Options trends =
        TrendsJob.Options.builder(lexicon).periods(List.of(Period.MONTH, Period.WEEK)).build();
    double trendsSecs = seconds(new TrendsJob(trends), session, warehouse);
    Row r =
        new Row(
            n,
            ingest,
            annotateSecs,
            trendsSecs,
            new FileCounts(
                count(wh.resolve(Tables.ARTICLES.name()), ".parquet"),
                folders(wh.resolve(Tables.ARTICLES.name())),
                count(wh.resolve(Tables.SENTENCES.name()), ".parquet"),
                Tables.TRENDS_OUTPUTS.stream()
                    .mapToLong(t -> count(wh.resolve(t.name()), ".parquet"))
                    .sum()),
            peakHeapMb(),
            live.peakBytes() >> 20);
    System.out.printf(
        Locale.ROOT,
        "  %d records: ingest %.1fs, quick annotate %.1fs, trends %.1fs, peak heap %d MB,"
            + " most heap live after a collection %d MB (%d collections)%n",
        n,
        ingest,
        annotateSecs,
        trendsSecs,
        r.peakMb(),
        r.liveMb(),
        live.collections());
    return r;
  }

  private static double seconds(Stage stage, SparkSession session, Warehouse warehouse)
      throws IOException {
    long start = System.nanoTime();
    stage.run(session, warehouse);
    return (System.nanoTime() - start) / 1e9;
  }

  private static void print(List<Row> rows) {
    System.out.println(
        "records | ingest s | s per 10k | trends s | s per 10k | article files | day folders |"
            + " sentence files | trend files | peak heap MB | peak live heap MB");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "%d | %.1f | %.2f | %.1f | %.2f | %d | %d | %d | %d | %d | %d%n",
          r.n(),
          r.ingestSecs(),
          r.ingestSecs() / r.n() * 10_000,
          r.trendsSecs(),
          r.trendsSecs() / r.n() * 10_000,
          r.files().articleFiles(),
          r.files().articleDays(),
          r.files().sentenceFiles(),
          r.files().trendFiles(),
          r.peakMb(),
          r.liveMb());
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  private static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        bytes += p.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  /** Files whose name ends with {@code suffix} ({@code .crc} checksum files do not count). */
  private static long count(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long folders(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).count();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
