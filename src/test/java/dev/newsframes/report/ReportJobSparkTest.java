package dev.newsframes.report;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.common.Period;
import dev.newsframes.io.StageState;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.report.ReportData.Extent;
import dev.newsframes.testing.SampleWarehouse;
import dev.newsframes.testing.SparkTestSession;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report job on the sample warehouse, on a partial one and on an empty one. */
class ReportJobSparkTest {

  @Test
  void reportOfTheSampleWarehouse(@TempDir Path out) throws Exception {
    ReportJob.Result r =
        new ReportJob(ReportJob.Options.defaults(out))
            .run(SparkTestSession.get(), SampleWarehouse.get().warehouse());

    assertThat(r.granularity()).contains("month");
    assertThat(r.periods()).as("Jan to Jun 2023").isEqualTo(6);
    assertThat(r.charts()).isEqualTo(3);
    assertThat(r.notes()).isEmpty();
    assertThat(
            r.csvFiles().stream()
                .collect(Collectors.toMap(ReportData.CsvFile::table, ReportData.CsvFile::rows)))
        .containsEntry("frames", 20L)
        .containsEntry("spikes", 2L)
        // 6 months and every week from the first to the last with coverage, 7 of them empty
        .containsEntry("frame_balance", 6L + 24L)
        .containsKeys("frame_trends", "entity_trends", "entity_frames", "evidence");
    assertThat(Files.list(out.resolve("charts")).map(p -> p.getFileName().toString()))
        .containsExactlyInAnyOrder("frame-shares.svg", "balance.svg", "entities.svg");
    Document doc = PageSafety.assertSafe(Files.readString(r.index(), StandardCharsets.UTF_8));
    assertThat(doc.select("#spikes tbody tr").eachText())
        .containsExactly("1 May 2023 Regulation 85.7% 16.7% 3.6 6 3 sentences");
    assertThat(doc.select("#quality table").first().select("tr").eachText())
        .contains(
            "input files 3",
            "articles 28",
            "duplicate copies (kept, counted once) 1",
            "rejected inputs or records 2",
            "articles without a date (not in trends) 1",
            "non-English articles (not annotated) 2",
            "annotation errors 1");
    List<String> csv = Files.readAllLines(out.resolve("csv/spikes.csv"), StandardCharsets.UTF_8);
    assertThat(csv.get(0))
        .isEqualTo(
            "\uFEFFgranularity,series_type,series,period_start,value,count,period_count,"
                + "window_size,window_mean,window_sd,sampling_sd,z,rule");
    assertThat(csv).hasSize(3);
    assertThat(csv.get(1)).startsWith("month,frame,regulation,2023-05-01,0.857142857142857");
  }

  @Test
  void weeklyReportWithCappedCsvExports(@TempDir Path out) throws Exception {
    ReportJob.Options options =
        new ReportJob.Options(
            out, Optional.of(Period.WEEK), "ai_policy", 5, 5, 120, 30, 3, Optional.empty());

    ReportJob.Result r =
        new ReportJob(options).run(SparkTestSession.get(), SampleWarehouse.get().warehouse());

    assertThat(r.granularity()).contains("week");
    Map<String, ReportData.CsvFile> csv =
        r.csvFiles().stream().collect(Collectors.toMap(ReportData.CsvFile::table, f -> f));
    assertThat(csv.get("evidence").rows()).isEqualTo(3);
    assertThat(csv.get("evidence").extent()).isEqualTo(Extent.FIRST_ROWS);
    assertThat(csv.get("spikes").extent()).isEqualTo(Extent.WHOLE_TABLE);
    assertThat(Files.readAllLines(out.resolve("csv/evidence.csv"))).hasSize(4);
    assertThat(r.notes()).anyMatch(n -> n.startsWith("csv/evidence.csv holds the first 3 rows"));
    Document doc = Jsoup.parse(Files.readString(r.index(), StandardCharsets.UTF_8));
    assertThat(doc.select("#spikes tbody tr").eachText())
        .containsExactly("1 week of 15 May 2023 Regulation 100.0% 0.0% new 6 3 sentences");
    assertThat(doc.select("#entities tbody tr")).as("--show-entities 5").hasSize(5);
  }

