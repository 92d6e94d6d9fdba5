package dev.newsframes.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.newsframes.ingest.manifest.Manifest;
import dev.newsframes.ingest.manifest.ManifestColumns;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.manifest.ManifestProblem;
import dev.newsframes.ingest.manifest.ManifestReader;
import dev.newsframes.ingest.model.ArticleKind;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.io.DateWindow;
import dev.newsframes.io.HadoopConf;
import dev.newsframes.io.InputFiles;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.Progress;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * The ingest stage: reads every input file once, writes {@code articles}, {@code rejects} and
 * {@code duplicates}, replacing earlier contents, and returns the balance of what became of each
 * input record.
 */
public final class IngestJob {
  private IngestJob() {}

  /**
   * @param inputs files, directories or globs
   * @param settings how each file is read
   * @param nearDuplicateThreshold similarity for near duplicates; empty to find exact copies only
   * @param manifest sidecar metadata (url, title, date, crawl time) per input file
   * @param window publication dates to keep; articles outside it (or undated) are counted, not
   *     written, and only the window's partitions are replaced
   */
  public record Options(
      List<String> inputs,
      IngestSettings settings,
      OptionalDouble nearDuplicateThreshold,
      Optional<DateWindow> window,
      Optional<ManifestSpec> manifest) {

    /** Inputs read with default settings, near duplicates at {@value #DEFAULT_NEAR_THRESHOLD}. */
    public static Options of(List<String> inputs) {
      return new Options(
          inputs,
          IngestSettings.defaults(),
          OptionalDouble.of(DEFAULT_NEAR_THRESHOLD),
          Optional.empty(),
          Optional.empty());
    }

    /** These options restricted to a window of publication dates. */
    public Options withWindow(DateWindow w) {
      return new Options(inputs, settings, nearDuplicateThreshold, Optional.of(w), manifest);
    }

    /** These options with a manifest of sidecar metadata. */
    public Options withManifest(ManifestSpec m) {
      return new Options(inputs, settings, nearDuplicateThreshold, window, Optional.of(m));
    }
  }

  /** A manifest CSV (any Hadoop path) and how its columns are named. */
  public record ManifestSpec(String path, ManifestColumns columns) {}

  /** Estimated Jaccard similarity of 5-word shingles from which two texts are one story. */
  public static final double DEFAULT_NEAR_THRESHOLD = 0.8;

  /**
   * Counts of one run. Every input record is an article or teaser (some of them duplicates), a
   * reject, or a skipped non-content record.
   */
  public record Result(
      long files,
      long articles,
      long teasers,
      long duplicates,
      long rejects,
      long skipped,
      long outsideWindow,
      Map<String, Long> rejectsByReason,
      Duration duration) {

    /** The counts for the run manifest. */
    public Map<String, Object> counts() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("files", files);
      m.put("articles", articles);
      m.put("teasers", teasers);
      m.put("duplicates", duplicates);
      m.put("rejects", rejects);
      m.put("skipped_records", skipped);
      m.put("outside_window", outsideWindow);
      m.put("rejects_by_reason", rejectsByReason);
      return m;
    }

    /** Rejects as a share of all records that could have become articles. */
    public double rejectRate() {
      long all = articles + teasers + rejects;
      return all == 0 ? 0 : (double) rejects / all;
    }

