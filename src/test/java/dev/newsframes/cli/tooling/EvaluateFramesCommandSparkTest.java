package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.runtime.WarehouseLock;
import dev.newsframes.testing.CommandRun;
import dev.newsframes.testing.FakeAnnotator;
import dev.newsframes.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate frames} on three hand-written pages, ingested for real and annotated by the
 * {@link FakeAnnotator}, scored against four hand-written labels under the (2 sentences, 2 terms)
 * rule, so every figure is worked out below.
 *
 * <pre>
 * p1 regulation in 3 sentences (ban, oversight)   -> present | coders: regulation
 * p2 competitiveness in 3 sentences (race, rival) -> present | coders: competitiveness
 * p3 regulation in 1 sentence                      -> absent  | coders: regulation (a miss)
 * p4 not in the warehouse                          -> unmatched, scored as nothing present
 * </pre>
 */
class EvaluateFramesCommandSparkTest {
  @TempDir static Path root;
  static String warehouse;

  static final String LEXICON =
      """
      frames:
        - {id: regulation, label: Regulation, group: ai_policy, lemmas: [ban, oversight]}
        - {id: competitiveness, label: Competitiveness, group: ai_policy, lemmas: [race, rival]}
      """;

  @BeforeAll
  static void warehouse() throws IOException {
    Path pages = Files.createDirectories(root.resolve("corpus/pages"));
    page(
        pages,
        "p1",
        "Lawmakers weigh a ban",
        "The ban was proposed. Oversight of the ban is planned. The race goes on.");
    page(
        pages,
        "p2",
        "A race with rivals",
        "The race is on. Every rival is fast. A ban came up once.");
    page(pages, "p3", "Weather today", "Sunny and warm. A ban on nothing.");
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, root.resolve("warehouse").toString());
    new IngestJob(IngestJob.Options.of(List.of(pages.toString()))).run(spark, w);
    new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, w);
    warehouse = w.root();
    Files.writeString(root.resolve("frames.yaml"), LEXICON, StandardCharsets.UTF_8);
    Files.write(
        root.resolve("labels.jsonl"),
        List.of(
            label("p1", true, false, "regulation"),
            label("p2", false, true, "competitiveness"),
            label("p3", true, false, "regulation"),
            label("p4", false, false, "neither")),
        StandardCharsets.UTF_8);
  }

  private static void page(Path dir, String id, String title, String text) throws IOException {
    Files.writeString(
        dir.resolve(id + ".jsonl"),
        String.format(
            "{\"url\": \"https://example.com/%s\", \"title\": \"%s\", \"date\": \"2024-01-10\","
                + " \"language\": \"en\", \"text\": \"%s\"}%n",
            id, title, text),
        StandardCharsets.UTF_8);
  }

  private static String label(String id, boolean reg, boolean comp, String dominant) {
    return String.format(
        "{\"file\": \"pages/%s.jsonl\", \"is_article\": true, \"regulation\": %b,"
            + " \"competitiveness\": %b, \"dominant\": \"%s\"}",
        id, reg, comp, dominant);
  }

  @Test
  void scoresTheProductsPresenceAgainstTheLabelsAndWritesItsPredictions() throws IOException {
    Path predictions = root.resolve("predictions.tsv");

    CommandRun r =
        CommandRun.of(
            new EvaluateFramesCommand(),
            "--warehouse",
            warehouse,
            "--run-trends",
            "--frames",
            root.resolve("frames.yaml").toString(),
            "--presence-rule",
            "2,2",
            "--labels",
            root.resolve("labels.jsonl").toString(),
            "--questions",
            "regulation,competitiveness",
            "--output",
            predictions.toString());

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("4 labelled articles, 3 in the warehouse");
    // regulation: p1 tp, p3 fn, p2 and p4 (unmatched, so nothing present) tn -> F1 0.667;
    // the product marks 1 of 4 articles, the coders 2
    assertThat(r.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("regulation")
                    .contains(" 1.00  0.50     0.667     25.0%   50.0%"));
    // competitiveness: p2 tp, the rest tn -> F1 1
    assertThat(r.lines())
        .anySatisfy(l -> assertThat(l).startsWith("competitiveness").contains("     1.000"));
    assertThat(r.out())
        .as("p1, p2 right; p3 neither, p4 unmatched")
        .contains("dominant of two: 0.500 (2 of 4");
    assertThat(Files.readAllLines(predictions, StandardCharsets.UTF_8))
        .contains(
            "input_file\tframe\tpresent\tscore",
            "pages/p1.jsonl\tregulation\ttrue\t1.0000",
            "pages/p1.jsonl\tcompetitiveness\tfalse\t0.5000",
            "pages/p3.jsonl\tregulation\tfalse\t0.5000")
        .hasSize(1 + 3 * 2);

    Warehouse w = new Warehouse(SparkTestSession.get(), warehouse);
    List<Row> validation = w.read(Tables.FRAME_VALIDATION).orderBy("question").collectAsList();
    assertThat(validation).as("one row per question, applied").hasSize(2);
    Row reg = validation.get(1);
    assertThat(reg.<String>getAs("question")).isEqualTo("regulation");
    assertThat(reg.<String>getAs("method")).isEqualTo("applied");
    assertThat(reg.<String>getAs("presence")).isEqualTo("rule 2,2");
    assertThat(
            List.of(
                reg.<Integer>getAs("n"),
                reg.<Integer>getAs("tp"),
                reg.<Integer>getAs("fp"),
                reg.<Integer>getAs("fn"),
                reg.<Integer>getAs("tn")))
        .as("n, tp, fp, fn, tn of regulation")
        .containsExactly(4, 1, 0, 1, 2);
    assertThat(reg.<Double>getAs("f1")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(reg.<Double>getAs("product_share")).isEqualTo(0.25);
    assertThat(reg.<Double>getAs("coders_share")).isEqualTo(0.5);
    assertThat(reg.<Double>getAs("dominant_accuracy")).isEqualTo(0.5);
    assertThat(reg.<Double>getAs("f1_low"))
        .as("F1's bootstrap interval around it, over 4 articles: wide")
        .isLessThan(2.0 / 3)
        .isGreaterThanOrEqualTo(0);
    assertThat(reg.<Double>getAs("f1_high")).isEqualTo(1.0);
    assertThat(reg.<Double>getAs("dominant_low")).isLessThan(0.5);
    assertThat(reg.<Double>getAs("dominant_high")).isGreaterThan(0.5);

    // scored again without --run-trends: the stored article_frames, which the presence options
    // (the shipped model by default) did not decide, and neither the line nor the row says they did
    CommandRun stored =
        CommandRun.of(
            new EvaluateFramesCommand(),
            "--warehouse",
            warehouse,
            "--frames",
            root.resolve("frames.yaml").toString(),
            "--labels",
            root.resolve("labels.jsonl").toString(),
            "--questions",
            "regulation,competitiveness");
    assertThat(stored.exitCode()).as(stored.err()).isEqualTo(ExitCode.OK);
    assertThat(stored.out())
        .contains("the presence stored in the warehouse's article_frames")
        .doesNotContain("applied model's figures");
    assertThat(
            w.read(Tables.FRAME_VALIDATION).select("presence").distinct().collectAsList().stream()
                .map(row -> row.getString(0))
                .toList())
        .containsExactly(EvaluateFramesCommand.AS_STORED);
  }

  @Test
  void aWarehouseWithoutPresenceTablesAsksForRunTrends() throws IOException {
    CommandRun r =
        CommandRun.of(
            new EvaluateFramesCommand(),
            "--warehouse",
            root.resolve("empty-warehouse").toString(),
            "--labels",
            root.resolve("labels.jsonl").toString());

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("add --run-trends");
  }

  @Test
  void aWarehouseAnotherRunHoldsIsNotWritten() throws IOException {
    try (WarehouseLock held =
        WarehouseLock.acquire(
            SparkTestSession.get().sparkContext().hadoopConfiguration(),
            warehouse,
            "other-run",
            "trends")) {
      CommandRun r =
          CommandRun.of(
              new EvaluateFramesCommand(),
              "--warehouse",
              warehouse,
              "--run-trends",
              "--frames",
              root.resolve("frames.yaml").toString(),
              "--labels",
              root.resolve("labels.jsonl").toString(),
              "--questions",
              "regulation,competitiveness");

      // CommandRun runs picocli without Main's handler; Main maps LockedException to exit 4
      assertThat(r.exitCode()).as(r.err()).isNotEqualTo(ExitCode.OK);
      assertThat(r.err()).contains("The warehouse is in use by run other-run (trends)");
      assertThat(r.out()).doesNotContain("validation:");
    }
  }
}
