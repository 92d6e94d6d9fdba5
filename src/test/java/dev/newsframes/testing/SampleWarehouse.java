package dev.newsframes.testing;

import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.Period;
import dev.newsframes.trends.TrendOptions;
import dev.newsframes.trends.TrendTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A whole warehouse built once per test JVM from {@code src/test/resources/report/input}: 26
 * English news records over Jan-Jun 2023 (a regulation spike in the week of 15 May), a duplicate
 * copy, an undated article, two non-English articles, a malformed record, an empty file, and a
 * hostile HTML page whose title, body, source and URL carry script payloads aimed at a {@link
 * Beacon}.
 *
 * <p>Stages: the real {@link IngestJob}; {@link StandInAnnotator} until annotate is merged; {@link
 * TrendTables#compute} written table by table, with {@link #TREND_OPTIONS}, until {@code TrendsJob}
 * is wired.
 */
public final class SampleWarehouse {
  /** Fixture files, copied into the input directory. */
  static final List<String> INPUTS = List.of("corpus.jsonl", "empty.txt", "xss-page.html");

  /** Monthly and weekly series; a small bootstrap keeps the test fast. */
  public static final TrendOptions TREND_OPTIONS =
      TrendOptions.DEFAULT.withPeriods(List.of(Period.MONTH, Period.WEEK)).withBootstrap(200, 42);

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
        IngestJob.run(spark, warehouse, IngestJob.Options.of(List.of(input.toString())));
    StandInAnnotator.run(spark, warehouse); // later: AnnotateJob.run(spark, warehouse, ...)
    writeTrends(warehouse); // later: TrendsJob.run(spark, warehouse, ...)
    return new SampleWarehouse(root, beacon, warehouse, ingest);
  }

  private static void writeTrends(Warehouse warehouse) {
    TrendTables t =
        TrendTables.compute(
            warehouse.read(Tables.ARTICLES),
            warehouse.read(Tables.SENTENCES),
            warehouse.read(Tables.MENTIONS),
            FrameLexicon.load(Path.of("jobs/frames.yaml")),
            TREND_OPTIONS);
    Map<Table, Dataset<Row>> tables = new LinkedHashMap<>();
    tables.put(Tables.FRAMES, t.frames());
    tables.put(Tables.SENTENCE_FRAMES, t.sentenceFrames());
    tables.put(Tables.ARTICLE_FRAMES, t.articleFrames());
    tables.put(Tables.FRAME_TRENDS, t.frameTrends());
    tables.put(Tables.FRAME_BALANCE, t.frameBalance());
    tables.put(Tables.ENTITY_TRENDS, t.entityTrends());
    tables.put(Tables.ENTITY_FRAMES, t.entityFrames());
    tables.put(Tables.SPIKES, t.spikes());
    tables.put(Tables.EVIDENCE, t.evidence());
    tables.forEach(warehouse::replace);
  }

  private static void deleteTree(Path dir) {
    try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
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
