package dev.newsframes.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import dev.newsframes.common.Plural;
import dev.newsframes.ingest.manifest.Manifest;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.manifest.ManifestFiles;
import dev.newsframes.ingest.manifest.ManifestSpec;
import dev.newsframes.ingest.model.ArticleKind;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.io.DateWindow;
import dev.newsframes.io.HadoopConf;
import dev.newsframes.io.InputFiles;
import dev.newsframes.io.StageState;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.Caches;
import dev.newsframes.runtime.JobDescription;
import dev.newsframes.runtime.Progress;
import dev.newsframes.runtime.SettingsKey;
import dev.newsframes.runtime.Stage;
import dev.newsframes.runtime.UnchangedRun;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

/**
 * The ingest stage: reads every input file once, writes {@code articles}, {@code rejects} and
 * {@code duplicates}, replacing earlier contents (or a window's partitions), and returns the
 * balance of what became of each input record.
 */
public final class IngestJob implements Stage {
  /** Estimated Jaccard similarity of 5-word shingles from which two texts are one story. */
  public static final double DEFAULT_NEAR_THRESHOLD = 0.8;

  /** Rejects over this share of records make the run end with exit code 3. */
  public static final double DEFAULT_MAX_REJECT_RATE = 0.5;

  /**
   * @param inputs files, directories or globs
   * @param parse how each file is read
   * @param nearDuplicateThreshold similarity for near duplicates; empty to find exact copies only
   * @param window publication dates to keep; articles outside it (or undated) are counted, not
   *     written, and only the window's partitions are replaced
   * @param manifest sidecar metadata (url, title, date, crawl time) per input file
   * @param maxRejectRate share of rejected records above which the run reports a problem
   */
  public record Options(
      List<String> inputs,
      ParseOptions parse,
      OptionalDouble nearDuplicateThreshold,
      Optional<DateWindow> window,
      Optional<ManifestSpec> manifest,
      double maxRejectRate) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("ingest needs at least one input");
      }
      if (nearDuplicateThreshold.isPresent()
          && !(nearDuplicateThreshold.getAsDouble() > 0
              && nearDuplicateThreshold.getAsDouble() <= 1)) {
        throw new IllegalArgumentException(
            "the near-duplicate threshold must be in (0, 1], got "
                + nearDuplicateThreshold.getAsDouble());
      }
      if (!(maxRejectRate >= 0 && maxRejectRate <= 1)) {
        throw new IllegalArgumentException(
            "the maximum reject rate must be between 0 and 1, got " + maxRejectRate);
      }
    }

    /** Inputs read with default settings, near duplicates at {@value #DEFAULT_NEAR_THRESHOLD}. */
    public static Options of(List<String> inputs) {
      return builder(inputs).build();
    }

    public static Builder builder(List<String> inputs) {
      return new Builder(inputs);
    }
  }

  /** Builds {@link Options} from the defaults; {@link #build()} validates. */
  public static final class Builder {
    private final List<String> inputs;
    private ParseOptions parse = ParseOptions.defaults();
    private OptionalDouble nearDuplicateThreshold = OptionalDouble.of(DEFAULT_NEAR_THRESHOLD);
    private Optional<DateWindow> window = Optional.empty();
    private Optional<ManifestSpec> manifest = Optional.empty();
    private double maxRejectRate = DEFAULT_MAX_REJECT_RATE;

    private Builder(List<String> inputs) {
      this.inputs = inputs;
    }

    public Builder parse(ParseOptions p) {
      parse = p;
      return this;
    }

    /** Near duplicates from this similarity on; empty finds exact copies only. */
    public Builder nearDuplicates(OptionalDouble threshold) {
      nearDuplicateThreshold = threshold;
      return this;
    }

    public Builder window(Optional<DateWindow> w) {
      window = w;
      return this;
    }

    public Builder manifest(Optional<ManifestSpec> m) {
      manifest = m;
      return this;
    }

    public Builder maxRejectRate(double rate) {
      maxRejectRate = rate;
      return this;
    }

    public Options build() {
      return new Options(inputs, parse, nearDuplicateThreshold, window, manifest, maxRejectRate);
    }
  }

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
      long manifestRejects,
      long skipped,
      long outsideWindow,
      Map<String, Long> rejectsByReason,
      double maxRejectRate,
      Duration duration)
      implements Stage.Result {

    @Override
    public Map<String, Object> counts() {
      return Stage.counts(
          "files", files,
          "articles", articles,
          "teasers", teasers,
          "duplicates", duplicates,
          "rejects", rejects,
          "manifest_rejects", manifestRejects,
          "skipped_records", skipped,
          "outside_window", outsideWindow,
          "rejects_by_reason", rejectsByReason);
    }

    /**
     * Rejects as a share of all records that could have become articles. Rejects of the manifest
     * are not records: a manifest that covers more files than this run reads (a subset, a growing
     * crawl) leaves rows unused, each a reject, but none is a lost article. Articles outside a
     * {@code --date} window count: the rejects come from every record read, so a daily window over
     * a year of pages would otherwise weigh a year's rejects against a day's articles.
     */
    public double rejectRate() {
      long recordRejects = rejects - manifestRejects;
      long all = articles + teasers + outsideWindow + recordRejects;
      return all == 0 ? 0 : (double) recordRejects / all;
    }

    @Override
    public Optional<String> problem() {
      if (rejectRate() <= maxRejectRate) {
        return Optional.empty();
      }
      return Optional.of(
          String.format(
              Locale.ROOT,
              "reject rate %.1f%% is above --max-reject-rate %.1f%%; see the rejects table",
              100 * rejectRate(),
              100 * maxRejectRate));
    }

    @Override
    public String summary() {
      return String.format(
          Locale.ROOT,
          "ingest: %s -> %s + %s (%d of these duplicate copies), %s%s, %s%s in %.1fs%s",
          Plural.count(files, "input file", "input files"),
          Plural.count(articles, "article", "articles"),
          Plural.count(teasers, "teaser", "teasers"),
          duplicates,
          Plural.count(rejects, "reject", "rejects"),
          manifestRejects == 0 ? "" : " (" + manifestRejects + " of them manifest lines)",
          Plural.count(skipped, "skipped record", "skipped records"),
          outsideWindow == 0 ? "" : ", " + outsideWindow + " outside the date window (not kept)",
          duration.toMillis() / 1000.0,
          rejectsByReason.isEmpty() ? "" : "; rejects by reason " + rejectsByReason);
    }
  }

  private final Options options;

  public IngestJob(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "ingest";
  }

  @Override
  public Map<String, Object> settings() {
    return Map.of("inputs", options.inputs());
  }

  /**
   * Unchanged when the input files (names, sizes, modification times), the manifest, the options
   * and the three tables are what they were after the last run: re-reading them would write the
   * same rows again.
   */
  @Override
  public Optional<UnchangedRun> unchangedRun(SparkSession spark, Warehouse warehouse)
      throws IOException {
    List<String> inputs =
        new ArrayList<>(InputFiles.list(warehouse.hadoopConf(), options.inputs()));
    options.manifest().ifPresent(m -> inputs.add(m.path()));
    return Optional.of(
        UnchangedRun.of(
            StageState.inWarehouse(warehouse.hadoopConf(), warehouse.root(), name()),
            inputs,
            SettingsKey.of(options),
            warehouse.paths(Tables.INGEST_OUTPUTS)));
  }

  @Override
  public Result run(SparkSession spark, Warehouse warehouse) throws IOException {
    long start = System.nanoTime();
    InputFiles.Listing listing =
        InputFiles.walk(spark.sparkContext().hadoopConfiguration(), options.inputs());
    List<String> files = listing.files();
    try (Caches caches = new Caches();
        JobDescription job =
            JobDescription.of(spark, "ingest: read and parse " + files.size() + " files")) {
      LongAccumulator done = spark.sparkContext().longAccumulator("ingest.files");
      Manifest manifest =
          ManifestFiles.read(spark.sparkContext().hadoopConfiguration(), options.manifest());
      files =
          ManifestFiles.without(
              spark.sparkContext().hadoopConfiguration(), files, options.manifest());
      List<Reject> manifestRejects = manifestRejects(manifest, files);
      Dataset<Row> records =
          caches.keep(
              parseAll(spark, files, options.parse(), manifest, done)
                  .union(rejectRows(spark, unreadable(listing.unreadable())))
                  .union(rejectRows(spark, manifestRejects)));
      Dataset<Row> parsed = IngestTransforms.articles(records);
      Dataset<Row> inWindow =
          options.window().map(w -> IngestTransforms.inWindow(parsed, w)).orElse(parsed);
      Dataset<Row> marked;
      try (Progress p = Progress.start("ingest", "files", done, files.size())) {
        // parse once into the cache before anything reads it: the duplicate search reads the
        // records on both sides of a self-join, and Spark runs both sides at once, so with a cold
        // cache every file was parsed twice
        records.count();
        job.update("ingest: find duplicates");
        marked = IngestTransforms.markExactDuplicates(inWindow);
        if (options.nearDuplicateThreshold().isPresent()) {
          marked =
              NearDuplicateTransforms.mark(marked, options.nearDuplicateThreshold().getAsDouble());
        }
        marked = caches.keep(marked);
        job.update("ingest: write articles");
        warehouse.replace(Tables.ARTICLES, options.window(), marked);
      }
      job.update("ingest: write rejects and duplicates");
      String batch = options.window().map(DateWindow::label).orElse(Tables.ALL_BATCH);
      Dataset<Row> rejects =
          IngestTransforms.rejects(records).withColumn(Tables.INGEST_BATCH, lit(batch));
      Dataset<Row> dups =
          IngestTransforms.duplicates(marked).withColumn(Tables.INGEST_BATCH, lit(batch));
      warehouse.replace(Tables.REJECTS, options.window(), rejects);
      warehouse.replace(Tables.DUPLICATES, options.window(), dups);
      return summarise(
          records,
          marked,
          parsed.count(),
          files.size(),
          manifestRejects.size(),
          Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private static Dataset<Row> parseAll(
      SparkSession spark,
      List<String> files,
      ParseOptions parse,
      Manifest manifest,
      LongAccumulator done) {
    HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
    Broadcast<Manifest> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(manifest);
    int partitions =
        Math.max(1, Math.min(files.size(), spark.sparkContext().defaultParallelism() * 4));
    FlatMapFunction<String, Row> parseFile =
        file -> {
          Path path = new Path(file);
          Optional<ManifestEntry> entry = rows.value().find(file);
          FileOutcome outcome =
              FileIngester.ingest(
                  entry.map(e -> e.context(file)).orElseGet(() -> PageContext.ofFile(file)),
                  entry,
                  InputSource.of(path, conf.get()),
                  parse);
          done.add(1);
          return IngestRows.of(file, outcome).iterator();
        };
    return spark
        .createDataset(files, Encoders.STRING())
        .repartition(partitions)
        .flatMap(parseFile, Encoders.row(IngestRows.SCHEMA));
  }

  /** A reject for each entry of the inputs that is not read as a file. */
  private static List<Reject> unreadable(List<InputFiles.Unreadable> entries) {
    return entries.stream()
        .map(u -> Reject.ofFile(u.path(), RejectReason.valueOf(u.problem().name()), u.message()))
        .toList();
  }

  /**
   * The manifest's problems (broken lines, rows without a file, bad urls, rows naming no input
   * file, ...), one reject each.
   */
  private List<Reject> manifestRejects(Manifest manifest, List<String> files) {
    return options.manifest().map(m -> ManifestFiles.rejects(manifest, m, files)).orElse(List.of());
  }

  /** Rows of {@link IngestRows#SCHEMA} for rejects found on the driver, not by reading a file. */
  private static Dataset<Row> rejectRows(SparkSession spark, List<Reject> rejects) {
    List<Row> rows =
        rejects.stream()
            .map(r -> RowFactory.create(IngestRows.REJECT, null, IngestRows.reject(r), 0L))
            .toList();
    return spark.createDataFrame(rows, IngestRows.SCHEMA);
  }

  private Result summarise(
      Dataset<Row> records,
      Dataset<Row> marked,
      long parsed,
      long files,
      long manifestRejects,
      Duration duration) {
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
        manifestRejects,
        skipped.isNullAt(0) ? 0 : skipped.getLong(0),
        parsed - kinds.getLong(3),
        byReason,
        options.maxRejectRate(),
        duration);
  }
}
