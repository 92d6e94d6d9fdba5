package dev.newsframes.report;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.report.ReportData.BalanceFrames;
import dev.newsframes.report.ReportData.FrameInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the warehouse tables the report needs, tolerating missing ones (each becomes a note for the
 * reader), and collects the bounded aggregates of {@link ReportTransforms}.
 */
final class ReportTablesCollector {
  static final int MAX_FRAMES = 500;
  static final int MAX_GROUP_ROWS = 50;

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final List<String> notes = new ArrayList<>();
  private final Map<String, List<String>> missing = new LinkedHashMap<>();
  private final Map<Table, Optional<Dataset<Row>>> tables = new HashMap<>();

  ReportTablesCollector(SparkSession spark, Warehouse warehouse) {
    this.spark = spark;
    this.warehouse = warehouse;
  }

  /** What the reader should know about missing or cut data, in the order it was found. */
  List<String> notes() {
    List<String> all = new ArrayList<>();
    for (String stage : List.of("ingest", "annotate", "trends")) {
      List<String> tables = missing.getOrDefault(stage, List.of());
      if (!tables.isEmpty()) {
        all.add(
            (tables.size() == 1 ? "Table " : "Tables ")
                + String.join(", ", tables)
                + (tables.size() == 1 ? " is" : " are")
                + " not in the warehouse "
                + warehouse.root()
                + ": run 'newsframes "
                + stage
                + "' first. The parts of the report that need "
                + (tables.size() == 1 ? "it" : "them")
                + " are empty.");
      }
    }
    all.addAll(notes);
    return all;
  }

  void note(String text) {
    notes.add(text);
  }

  SparkSession spark() {
    return spark;
  }

  /** The table, or empty with a note saying which stage writes it; each table is looked up once. */
  Optional<Dataset<Row>> table(Table table) {
    return tables.computeIfAbsent(table, this::read);
  }

  private Optional<Dataset<Row>> read(Table table) {
    if (warehouse.exists(table)) {
      return Optional.of(warehouse.read(table));
    }
    missing.computeIfAbsent(stage(table), s -> new ArrayList<>()).add(table.name());
    return Optional.empty();
  }

  private static String stage(Table table) {
    if (Tables.INGEST_OUTPUTS.contains(table)) {
      return "ingest";
    }
    return Tables.ANNOTATE_OUTPUTS.contains(table) ? "annotate" : "trends";
  }

  /** Every frame of the catalog, in lexicon order; from frame_trends when the catalog is absent. */
  List<FrameInfo> frames(Optional<Dataset<Row>> catalog, Optional<Dataset<Row>> frameTrends) {
    describe("frames");
    if (catalog.isPresent()) {
      return catalog.get().orderBy("frame_order").limit(MAX_FRAMES).collectAsList().stream()
          .map(
              r ->
                  new FrameInfo(
                      ReportRows.text(r, "frame"),
                      ReportRows.text(r, "label"),
                      ReportRows.text(r, "frame_group"),
                      ReportRows.text(r, "description")))
          .toList();
    }
    return frameTrends
        .map(
            t ->
                t
                    .select("frame", "frame_group")
                    .distinct()
                    .orderBy("frame_group", "frame")
                    .limit(MAX_FRAMES)
                    .collectAsList()
                    .stream()
                    .map(
                        r ->
                            new FrameInfo(
                                ReportRows.text(r, "frame"),
                                ReportRows.text(r, "frame"),
                                ReportRows.text(r, "frame_group"),
                                ""))
                    .toList())
        .orElse(List.of());
  }

  /** The requested granularity if computed, else month, week or day, whichever exists first. */
  Optional<String> granularity(Optional<Dataset<Row>> trendTable, Optional<String> requested) {
    describe("granularities");
    List<String> present =
        trendTable
            .map(
                t ->
                    t.select("granularity").distinct().limit(10).collectAsList().stream()
                        .map(r -> ReportRows.text(r, "granularity"))
                        .toList())
            .orElse(List.of());
    if (requested.isPresent() && present.contains(requested.get())) {
      return requested;
    }
    Optional<String> chosen =
        List.of("month", "week", "day").stream().filter(present::contains).findFirst();
    if (requested.isPresent() && trendTable.isPresent()) {
      note(
          "The trend tables have no '"
              + requested.get()
              + "' series (they have "
              + (present.isEmpty() ? "none" : String.join(", ", present))
              + "); re-run trends with --period "
              + requested.get()
              + chosen.map(c -> ". Showing " + c + " instead.").orElse("."));
    } else if (trendTable.isPresent() && present.isEmpty()) {
      note("The trend tables are empty: no dated, annotated articles were counted.");
    }
    return chosen;
  }

  /** The balance frames named in frame_balance, with their labels; the defaults otherwise. */
  BalanceFrames balanceFrames(Optional<Dataset<Row>> frameBalance, List<FrameInfo> frames) {
    Optional<Row> first =
        frameBalance.flatMap(
            t ->
                t.select("positive_frame", "negative_frame").limit(1).collectAsList().stream()
                    .findFirst());
    String positive = first.map(r -> ReportRows.text(r, "positive_frame")).orElse("regulation");
    String negative =
        first.map(r -> ReportRows.text(r, "negative_frame")).orElse("competitiveness");
    return new BalanceFrames(positive, label(frames, positive), negative, label(frames, negative));
  }

  private static String label(List<FrameInfo> frames, String id) {
    return frames.stream()
        .filter(f -> f.id().equals(id))
        .map(FrameInfo::label)
        .findFirst()
        .orElse(id);
  }

  /** Names the next Spark jobs in the UI. */
  void describe(String what) {
    spark.sparkContext().setJobDescription("report: " + what);
  }
}