  @Test
  void csvCellsThatWouldBeFormulasAreNeutralisedAndTheTableKeepsTheRawText(@TempDir Path dir)
      throws Exception {
    Warehouse w = new Warehouse(SparkTestSession.get(), dir.resolve("warehouse").toString());
    w.replace(
        Tables.EVIDENCE,
        SampleWarehouse.get()
            .warehouse()
            .read(Tables.EVIDENCE)
            .withColumn("text", lit("=HYPERLINK(\"http://evil.test\",\"x\")"))
            .withColumn("title", lit("@SUM(A1)")));

    new ReportJob(ReportJob.Options.defaults(dir.resolve("report"))).run(SparkTestSession.get(), w);

    String csv =
        Files.readString(dir.resolve("report/csv/evidence.csv"), StandardCharsets.UTF_8)
            .substring(1);
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(rows).isNotEmpty();
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.get("text")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"x\")");
              assertThat(r.get("title")).isEqualTo("'@SUM(A1)");
            });
    assertThat(w.read(Tables.EVIDENCE).select("text").distinct().collectAsList())
        .as("the Parquet table keeps the raw text")
        .extracting(r -> r.getString(0))
        .containsExactly("=HYPERLINK(\"http://evil.test\",\"x\")");
  }

  @Test
  void aWarehouseWithOnlyArticlesGivesADataQualityReportAndNotes(@TempDir Path dir)
      throws Exception {
    Warehouse partial = new Warehouse(SparkTestSession.get(), dir.resolve("warehouse").toString());
    partial.replace(Tables.ARTICLES, SampleWarehouse.get().warehouse().read(Tables.ARTICLES));

    ReportJob.Result r =
        new ReportJob(ReportJob.Options.defaults(dir.resolve("report")))
            .run(SparkTestSession.get(), partial);

    assertThat(r.granularity()).isEmpty();
    assertThat(r.charts()).isZero();
    assertThat(r.csvFiles()).isEmpty();
    String root = partial.root();
    assertThat(r.notes())
        .containsExactly(
            "Table rejects is not in the warehouse "
                + root
                + ": run 'newsframes ingest' first. The parts of the report that need it are empty.",
            "Tables sentences, mentions, annotation_errors are not in the warehouse "
                + root
                + ": run 'newsframes annotate' first. The parts of the report that need them are"
                + " empty.",
            "Tables frame_trends, frame_balance, entity_trends, spikes, evidence, frames,"
                + " entity_frames are not in the warehouse "
                + root
                + ": run 'newsframes trends' first. The parts of the report that need them are"
                + " empty.");
    Document doc = PageSafety.assertSafe(Files.readString(r.index(), StandardCharsets.UTF_8));
    assertThat(doc.select("#notes li")).hasSize(r.notes().size());
    assertThat(doc.select("#quality").text())
        .contains("articles 28", "non-English articles (not annotated) 2", "en 26 0");
  }

  @Test
  void aWarehouseWithoutTheReportsTablesStillGivesAReport(@TempDir Path dir) throws Exception {
    SparkSession spark = SparkTestSession.get();
    Warehouse none = new Warehouse(spark, dir.resolve("nothing").toString());
    // one table the report does not read: the path is a warehouse, just not a run one
    none.replace(Tables.DUPLICATES, spark.createDataFrame(List.of(), Tables.DUPLICATES.schema()));
    Files.createDirectories(dir.resolve("report/csv"));
    Files.writeString(dir.resolve("report/csv/old.csv"), "stale");
    Files.writeString(dir.resolve("report/notes.txt"), "not ours");

    ReportJob.Result r =
        new ReportJob(ReportJob.Options.defaults(dir.resolve("report")))
            .run(SparkTestSession.get(), none);

    assertThat(r.notes()).as("one note per stage").hasSize(3);
    assertThat(r.notes().get(0))
        .startsWith("Tables articles, rejects are not in the warehouse")
        .contains("run 'newsframes ingest' first");
    assertThat(r.index()).isNotEmptyFile();
    assertThat(dir.resolve("report/csv/old.csv"))
        .as("an earlier report's CSV is replaced")
        .doesNotExist();
    assertThat(dir.resolve("report/notes.txt")).as("other files stay").exists();
    assertThat(Optional.of(r.summary()))
        .hasValueSatisfying(
            s -> assertThat(s).startsWith("report: no periods, 0 charts, 0 CSV files"));
  }

  @Test
  void theTopicNoteCountsArticleTopicsAndReadsWhetherTrendsCountedOnlyThem(@TempDir Path dir)
      throws Exception {
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, dir.resolve("warehouse").toString());
    w.replace(
        Tables.ARTICLE_TOPICS,
        spark.createDataFrame(
            List.of(
                RowFactory.create("a1", "ai", true, 0.9, 3, java.sql.Date.valueOf("2023-01-02")),
                RowFactory.create("a2", "ai", true, 0.7, 2, java.sql.Date.valueOf("2023-01-03")),
                RowFactory.create("a3", "ai", false, 0.1, 0, java.sql.Date.valueOf("2023-02-01"))),
            Tables.ARTICLE_TOPICS.schema()));
    // what a trends run with --topic-only records (Runs writes a stage's counts there)
    StageState.inWarehouse(w.hadoopConf(), w.root(), "trends")
        .remember(Map.of("topic_only", "true"));

    ReportJob.Result r =
        new ReportJob(ReportJob.Options.defaults(dir.resolve("report"))).run(spark, w);

    Document doc = PageSafety.assertSafe(Files.readString(r.index(), StandardCharsets.UTF_8));
    assertThat(doc.select("#overview p.note").eachText())
        .contains(
            "Topic 'ai': 2 of the 3 articles that hit a frame or the topic are about it (66.7%,"
                + " scored like a frame; article_topics). The trends above count only those"
                + " (trends --topic-only).");
  }

  @Test
  void aPathWithoutAnyTableIsRefused(@TempDir Path dir) {
    Warehouse mistyped = new Warehouse(SparkTestSession.get(), dir.resolve("nothing").toString());

    assertThatThrownBy(
            () ->
                new ReportJob(ReportJob.Options.defaults(dir.resolve("report")))
                    .run(SparkTestSession.get(), mistyped))
        .isInstanceOf(Warehouse.MissingTableException.class)
        .hasMessageContaining("No newsframes table at " + mistyped.root());
    assertThat(dir.resolve("report")).doesNotExist();
  }
}
