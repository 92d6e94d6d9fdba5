package dev.newsframes.cli.tooling;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.cli.SparkOptions;
import dev.newsframes.lab.bench.AnnotatorBenchmark;
import dev.newsframes.nlp.AnnotateRows;
import dev.newsframes.nlp.AnnotateTransforms;
import dev.newsframes.nlp.AnnotatorFactory;
import dev.newsframes.nlp.DocumentAnnotator;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.SentenceCache;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes bench annotate}: the annotate job against raw CoreNLP on the same documents and
 * cores, in one run.
 *
 * <p>Raw: one JVM, one shared pipeline, as many threads as Spark has cores, each taking the next
 * document and doing the per-document work annotate does (CoreNLP over every sentence, entity
 * sentiment, canonical names), reusing nothing. Spark: the annotate transform (the same code the
 * job runs) over the same documents in the same JVM, from an empty sentence cache, so a repeated
 * sentence goes through CoreNLP once. The pipeline is loaded and warmed before either is timed.
 *
 * <p>With {@code --compare KEY=VALUE...}, a second set of settings (e.g. another sentiment model)
 * is measured the same way, taking turns with the first within every run, so the load of other jobs
 * on a shared machine falls on both alike.
 */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the Spark annotate job with raw CoreNLP on the same documents and cores.",
      "Raw annotates every sentence of every document; Spark annotates a repeated sentence once.",
      "It prints input and distinct sentences, and the ratio to reach: 0.95 x input/distinct.",
      "Last line: 'annotate throughput: raw <x> sentences/s, spark <y> sentences/s, ratio <y/x>';",
      "with --compare, one such line per settings, then 'settings compared: spark <b> ... ratio'."
    })
