package dev.newsframes.cli;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.ingest.ParseOptions;
import dev.newsframes.ingest.dates.NumericDates;
import dev.newsframes.ingest.manifest.ManifestColumns;
import dev.newsframes.ingest.manifest.ManifestSpec;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.ingest.records.FieldMapping;
import dev.newsframes.io.DateWindow;
import dev.newsframes.io.InputFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the ingest stage, shared by {@code ingest} and {@code run}. */
public final class IngestOptions implements StageCommand.StageOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      description =
          "Input file, directory (read recursively) or glob; repeatable (default: notebooks-data/input).")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--manifest",
      paramLabel = "CSV",
      description = "CSV of sidecar metadata per input file: file, url, title, date, crawl time.")
  String manifest;

  @Option(
      names = "--manifest-columns",
      paramLabel = "SPEC",
      description = {
        "Manifest column names when they differ from the defaults, for example:",
        "'file=path,date=url_date|published'",
        "Defaults, each field's names in the order tried:",
        "file|path|filename",
        "url|link",
        "title",
        "date|url_date|published|published_at",
        "crawl_time|crawled_at|crawl_date"
      })
  String manifestColumns;

  @Option(
      names = "--max-file-size",
      paramLabel = "SIZE",
      defaultValue = "32MB",
      description =
          "Largest page file read, and largest JSON Lines line or CSV record, after decompression, such as 50MB; larger ones are rejected as too_large (default: ${DEFAULT-VALUE}).")
  String maxFileSize;

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      description =
          "Encoding of text inputs without a byte-order mark or declaration (default: UTF-8).")
  String charset;

  @Option(
      names = "--crawl-time",
      paramLabel = "TIME",
      description =
          "When inputs were crawled (2026-06-02 or 2026-06-02T10:00:00Z), for resolving relative times such as '12 min ago' in inputs that carry no crawl time.")
  String crawlTime;

  @Option(
      names = "--field",
      paramLabel = "FIELD=COLUMN",
      description = {
        "Maps a JSON/CSV/Parquet column (a.b for nested JSON) onto an article field; repeatable.",
        "Fields: id, title, text, summary, date, url, source, authors, language, crawl-time, html.",
        "Without it, common names are tried (text: text, body, content, articleBody, main_text, lead_paragraph, ...)."
      })
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(
      names = "--near-duplicates",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Find near-duplicate copies (MinHash LSH over 5-word shingles) besides exact ones (default: on; --no-near-duplicates turns it off).")
  boolean nearDuplicates;

  @Option(
      names = "--near-duplicate-threshold",
      paramLabel = "J",
      defaultValue = "0.8",
      description =
          "Estimated Jaccard similarity of shingles from which two texts are one story (default: ${DEFAULT-VALUE}).")
  double nearThreshold;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Process only articles published on this day (a daily scheduled run).")
  String date;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Process only articles published on or after this day; re-running the window replaces exactly its partitions.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description =
          "Process only articles published on or before this day (default with --since: the same day).")
  String until;

  @Option(
      names = "--max-reject-rate",
      paramLabel = "RATE",
      defaultValue = "0.5",
      description =
          "Exit with code 3 when rejects exceed this share of input records (default: ${DEFAULT-VALUE}).")
  double maxRejectRate;

  /** The stage, its options checked; throws a usage error for values that cannot be understood. */
  @Override
  public IngestJob toStage(String warehouse) {
    List<String> in = inputs.isEmpty() ? List.of("notebooks-data/input") : inputs;
    for (String input : in) {
      if (missingLocalPath(input)) {
        throw usage("Input not found: " + input);
      }
    }
    if (charset != null && !Charset.isSupported(charset)) {
      throw usage("Unknown --charset '" + charset + "'");
    }
    if (maxRejectRate < 0 || maxRejectRate > 1) {
      throw usage("--max-reject-rate must be between 0 and 1, got " + maxRejectRate);
    }
    FieldMapping mapping;
    try {
      mapping = FieldMapping.withOverrides(fields);
    } catch (IllegalArgumentException e) {
      throw usage("--field: " + e.getMessage());
    }
    if (nearThreshold <= 0 || nearThreshold > 1) {
      throw usage("--near-duplicate-threshold must be in (0, 1], got " + nearThreshold);
    }
    try {
      return new IngestJob(
          IngestJob.Options.builder(in)
              .parse(new ParseOptions(parseSize(maxFileSize), charset, parseCrawlTime(), mapping))
              .nearDuplicates(
                  nearDuplicates ? OptionalDouble.of(nearThreshold) : OptionalDouble.empty())
              .window(window())
              .manifest(manifest())
              .maxRejectRate(maxRejectRate)
              .build());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /**
   * Whether {@code input} is a local path (or glob) that names nothing: it fails now, not after
   * Spark's 10 s start. The path is read, and a glob matched, as the job's Hadoop walk reads them;
   * anything else ({@code hdfs://}, {@code s3a://}) is left to that walk.
   */
  static boolean missingLocalPath(String input) {
    try {
      var path = new org.apache.hadoop.fs.Path(input); // fqn: java.nio.file.Path is imported
      URI uri = path.toUri();
      boolean local = uri.getScheme() == null || uri.getScheme().equals("file");
      if (!local) {
        return false; // its file system (and credentials) come with the Spark session
      }
      if (input.matches(".*[*?\\[{].*")) {
        // a glob: matched as the ingest job will match it, without waiting for Spark
        return InputFiles.matches(FileSystem.getLocal(new Configuration()), path).length == 0;
      }
      return !Files.exists(Path.of(uri.getPath()), LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | IllegalArgumentException e) {
      return false; // the job reports it in the file system's own words
    }
  }

  private Optional<ManifestSpec> manifest() {
    if (manifest == null) {
      if (manifestColumns != null) {
        throw usage("--manifest-columns needs --manifest");
      }
      return Optional.empty();
    }
    try {
      ManifestColumns cols =
          manifestColumns == null
              ? ManifestColumns.defaults()
              : ManifestColumns.parse(manifestColumns);
      return Optional.of(new ManifestSpec(manifest, cols));
    } catch (IllegalArgumentException e) {
      throw usage("--manifest-columns: " + e.getMessage());
    }
  }

  private ResolvedDate parseCrawlTime() {
    if (crawlTime == null) {
      return null;
    }
    try {
      return new ResolvedDate(Instant.parse(crawlTime), DatePrecision.SECOND, DateSource.METADATA);
    } catch (DateTimeParseException e) {
      return NumericDates.parseLeading(crawlTime, DateSource.METADATA)
          .filter(d -> crawlTime.strip().length() <= 10)
          .orElseThrow(
              () ->
                  usage(
                      "Cannot read --crawl-time '"
                          + crawlTime
                          + "': use 2026-06-02 or 2026-06-02T10:00:00Z"));
    }
  }

  private long parseSize(String size) {
    String s = size.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    for (String[] u :
        new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"B", "1"}}) {
      if (s.endsWith(u[0])) {
        unit = Long.parseLong(u[1]);
        s = s.substring(0, s.length() - u[0].length()).strip();
        break;
      }
    }
    try {
      long n = Long.parseLong(s) * unit;
      if (n <= 0) {
        throw usage("--max-file-size must be positive, got '" + size + "'");
      }
      return n;
    } catch (NumberFormatException e) {
      throw usage("Cannot read --max-file-size '" + size + "': use e.g. 50MB");
    }
  }

  /** The window, if one was asked for; usage errors for malformed or contradictory dates. */
  private Optional<DateWindow> window() {
    if (date == null && since == null && until == null) {
      return Optional.empty();
    }
    if (date != null && (since != null || until != null)) {
      throw new ParameterException(
          spec.commandLine(), "--date cannot be combined with --since/--until");
    }
    try {
      LocalDate from = LocalDate.parse(date != null ? date : since != null ? since : until);
      LocalDate to = LocalDate.parse(date != null ? date : until != null ? until : since);
      return Optional.of(new DateWindow(from, to));
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "Cannot read date '" + e.getParsedString() + "': use YYYY-MM-DD");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
