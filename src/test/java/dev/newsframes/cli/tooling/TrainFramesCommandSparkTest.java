package dev.newsframes.cli.tooling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.Main;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.testing.CommandRun;
import dev.newsframes.testing.FakeAnnotator;
import dev.newsframes.testing.SparkTestSession;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceModelFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train-frames} end to end: twelve hand-written pages, ingested for real and annotated by
 * the {@link FakeAnnotator}, labelled so that a frame the coders mark is hit in three sentences
 * with two terms and a frame they do not mark in at most one; the command cross-validates, writes a
 * model, and {@code trends --presence-model} with that model marks exactly the labelled articles,
 * where one hit was enough before.
 *
 * <pre>
 * p0..p11: regulation labelled on even pages, competitiveness on every third;
 * an unlabelled frame is hit once on p1, p5, p9 (regulation) and p1, p2, p4, p5 (competitiveness)
 * </pre>
 */
class TrainFramesCommandSparkTest {
  @TempDir static Path root;
  static String warehouse;
  static final int PAGES = 12;

  static final String LEXICON =
      """
      frames:
        - {id: regulation, label: Regulation, group: ai_policy, lemmas: [ban, oversight]}
        - {id: competitiveness, label: Competitiveness, group: ai_policy, lemmas: [race, rival]}
      """;

  static boolean regulation(int i) {
    return i % 2 == 0;
  }

  static boolean competitiveness(int i) {
    return i % 3 == 0;
  }

