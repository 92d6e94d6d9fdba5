package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.FakeAnnotator;
import dev.newsframes.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real annotate job with {@link FakeAnnotator}: what it writes, whatever the NLP does. */
class AnnotateJobSparkTest {
  @TempDir static Path tmp;

  static SparkSession spark;
  static Warehouse warehouse;
  static AnnotateJob.Result first;

  static String record(String url, String title, String text) {
    return String.format(
        "{\"url\":\"%s\",\"title\":\"%s\",\"date\":\"2024-05-02\",\"text\":\"%s\"}%n",
        url, title, text);
  }

  @BeforeAll
  static void annotate() throws Exception {
    spark = SparkTestSession.get();
    Path input = Files.createDirectories(tmp.resolve("input"));
    Files.writeString(
        input.resolve("news.jsonl"),
        record(
                "https://x.test/1",
                "OpenAI and Google",
                "OpenAI welcomed the rules. Google did too.")
            + record("https://x.test/2", "China", "China warned of a race. Beijing fears it.")
            + record("https://x.test/3", "This one times out", "Nobody reads this sentence."),
        StandardCharsets.UTF_8);
    warehouse = new Warehouse(spark, tmp.resolve("warehouse").toString());
    new IngestJob(IngestJob.Options.of(List.of(input.toString()))).run(spark, warehouse);
    first = new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, warehouse);
  }

  @Test
  void oneFailedDocumentIsAnErrorRowAndTheOthersAreAnnotated() {
    List<Row> errors = warehouse.read(Tables.ANNOTATION_ERRORS).collectAsList();
    assertThat(errors).as("annotation_errors").hasSize(1);
    assertThat(errors.get(0).<String>getAs("kind")).isEqualTo("timeout");
    assertThat(errors.get(0).<String>getAs("message")).contains("60000 ms");
    Map<String, String> status =
        warehouse
            .read(Tables.ANNOTATED_ARTICLES)
            .join(warehouse.read(Tables.ARTICLES).select("article_id", "title"), "article_id")
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("title"), r -> r.getAs("status")));
    assertThat(status)
        .containsEntry("OpenAI and Google", "ok")
        .containsEntry("China", "ok")
        .containsEntry("This one times out", "timeout");
    assertThat(first.annotated()).as("articles annotated").isEqualTo(3);
    assertThat(first.errors()).as("errors").isEqualTo(1);
  }

  @Test
  void rowsFollowTheProductionLayout() {
    assertThat(warehouse.read(Tables.SENTENCES).filter("text like '%welcomed the rules%'").count())
        .as("a sentence of the first article")
        .isEqualTo(1);
    assertThat(
            warehouse
                .read(Tables.MENTIONS)
                .filter("canonical_entity = 'OpenAI' and ner_type = 'ORGANIZATION'")
                .count())
        .as("OpenAI mentions (title and body)")
        .isEqualTo(2);
    Row beijing = warehouse.read(Tables.MENTIONS).filter("canonical_entity = 'Beijing'").first();
    assertThat(beijing.<String>getAs("sentiment_label"))
        .as("sentiment towards Beijing in 'Beijing fears it.'")
        .isEqualTo("negative");
    assertThat((double) beijing.getAs("sentiment_score"))
        .as("P(pos) - P(neg)")
        .isCloseTo(-0.75, within(1e-12));
    assertThat(beijing.<Double>getAs("sentence_sentiment_score"))
        .as("its sentence's score, in its own column")
        .isEqualTo(-0.8);
    assertThat(warehouse.read(Tables.SENTENCES).filter("text like '%Nobody reads%'").count())
        .as("no sentence of the failed article")
        .isZero();
    assertThat(
            warehouse
                .read(Tables.ANNOTATED_ARTICLES)
                .select("pipeline_fingerprint")
                .distinct()
                .first()
                .getString(0))
        .as("fingerprint of the configuration")
        .isEqualTo(NlpConfig.defaults().fingerprint());
  }

  @Test
  void anIncrementalRerunRetriesTheTimedOutArticleOnlyAndGivesUpAfterThreeAttempts()
      throws Exception {
    AnnotateJob.Result again = new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, warehouse);
    assertThat(again.annotated())
        .as("articles annotated again: the one that timed out")
        .isEqualTo(1);
    assertThat(warehouse.read(Tables.ANNOTATED_ARTICLES).count())
        .as("annotated_articles rows after the re-run")
        .isEqualTo(3);
    assertThat(attemptsOfTheTimedOutArticle()).as("after the second run").isEqualTo(2);
    assertThat(new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, warehouse).annotated())
        .as("third attempt")
        .isEqualTo(1);
    assertThat(attemptsOfTheTimedOutArticle()).isEqualTo(AnnotateTransforms.MAX_TIMEOUT_ATTEMPTS);
    assertThat(new AnnotateJob(FakeAnnotator.jobOptions()).run(spark, warehouse).annotated())
        .as("given up after three attempts")
        .isZero();
    assertThat(
            warehouse
                .read(Tables.ANNOTATED_ARTICLES)
                .filter("status = 'ok'")
                .select("attempts")
                .distinct()
                .collectAsList())
        .extracting(r -> r.getInt(0))
        .as("annotated at the first attempt")
        .containsExactly(1);
  }

  private static int attemptsOfTheTimedOutArticle() {
    return warehouse
        .read(Tables.ANNOTATED_ARTICLES)
        .filter("status = 'timeout'")
        .select("attempts")
        .first()
        .getInt(0);
  }
}
