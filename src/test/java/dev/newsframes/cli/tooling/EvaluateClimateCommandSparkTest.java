package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.ClimateEvaluation;
import dev.newsframes.lab.evaluate.ClimateLabels;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.testing.CommandRun;
import dev.newsframes.testing.FakeAnnotator;
import dev.newsframes.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate frames --format climate} over a warehouse of eight hand-written articles
 * (ingested for real, annotated by the {@link FakeAnnotator}), with the real bge-small encoder:
 * four coded economic (money and markets), four coded human interest (one family's storm), so the
 * vector column has to tell the two from the stored sentences' meaning.
 */
class EvaluateClimateCommandSparkTest {
  @TempDir Path root;

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
  void theVectorColumnScoresEachFrameFromTheStoredSentences() throws Exception {
    StringBuilder tsv = new StringBuilder(HEADER);
    for (int i = 0; i < 4; i++) {
      tsv.append(row(2 * i + 1, ECONOMIC[i], false, true));
      tsv.append(row(2 * i + 2, HUMAN[i], true, false));
    }
    Path labels = Files.writeString(root.resolve("climate.tsv"), tsv, StandardCharsets.UTF_8);
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, root.resolve("warehouse").toString());
    Path jsonl =
        GvfcHeadlineRows.writeJsonLines(
            ClimateLabels.ingestRecords(ClimateLabels.read(labels)), root.resolve("c.jsonl"));
    GvfcHeadlineRows.ingest(jsonl).run(spark, w);
    new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, w);

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
        .contains("8 articles, 8 annotated")
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
}
