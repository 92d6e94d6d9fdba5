package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.ClimateEvaluation;
import dev.newsframes.lab.evaluate.ClimateLabels;
import dev.newsframes.lab.evaluate.GvfcEvaluation;
import dev.newsframes.lab.evaluate.GvfcLabels;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.testing.CommandRun;
import dev.newsframes.testing.FakeAnnotator;
import dev.newsframes.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate frames --format gvfc} and {@code --format climate} over warehouses of a few
 * hand-written texts (ingested for real, annotated by the {@link FakeAnnotator}), with the real
 * bge-small encoder, worded so that the vector models have to find the frame from the meaning:
 *
 * <ul>
 *   <li>eight GVFC headlines, four about politics and four about the gun business;
 *   <li>eight climate articles, four coded economic (money and markets), four coded human interest
 *       (one family's storm).
 * </ul>
 */
class EvaluatePublicSetsCommandSparkTest {
  @TempDir Path root;

  private static final String CSV =
      """
      news_title,Q3 Theme1
      Senate Democrats push a gun control vote before the midterm elections,3
      Republican candidates campaign on the Second Amendment in the governor race,3
      Congressional leaders clash over gun legislation in an election year,3
      Voters weigh gun policy as the presidential primaries approach,3
      Gun maker stock falls after quarterly sales miss,9
      Firearm retailers report record revenue during the holiday season,9
      Ammunition prices climb as manufacturers cut production,9
      Investors dump shares of gun companies after an earnings warning,9
      """;

  private static final String HEADER = "ID\tdate\ttext\tRE\tHI\tCO\tMO\tEC\n";

  private static final String[] ECONOMIC = {
    "Insurers raised premiums across the coast. Their shares rose on the news.",
    "Carbon credit prices hit a record on the exchange. Traders expect more gains.",
    "The utility will spend billions on new turbines. Investors cheered the plan.",
    "Banks are pricing flood risk into mortgages. Lending fell for a second quarter.",
  };

  private static final String[] HUMAN = {
    "Maria lost her home when the river rose. She now sleeps at her sister's house.",
    "A father carried his two children through the flood. They waited on the roof all night.",
    "The old farmer buried his cattle after the drought. His grandson cried beside him.",
    "Neighbours rowed a boat to rescue a widow. She thanked them with tears in her eyes.",
  };

  @Test
  void theVectorModelIsScoredBesideTheLexiconModels() throws Exception {
    Path csv = Files.writeString(root.resolve("headlines.csv"), CSV, StandardCharsets.UTF_8);
    Warehouse w = annotated(GvfcLabels.ingestRecords(GvfcLabels.read(csv)));

    CommandRun r =
        CommandRun.of(
            new EvaluateFramesCommand(),
            "--format",
            "gvfc",
            "--labels",
            csv.toString(),
            "--warehouse",
            w.root(),
            "--folds",
            "2");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("encoded 8 headlines with bge-small-q");
    assertThat(r.out())
        .contains("8 headlines")
        .contains("2-fold CV stratified by frame, seed 42")
        .contains("Naive Bayes over lemmas + lexicon frame hits");
    // trained on two headlines a frame, the lemmas alone do not tell politics from the gun
    // business (no shared words but "gun"); the vectors do
    assertThat(r.lines())
        .anySatisfy(
            l -> assertThat(l).startsWith("Naive Bayes over lemmas ").endsWith("0.500     0.074"));
    assertThat(r.lines())
        .anySatisfy(
            l -> assertThat(l).startsWith(GvfcEvaluation.VECTOR_MODEL).endsWith("1.000     0.222"));
  }

  @Test
  void theVectorColumnScoresEachFrameFromTheStoredSentences() throws Exception {
    StringBuilder tsv = new StringBuilder(HEADER);
    for (int i = 0; i < 4; i++) {
      tsv.append(row(2 * i + 1, ECONOMIC[i], false, true));
      tsv.append(row(2 * i + 2, HUMAN[i], true, false));
    }
    Path labels = Files.writeString(root.resolve("climate.tsv"), tsv, StandardCharsets.UTF_8);
    Warehouse w = annotated(ClimateLabels.ingestRecords(ClimateLabels.read(labels)));

    CommandRun r =
        CommandRun.of(
            new EvaluateFramesCommand(),
            "--format",
            "climate",
            "--labels",
            labels.toString(),
            "--warehouse",
            w.root(),
            "--folds",
            "2");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("encoded 16 sentences of 8 articles with bge-small-q");
    assertThat(r.out())
        .contains("8 articles, 8 of 8 annotated")
        .contains(ClimateEvaluation.VECTOR_MODEL + ": the sum of each article's sentence vectors")
        .contains("2-fold stratified CV (seed 42)");
    // the last cell of a frame's line is the vector model's: F1 / share marked present
    assertThat(r.lines())
        .anySatisfy(
            l -> assertThat(l.strip()).startsWith("EC   economic").endsWith("| 1.000 / 50.0%"));
    assertThat(r.lines())
        .anySatisfy(
            l ->
                assertThat(l.strip())
                    .startsWith("HI   quality_of_life")
                    .endsWith("| 1.000 / 50.0%"));
    // nobody coded resolution: no model of either kind is fitted
    assertThat(r.lines())
        .anySatisfy(
            l ->
                assertThat(l.strip())
                    .startsWith("RE   policy_prescription")
                    .endsWith("| too few to fit         | too few to fit"));
  }

  private static String row(int id, String text, boolean human, boolean economic) {
    return id
        + "\t2021-0"
        + (1 + id % 9)
        + "-15\t"
        + text
        + "\tFalse\t"
        + (human ? "True" : "False")
        + "\tFalse\tFalse\t"
        + (economic ? "True" : "False")
        + "\n";
  }

  /**
   * A warehouse of {@code records} ingested in order, as the command's scratch warehouse is, and
   * annotated by the {@link FakeAnnotator}.
   */
  private Warehouse annotated(List<Map<String, String>> records) throws IOException {
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, root.resolve("warehouse").toString());
    Path jsonl = GvfcHeadlineRows.writeJsonLines(records, root.resolve("records.jsonl"));
    GvfcHeadlineRows.ingest(jsonl).run(spark, w);
    new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, w);
    return w;
  }
}