  @BeforeAll
  static void warehouse() throws IOException {
    Path pages = Files.createDirectories(root.resolve("corpus/pages"));
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      StringBuilder text = new StringBuilder("Sunny and warm. ");
      if (regulation(i)) {
        text.append(
            "The ban was proposed. Oversight of the ban is planned. A ban needs oversight. ");
      } else if (i % 4 == 1) {
        text.append("A ban came up once. ");
      }
      if (competitiveness(i)) {
        text.append("The race is on. Every rival is fast. The race has a rival. ");
      } else if (i % 3 != 0 && (i == 1 || i == 2 || i == 4 || i == 5)) {
        text.append("The race was mentioned. ");
      }
      text.append("The end came late.");
      page(pages, "p" + i, "Story " + i, text.toString());
      labels.add(label(i));
    }
    labels.add("{\"file\": \"pages/listing.jsonl\", \"is_article\": false}");
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, root.resolve("warehouse").toString());
    new IngestJob(IngestJob.Options.of(List.of(pages.toString()))).run(spark, w);
    new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, w);
    warehouse = w.root();
    Files.writeString(root.resolve("frames.yaml"), LEXICON, StandardCharsets.UTF_8);
    Files.writeString(
        root.resolve("topic.yaml"),
        "topic: {id: ai, label: AI, lemmas: [robot]}\n",
        StandardCharsets.UTF_8);
    Files.write(root.resolve("labels.jsonl"), labels, StandardCharsets.UTF_8);
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

  private static String label(int i) {
    boolean reg = regulation(i);
    boolean comp = competitiveness(i);
    String dominant = reg ? (comp ? "both" : "regulation") : comp ? "competitiveness" : "neither";
    return String.format(
        "{\"file\": \"pages/p%d.jsonl\", \"is_article\": true, \"regulation\": %b,"
            + " \"competitiveness\": %b, \"dominant\": \"%s\"}",
        i, reg, comp, dominant);
  }

  private String[] common(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--warehouse",
                warehouse,
                "--frames",
                root.resolve("frames.yaml").toString(),
                "--topic",
                root.resolve("topic.yaml").toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private String[] trends(String... more) {
    List<String> args = new ArrayList<>(List.of("trends"));
    args.addAll(List.of(common(more)));
    return args.toArray(String[]::new);
  }

  private Set<String> present(String frame) {
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, warehouse);
    return new TreeSet<>(
        w.read(Tables.ARTICLE_FRAMES)
            .filter(col("frame").equalTo(frame).and(col("present")))
            .join(w.read(Tables.ARTICLES), "article_id")
            .select("title")
            .as(Encoders.STRING())
            .collectAsList());
  }

  private static Set<String> titles(IntPredicate labelled) {
    Set<String> out = new TreeSet<>();
    for (int i = 0; i < PAGES; i++) {
      if (labelled.test(i)) {
        out.add("Story " + i);
      }
    }
    return out;
  }

  @Test
  void fitsCrossValidatesWritesAModelAndTrendsUsesIt() throws IOException {
    Path model = root.resolve("model.json");
    Path predictions = root.resolve("predictions.tsv");

    CommandRun r =
        CommandRun.of(
            new TrainFramesCommand(),
            common(
                "--labels",
                root.resolve("labels.jsonl").toString(),
                "--questions",
                "regulation,competitiveness",
                "--folds",
                "3",
                "--predictions",
                predictions.toString(),
                "-o",
                model.toString()));

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("12 labelled articles, 12 in the warehouse");
    assertThat(r.out()).contains("3-fold nested cross-validation, seed 42");
    assertThat(r.err())
        .as("a progress line per fold")
        .contains("cross-validation: 1 of 3 folds fitted")
        .contains("cross-validation: 3 of 3 folds fitted");
    // separable counts: every held-out article is right; 6 of 12 coded regulation, 4 of 12
    // competitiveness
    assertThat(r.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("regulation")
                    .contains(" 12     6     0     0  1.00  1.00     1.000     50.0%   50.0%"));
    assertThat(r.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("competitiveness")
                    .contains(" 12     4     0     0  1.00  1.00     1.000     33.3%   33.3%"));
    assertThat(r.out())
        .as("p0 and p6 are coded 'both'; both present, the higher score answers")
        .contains("dominant of two: 0.833 (10 of 12");
    assertThat(r.last())
        .startsWith("model " + model)
        .as("frames in name order, the same every run")
        .contains("(frames competitiveness, regulation;");
    // out of fold, the only disagreements are the two 'both' articles' dominant answers
    assertThat(r.out())
        .contains("predictions: " + predictions + " (out of fold; 2 of 36 coded answers disagree");
    List<String> lines = Files.readAllLines(predictions, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(1 + 12 * 3);
    assertThat(lines.stream().filter(l -> l.split("\t", -1)[6].equals("false")))
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).matches("pages/p[06]\\.jsonl\t[0-2]\tdominant\tboth\t.*"));
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "pages/p3\\.jsonl\t[0-2]\tcompetitiveness\ttrue\ttrue\t0\\.\\d{4}\ttrue"
                            + "\trace:2,rival:2"));

    FramePresenceModel m = PresenceModelFile.read(model);
    assertThat(m.models().keySet()).containsExactlyInAnyOrder("regulation", "competitiveness");
    assertThat(m.topic()).contains("ai");
    assertThat(Files.readString(model, StandardCharsets.UTF_8))
        .as("cross-validated figures travel with the model")
        .contains("\"cross_validated\"")
        .contains("\"f1_95_interval\" : [ 1.0, 1.0 ]")
        .contains("\"trained_by\" : \"newsframes train-frames\"");

    assertThat(Main.execute(trends("--presence-rule", "any-hit"))).isEqualTo(ExitCode.OK);
    assertThat(present("regulation"))
        .as("one hit is enough under the old rule")
        .contains("Story 1", "Story 5", "Story 9");

    assertThat(Main.execute(trends("--presence-model", model.toString()))).isEqualTo(ExitCode.OK);
    assertThat(present("regulation"))
        .as("trends with the trained model")
        .isEqualTo(titles(TrainFramesCommandSparkTest::regulation));
    assertThat(present("competitiveness"))
        .isEqualTo(titles(TrainFramesCommandSparkTest::competitiveness));
  }

  @Test
  void evaluateFramesWithFoldsPrintsTheCrossValidatedModelBesideTheAppliedRule()
      throws IOException {
    CommandRun r =
        CommandRun.of(
            new EvaluateFramesCommand(),
            common(
                "--labels",
                root.resolve("labels.jsonl").toString(),
                "--questions",
                "regulation,competitiveness",
                "--run-trends",
                "--presence-rule",
                "any-hit",
                "--folds",
                "3",
                "--predictions",
                root.resolve("evaluate-predictions.tsv").toString()));

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.out())
        .as("the out-of-fold answers of --folds, as train-frames writes them")
        .contains("(out of fold; 2 of 36 coded answers disagree");
    assertThat(Files.readAllLines(root.resolve("evaluate-predictions.tsv"))).hasSize(1 + 12 * 3);
    // applied any-hit rule: p1, p5, p9 carry regulation on one hit -> P 6/9, R 1, F1 0.8
    assertThat(r.lines())
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("regulation")
                    .contains(" 12     6     3     0  0.67  1.00     0.800     75.0%   50.0%"));
    assertThat(r.out()).contains("3-fold nested cross-validation, seed 42");
    assertThat(r.lines())
        .as("the cross-validated model, as train-frames prints it")
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("regulation")
                    .contains(" 12     6     0     0  1.00  1.00     1.000     50.0%   50.0%"));
    Warehouse w = new Warehouse(SparkTestSession.get(), warehouse);
    assertThat(
            w.read(Tables.FRAME_VALIDATION)
                .filter(col("question").equalTo("regulation"))
                .orderBy("method")
                .select("method", "f1")
                .collectAsList()
                .toString())
        .as("frame_validation holds the applied and the cross-validated figures")
        .isEqualTo("[[applied,0.8], [cv,1.0]]");
    assertThat(
            w.read(Tables.FRAME_VALIDATION)
                .filter(col("method").equalTo("cv"))
                .select("question", "f1_low", "f1_high")
                .orderBy("question")
                .collectAsList()
                .toString())
        .as("every out-of-fold answer right: every resample too")
        .isEqualTo("[[competitiveness,1.0,1.0], [regulation,1.0,1.0]]");
  }

  @Test
  void aQuestionWithoutAFrameOrTopicIsAUsageError() {
    CommandRun r =
        CommandRun.of(
            new TrainFramesCommand(),
            common(
                "--labels",
                root.resolve("labels.jsonl").toString(),
                "--questions",
                "regulation,competitiveness,about_ai=robots",
                "-o",
                root.resolve("x.json").toString()));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("'robots', which is neither a frame of")
        .contains("nor the topic 'ai'");
  }

  @Test
  void labelsThatMatchNoPageOfTheWarehouseFailWithWhatToCheck() throws IOException {
    Path elsewhere = root.resolve("elsewhere.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      lines.add(label(i).replace("pages/p", "other/p"));
    }
    Files.write(elsewhere, lines, StandardCharsets.UTF_8);

    CommandRun train =
        CommandRun.of(
            new TrainFramesCommand(),
            common(
                "--labels",
                elsewhere.toString(),
                "--questions",
                "regulation,competitiveness",
                "--folds",
                "3",
                "-o",
                root.resolve("none.json").toString()));
    CommandRun evaluate =
        CommandRun.of(
            new EvaluateFramesCommand(),
            common("--labels", elsewhere.toString(), "--questions", "regulation,competitiveness"));

    for (CommandRun r : List.of(train, evaluate)) {
      assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
      assertThat(r.err())
          .contains("none of the " + PAGES + " labelled articles is in the warehouse")
          .contains("(for instance other/p0.jsonl)");
    }
    assertThat(root.resolve("none.json")).doesNotExist();
  }

  @Test
  void sentenceInputsWithoutReadableQuotesAreAUsageErrorBeforeAnyWork() throws IOException {
    Path notText = root.resolve("not-text.jsonl");
    Files.write(notText, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3});
    String labels = root.resolve("labels.jsonl").toString();

    CommandRun noQuotes = sentenceFit(labels);
    CommandRun binary = sentenceFit(labels, "--quotes", notText.toString());

    assertThat(noQuotes.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noQuotes.err())
        .contains("+sentences needs quoted sentences: no regulation_quote in " + labels);
    assertThat(binary.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(binary.err()).contains("Cannot read quotes " + notText + ": not UTF-8 text");
    assertThat(noQuotes.err() + binary.err()).doesNotContain("encoded");
  }

  /** train-frames fitting regulation with +sentences on {@code labels}, then {@code more}. */
  private CommandRun sentenceFit(String labels, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--labels",
                labels,
                "--questions",
                "regulation,competitiveness",
                "--inputs",
                "regulation=counts+sentences",
                "-o",
                root.resolve("q.json").toString()));
    args.addAll(List.of(more));
    return CommandRun.of(new TrainFramesCommand(), common(args.toArray(String[]::new)));
  }
}