    /** The one-line summary the command prints. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "ingest: %d input files -> %d articles, %d teasers (%d of them duplicates), %d rejects, "
              + "%d skipped records in %.1fs%s",
          files,
          articles,
          teasers,
          duplicates,
          rejects,
          skipped,
          duration.toMillis() / 1000.0,
          rejectsByReason.isEmpty() ? "" : "; rejects by reason " + rejectsByReason);
    }
  }

  public static Result run(SparkSession spark, Warehouse warehouse, Options options)
      throws IOException {
    long start = System.nanoTime();
    List<String> files =
        InputFiles.list(spark.sparkContext().hadoopConfiguration(), options.inputs());
    spark.sparkContext().setJobDescription("ingest: read and parse " + files.size() + " files");
    LongAccumulator done = spark.sparkContext().longAccumulator("ingest.files");
    Manifest manifest = readManifest(spark, options.manifest());
    files = withoutManifest(spark, files, options.manifest());
    Dataset<Row> records = parseAll(spark, files, options.settings(), manifest, done);
    Dataset<Row> parsed = IngestTransforms.articles(records);
    Dataset<Row> inWindow =
        options.window().map(w -> IngestTransforms.inWindow(parsed, w)).orElse(parsed);
    Dataset<Row> marked;
    try (Progress p = Progress.start("ingest", "files", done, files.size())) {
      // parse once into the cache before anything reads it: the duplicate search reads the
      // records on both sides of a self-join, and Spark runs both sides at once, so with a cold
      // cache every file was parsed twice
      records.count();
      spark.sparkContext().setJobDescription("ingest: find duplicates");
      marked = IngestTransforms.markExactDuplicates(inWindow);
      if (options.nearDuplicateThreshold().isPresent()) {
        marked =
            NearDuplicateTransforms.mark(marked, options.nearDuplicateThreshold().getAsDouble());
      }
      marked = marked.persist(StorageLevel.MEMORY_AND_DISK());
      spark.sparkContext().setJobDescription("ingest: write articles");
      write(warehouse, Tables.ARTICLES, marked, options.window());
    }
    spark.sparkContext().setJobDescription("ingest: write rejects and duplicates");
    String batch = options.window().map(DateWindow::label).orElse(Tables.ALL_BATCH);
    Dataset<Row> rejects =
        IngestTransforms.rejects(records).withColumn(Tables.INGEST_BATCH, lit(batch));
    Dataset<Row> dups =
        IngestTransforms.duplicates(marked).withColumn(Tables.INGEST_BATCH, lit(batch));
    write(warehouse, Tables.REJECTS, rejects.coalesce(1), options.window());
    write(warehouse, Tables.DUPLICATES, dups.coalesce(1), options.window());
    Result result =
        summarise(
            records,
            marked,
            parsed.count(),
            files.size(),
            Duration.ofNanos(System.nanoTime() - start));
    marked.unpersist();
    records.unpersist();
    return result;
  }

  private static List<String> withoutManifest(
      SparkSession spark, List<String> files, Optional<ManifestSpec> spec) throws IOException {
    if (spec.isEmpty()) {
      return files;
    }
    Path manifest = new Path(spec.get().path());
    String qualified =
        manifest
            .getFileSystem(spark.sparkContext().hadoopConfiguration())
            .makeQualified(manifest)
            .toString();
    return files.stream().filter(f -> !f.equals(qualified)).toList();
  }

  /** Replaces the whole table, or in a window run only the window's partitions. */
  private static void write(
      Warehouse warehouse, Table table, Dataset<Row> rows, Optional<DateWindow> window) {
    if (window.isEmpty()) {
      warehouse.replace(table, rows);
    } else if (table.partitionColumns().contains(Tables.PUBLISHED_DATE)) {
      List<String> dates = window.get().dates().stream().map(LocalDate::toString).toList();
      warehouse.replacePartitions(table, Tables.PUBLISHED_DATE, dates, rows);
    } else {
      warehouse.replacePartitions(table, Tables.INGEST_BATCH, List.of(window.get().label()), rows);
    }
  }

  private static Dataset<Row> parseAll(
      SparkSession spark,
      List<String> files,
      IngestSettings settings,
      Manifest manifest,
      LongAccumulator done) {
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Broadcast<Manifest> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(manifest);
    int partitions =
        Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
    FlatMapFunction<String, Row> parse =
        file -> {
          Path path = new Path(file);
          Optional<ManifestEntry> entry = rows.value().find(file);
          FileOutcome outcome =
              FileIngester.ingest(
                  entry.map(e -> e.context(file)).orElseGet(() -> PageContext.ofFile(file)),
                  entry,
                  InputSource.of(path, conf.get()),
                  settings);
          done.add(1);
          return IngestRows.of(file, outcome).iterator();
        };
    return spark
        .createDataset(files, Encoders.STRING())
        .repartition(partitions)
        .flatMap(parse, Encoders.row(IngestRows.SCHEMA))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  /** The manifest's rows, read on the driver; problems in it become rejects of the manifest. */
  private static Manifest readManifest(SparkSession spark, Optional<ManifestSpec> spec)
      throws IOException {
    if (spec.isEmpty()) {
      return Manifest.empty();
    }
    Path path = new Path(spec.get().path());
    try (Reader in =
        new InputStreamReader(
            path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path),
            StandardCharsets.UTF_8)) {
      return ManifestReader.read(in, spec.get().columns());
    }
  }

  private static Dataset<Row> manifestRejects(
      SparkSession spark, Manifest m, Optional<ManifestSpec> spec) {
    List<Row> rows = new ArrayList<>();
    for (ManifestProblem p : m.problems()) {
      Reject r =
          new Reject(
              spec.orElseThrow().path(),
              p.line(),
              RejectReason.MALFORMED_RECORD,
              "manifest line " + p.line() + ": " + p.message(),
              "");
      rows.add(IngestRows.reject(r));
    }
    return spark.createDataFrame(rows, IngestTransforms.REJECT_ROW);
  }

  private static Result summarise(
      Dataset<Row> records, Dataset<Row> marked, long parsed, long files, Duration duration) {
    Row kinds =
        marked
            .agg(
                sum(col("kind").equalTo(ArticleKind.ARTICLE.code()).cast("long")),
                sum(col("kind").equalTo(ArticleKind.TEASER.code()).cast("long")),
                count(col("duplicate_of")),
                count(lit(1)))
            .first();
    Map<String, Long> byReason = new TreeMap<>();
    for (Row r : IngestTransforms.rejects(records).groupBy("reason").count().collectAsList()) {
      byReason.put(r.getString(0), r.getLong(1));
    }
    long rejects = byReason.values().stream().mapToLong(Long::longValue).sum();
    Row skipped = records.agg(sum("skipped")).first();
    return new Result(
        files,
        kinds.isNullAt(0) ? 0 : kinds.getLong(0),
        kinds.isNullAt(1) ? 0 : kinds.getLong(1),
        kinds.getLong(2),
        rejects,
        skipped.isNullAt(0) ? 0 : skipped.getLong(0),
        parsed - kinds.getLong(3),
        byReason,
        duration);
  }
}