public final class BenchAnnotateCommand implements Callable<Integer> {
  private static final StructType DOCS =
      new StructType()
          .add("article_id", DataTypes.StringType)
          .add("text", DataTypes.StringType)
          .add("content_hash", DataTypes.StringType)
          .add("published_date", DataTypes.DateType);

  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin NlpConfigOptions settings = new NlpConfigOptions();

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = {"Folder of page dumps, for example", "../shared/corpora/pages/ai-tech/pages"})
  Path input;

  @Option(
      names = "--docs",
      defaultValue = "40",
      paramLabel = "N",
      description = "Documents (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(
      names = "--copies",
      defaultValue = "0",
      paramLabel = "FRACTION",
      description = {
        "Share of the documents that repeat another one word for word under another id, as wire"
            + " stories and syndicated pages do (default: ${DEFAULT-VALUE}: every document read"
            + " from the pages)."
      })
  double copies;

  @Option(
      names = "--doc-chars",
      defaultValue = "4000",
      paramLabel = "N",
      description =
          "Characters per document, after skipping the page's opening menu (default: ${DEFAULT-VALUE}).")
  int docChars;

  @Option(
      names = "--runs",
      defaultValue = "3",
      paramLabel = "N",
      description = "Runs of each side; medians are reported (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--compare",
      paramLabel = "KEY=VALUE",
      description = {
        "Also measure the settings with these overrides (repeatable), interleaved with the"
            + " configured ones in the same run; the last line then compares them. Examples:",
        "--compare nlp.sentiment-model=classifier",
        "--compare nlp.sentiment-model-path=m.ser.gz",
        "--compare nlp.entity-sentiment=none",
        "(the last: what entity sentiment costs)"
      })
  Map<String, String> compare = new LinkedHashMap<>();

  /** One set of settings under test and its measured rates. */
  private record Variant(
      String label,
      NlpConfig config,
      DocumentAnnotator whole,
      List<Double> raw,
      List<Double> spark,
      List<Long> analysed,
      List<Long> input) {
    Variant(NlpConfig config) {
      this(
          describe(config),
          config,
          DocumentAnnotator.wholeDocuments(config),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>(),
          new ArrayList<>());
    }

    /** Sentences of the documents, as the Spark job wrote them (the same in every run). */
    long inputSentences() {
      return input.get(0);
    }
  }

  /** Sentence model, annotators and entity sentiment: what a compared setting usually changes. */
  private static String describe(NlpConfig config) {
    return config.sentimentModel()
        + " ["
        + String.join(",", config.annotators())
        + "] entity-sentiment="
        + config.entitySentiment();
  }

  @Override
  public Integer call() throws Exception {
    List<NlpConfig> configs = new ArrayList<>(List.of(settings.load(Map.of())));
    if (!compare.isEmpty()) {
      configs.add(settings.load(compare));
    }
    if (copies < 0 || copies >= 1) {
      throw new ParameterException(
          spec.commandLine(), "--copies must be at least 0 and below 1, not " + copies);
    }
    int copyCount = (int) Math.round(docs * copies);
    List<String> texts =
        withCopies(
            AnnotatorBenchmark.sampleDocuments(input, docs - copyCount, 300, docChars), copyCount);
    SparkSession session = spark.sessionWithExecutor("bench annotate");
    int cores = session.sparkContext().defaultParallelism();
    List<Variant> variants = configs.stream().map(Variant::new).toList();
    System.out.printf(
        Locale.ROOT,
        "bench annotate: %d documents (%d of them copies), %d cores%n",
        texts.size(),
        copyCount,
        cores);
    variants.forEach(
        v ->
            System.out.printf(
                Locale.ROOT,
                "  settings %s: pipeline %s%n",
                v.label(),
                v.config().fingerprint().substring(0, 12)));
    Dataset<Row> frame =
        AnnotateTransforms.spread(session.createDataFrame(rows(texts), DOCS), texts.size(), cores)
            .cache();
    frame.count();
    // Variants take turns within each run, so load from other jobs on the machine hits all alike.
    for (int r = 0; r < runs; r++) {
      for (Variant v : variants) {
        measure(session, frame, texts, cores, v, r);
      }
    }
    System.out.printf(
        Locale.ROOT, "peak heap of this JVM (driver and local executor): %d MB%n", peakHeapMb());
    for (Variant v : variants) {
      double x = BenchIngestCommand.median(v.raw());
      double y = BenchIngestCommand.median(v.spark());
      long analysed = v.analysed().get(0);
      double repetition = (double) v.inputSentences() / Math.max(1, analysed);
      System.out.printf(
          Locale.ROOT,
          "sentences%s: %d input, %d distinct annotated (input/distinct %.3f), so the ratio to reach"
              + " is %.3f (0.95 x input/distinct)%n",
          variants.size() == 1 ? "" : " (" + v.label() + ")",
          v.inputSentences(),
          analysed,
          repetition,
          0.95 * repetition);
      System.out.printf(
          Locale.ROOT,
          "annotate throughput%s: raw %.2f sentences/s, spark %.2f sentences/s, ratio %.3f%n",
          variants.size() == 1 ? "" : " (" + v.label() + ")",
          x,
          y,
          y / x);
    }
    if (variants.size() == 2) {
      compareLine(variants.get(0), variants.get(1));
    }
    return ExitCode.OK;
  }

  private static void measure(
      SparkSession session, Dataset<Row> frame, List<String> texts, int cores, Variant v, int run)
      throws InterruptedException {
    AnnotatorBenchmark.Throughput t = AnnotatorBenchmark.measure("raw", v.whole(), texts, cores);
    v.raw().add(t.sentencesPerSecond());
    // every run starts from an empty sentence cache, as a fresh executor does
    SentenceCache.clearAll();
    LongAccumulator analysed = session.sparkContext().longAccumulator();
    long start = System.nanoTime();
    long sentences =
        AnnotateTransforms.part(
                AnnotateTransforms.annotate(
                    frame,
                    JavaSparkContext.fromSparkContext(session.sparkContext()).broadcast(v.config()),
                    AnnotatorFactory.CORENLP,
                    session.sparkContext().longAccumulator(),
                    analysed),
                AnnotateRows.SENTENCE)
            .count();
    double secs = (System.nanoTime() - start) / 1e9;
    v.spark().add(sentences / secs);
    v.analysed().add(analysed.value());
    v.input().add(sentences);
    System.out.printf(
        Locale.ROOT,
        "  run %d %s: raw %d sentences in %.1fs; spark %d sentences (%d through CoreNLP) in"
            + " %.1fs%n",
        run + 1,
        v.label(),
        t.sentences(),
        t.seconds(),
        sentences,
        analysed.value(),
        secs);
  }

  private static void compareLine(Variant a, Variant b) {
    double sa = BenchIngestCommand.median(a.spark());
    double sb = BenchIngestCommand.median(b.spark());
    double ra = BenchIngestCommand.median(a.raw());
    double rb = BenchIngestCommand.median(b.raw());
    System.out.printf(
        Locale.ROOT,
        "settings compared: spark %s %.2f sentences/s vs %s %.2f sentences/s, ratio %.2f"
            + " (raw ratio %.2f)%n",
        b.label(),
        sb,
        a.label(),
        sa,
        sb / sa,
        rb / ra);
  }

  /** The texts, then {@code count} of them again in turn (each a copy under another id). */
  static List<String> withCopies(List<String> texts, int count) {
    List<String> all = new ArrayList<>(texts);
    for (int i = 0; i < count && !texts.isEmpty(); i++) {
      all.add(texts.get(i % texts.size()));
    }
    return all;
  }

  private static List<Row> rows(List<String> texts) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      // a copy has its original's content hash, as ingest gives it
      rows.add(
          RowFactory.create("doc-" + i, texts.get(i), "h" + texts.indexOf(texts.get(i)), null));
    }
    return rows;
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
