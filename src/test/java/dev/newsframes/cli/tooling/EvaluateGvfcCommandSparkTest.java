package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.GvfcEvaluation;
import dev.newsframes.lab.evaluate.GvfcLabels;
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
 * {@code evaluate frames --format gvfc} over a warehouse of eight hand-written headlines (ingested
 * for real, annotated by the {@link FakeAnnotator}), with the real bge-small encoder: four about
 * politics and four about the gun business, worded apart, so the vector model has to find the frame
 * from the meaning.
 */
class EvaluateGvfcCommandSparkTest {
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

  @Test
  void theVectorModelIsScoredBesideTheLexiconModels() throws Exception {
    Path csv = Files.writeString(root.resolve("headlines.csv"), CSV, StandardCharsets.UTF_8);
    SparkSession spark = SparkTestSession.get();
    Warehouse w = new Warehouse(spark, root.resolve("warehouse").toString());
    Path jsonl =
        GvfcHeadlineRows.writeJsonLines(
            GvfcLabels.ingestRecords(GvfcLabels.read(csv)), root.resolve("headlines.jsonl"));
    GvfcHeadlineRows.ingest(jsonl).run(spark, w);
    new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, w);

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
}
