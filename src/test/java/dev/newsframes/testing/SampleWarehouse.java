package dev.newsframes.testing;

import dev.newsframes.common.Period;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Warehouse;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.trends.BalanceRule;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.SpikeRule;
import dev.newsframes.trends.TrendsJob;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * A whole warehouse built once per test JVM from {@code src/test/resources/report/input}: 26
 * English news records over Jan-Jun 2023 (a regulation spike in the week of 15 May), a duplicate
 * copy, an undated article, two non-English articles, a malformed record, an empty file, and a
 * hostile HTML page whose title, body, source and URL carry script payloads aimed at a {@link
 * Beacon}.
 *
 * <p>Stages: the real {@link IngestJob}; the real {@link AnnotateJob} with a {@link FakeAnnotator}
 * (CoreNLP would cost minutes here); the real {@link TrendsJob} with {@link #TREND_OPTIONS}.
 */
public final class SampleWarehouse {
  /** Fixture files, copied into the input directory. */
  static final List<String> INPUTS = List.of("corpus.jsonl", "empty.txt", "xss-page.html");

  /**
   * Monthly and weekly series; a small bootstrap keeps the test fast. The default spike rule but
   * with periods of any size: the sample's weeks hold a handful of articles, under the default 20.
   */
  public static final TrendsJob.Options TREND_OPTIONS =
      TrendsJob.Options.builder(FrameLexicon.load(Path.of("jobs/frames.yaml")))
          .periods(List.of(Period.MONTH, Period.WEEK))
          .balance(new BalanceRule("regulation", "competitiveness", 200, 5, 42))
          .spikeRule(SpikeRule.DEFAULT.withMinPeriodCount(1))
          .build();

  private static SampleWarehouse instance;

  private final Path root;
  private final Beacon beacon;
  private final Warehouse warehouse;
  private final IngestJob.Result ingest;

  private SampleWarehouse(Path root, Beacon beacon, Warehouse warehouse, IngestJob.Result ingest) {
    this.root = root;
    this.beacon = beacon;
    this.warehouse = warehouse;
    this.ingest = ingest;
  }

  /** The sample warehouse, built on first use (about half a minute of local Spark). */
  public static synchronized SampleWarehouse get() {
    if (instance == null) {
      try {
        instance = build(SparkTestSession.get());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot build the sample warehouse", e);
      }
    }
    return instance;
  }

  private static SampleWarehouse build(SparkSession spark) throws IOException {
    Path root = Files.createTempDirectory("newsframes-sample-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
    Beacon beacon = Beacon.start();
    Path input = Files.createDirectories(root.resolve("input"));
    for (String name : INPUTS) {
      String text = resource("/report/input/" + name).replace("BEACON", beacon.url());
      Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
    }
    Warehouse warehouse = new Warehouse(spark, root.resolve("warehouse").toString());
    IngestJob.Result ingest =
        new IngestJob(IngestJob.Options.of(List.of(input.toString()))).run(spark, warehouse);
    new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, warehouse);
    writeTrends(spark, warehouse);
    return new SampleWarehouse(root, beacon, warehouse, ingest);
  }

  private static void writeTrends(SparkSession spark, Warehouse warehouse) {
    new TrendsJob(TREND_OPTIONS).run(spark, warehouse);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SampleWarehouse.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("Missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The temporary directory holding input/ and warehouse/. */
  public Path root() {
    return root;
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /** The server the hostile page's payloads call. */
  public Beacon beacon() {
    return beacon;
  }

  public IngestJob.Result ingest() {
    return ingest;
  }
}
