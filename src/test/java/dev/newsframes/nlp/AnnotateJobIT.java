package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotate stage on Spark with the real CoreNLP models: the seed page and a few paragraphs
 * written for this test, one of them long enough to run past a short per-document time limit.
 */
class AnnotateJobIT {
  static final Path SEED = Path.of("notebooks-data/input/marsbit-trump-ai-executive-order.txt");
  @TempDir static Path tmp;
  static SparkSession spark;
  static Warehouse warehouse;
  static Path input;
  static AnnotateJob.Result first;

  static NlpConfig config() {
    // the shipped settings; timeouts are tested where no race with a loaded machine is possible:
    // on CoreNLP in DocumentAnnotatorIT (2 s for a minute of work), in the job with a fake
    // annotator in AnnotateJobSparkTest
    return NlpConfigLoader.load(Optional.of(Path.of(NlpConfigLoader.DEFAULT_FILE)), Map.of());
  }

  static String record(String url, String title, String text) {
    return "{\"url\":\""
        + url
        + "\",\"title\":\""
        + title
        + "\",\"date\":\"2024-05-02\",\"text\":\""
        + text
        + "\"}\n";
  }

  @BeforeAll
  static void annotate() throws IOException {
    spark = SparkTestSession.get();
    input = tmp.resolve("input");
    Files.createDirectories(input);
    Files.copy(SEED, input.resolve("seed.txt"));
    Files.writeString(
        input.resolve("paragraphs.jsonl"),
        record(
                "https://example.test/bad",
                "Markets slump",
                "Investors suffered terrible losses as the disastrous collapse wiped out savings.")
            + record(
                "https://example.test/good",
                "A triumph",
                "The new library is a wonderful, delightful success and residents love it."),
        StandardCharsets.UTF_8);
    warehouse = new Warehouse(spark, tmp.resolve("warehouse").toString());
    new IngestJob(IngestJob.Options.of(List.of(input.toString()))).run(spark, warehouse);
    first = new AnnotateJob(AnnotateJob.Options.of(config())).run(spark, warehouse);
  }

  @Test
  void everyArticleIsAnnotated() {
    assertThat(warehouse.read(Tables.ANNOTATION_ERRORS).count()).as("annotation_errors").isZero();
    Map<String, String> status =
        warehouse
            .read(Tables.ANNOTATED_ARTICLES)
            .join(warehouse.read(Tables.ARTICLES).select("article_id", "title"), "article_id")
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("title"), r -> r.getAs("status")));
    assertThat(status).containsEntry("Markets slump", "ok").containsEntry("A triumph", "ok");
    assertThat(first.annotated()).as("seed article, 4 teasers, 2 paragraphs").isEqualTo(7);
  }

  @Test
  void sentimentReadsClearlyNegativeAndPositiveSentences() {
    Row negative =
        warehouse.read(Tables.SENTENCES).filter("text like '%Investors suffered%'").first();
    Row positive =
        warehouse.read(Tables.SENTENCES).filter("text like '%wonderful, delightful%'").first();
    assertThat(negative.<Double>getAs("sentiment_score"))
        .as("negative: %s", negative)
        .isLessThan(-0.2);
    assertThat(positive.<Double>getAs("sentiment_score"))
        .as("positive: %s", positive)
        .isGreaterThan(0.2);
    Row one = negative;
    assertThat(one.<String>getAs("sentiment_label")).isIn("negative", "very_negative");
    assertThat(one.<scala.collection.Seq<Double>>getAs("sentiment_probs").size()).isEqualTo(5);
    assertThat(one.<scala.collection.Seq<String>>getAs("lemmas").contains("suffer"))
        .as("lemmas stored")
        .isTrue();
  }

  @Test
  void seedEntitiesAreTypedAndCanonical() {
    Map<String, String> typeOf =
        warehouse
            .read(Tables.MENTIONS)
            .select("canonical_entity", "ner_type")
            .distinct()
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1), (a, b) -> a));
    assertThat(typeOf)
        .containsEntry("OpenAI", "ORGANIZATION")
        .containsEntry("Anthropic", "ORGANIZATION")
        .containsEntry("xAI", "ORGANIZATION")
        .containsEntry("Google", "ORGANIZATION")
        .containsEntry("Mythos", "PRODUCT")
        .containsEntry("Donald Trump", "PERSON");
    long bareTrump = warehouse.read(Tables.MENTIONS).filter("canonical_entity = 'Trump'").count();
    assertThat(bareTrump).as("every Trump resolves to Donald Trump").isZero();
    assertThat(warehouse.read(Tables.MENTIONS).filter("sentiment_score is not null").count())
        .as("mentions carry their sentence's sentiment")
        .isPositive();
  }

  @Test
  void aSecondRunSkipsUnchangedArticlesAndChangesNoRow() {
    long sentences = warehouse.read(Tables.SENTENCES).count();
    long mentions = warehouse.read(Tables.MENTIONS).count();
    AnnotateJob.Result again =
        new AnnotateJob(AnnotateJob.Options.of(config())).run(spark, warehouse);
    assertThat(again.annotated()).as("nothing changed, nothing re-annotated").isZero();
    assertThat(warehouse.read(Tables.SENTENCES).count()).isEqualTo(sentences);
    assertThat(warehouse.read(Tables.MENTIONS).count()).isEqualTo(mentions);
  }

  @Test
  void reusingRepeatedSentencesWritesTheTablesOfAnnotatingEveryCopy() throws IOException {
    // five stories that share a closing boilerplate paragraph and a quote, as syndicated pages do
    String boilerplate =
        "VentureBeat's mission is to be a digital town square for technical decision-makers."
            + " Join Microsoft and Nvidia executives in San Francisco on July 11.";
    String quote = "Sam Altman of OpenAI said the rules would hurt American companies.";
    List<String> stories =
        List.of(
            "The European Commission fined Google for abusing its dominance in search.",
            "Anthropic released a new model that beats its rivals on coding tests.",
            "Regulators in Brussels welcomed the decision, calling it a victory for consumers.",
            "Shares of Nvidia fell sharply after the export ban on chips to China.",
            "The White House issued an executive order on the safety testing of AI models.");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < stories.size(); i++) {
      String body = stories.get(i) + (i % 2 == 0 ? " " + quote : "") + "\\n\\n" + boilerplate;
      jsonl.append(record("https://example.test/story-" + i, "Story number " + i, body));
    }
    Path in = tmp.resolve("repeats");
    Files.createDirectories(in);
    Files.writeString(in.resolve("stories.jsonl"), jsonl.toString(), StandardCharsets.UTF_8);

    Warehouse reused = new Warehouse(spark, tmp.resolve("wh-reused").toString());
    Warehouse every = new Warehouse(spark, tmp.resolve("wh-every").toString());
    for (Warehouse w : List.of(reused, every)) {
      new IngestJob(IngestJob.Options.of(List.of(in.toString()))).run(spark, w);
    }
    AnnotateJob.Result a = new AnnotateJob(AnnotateJob.Options.of(config())).run(spark, reused);
    AnnotateJob.Result b =
        new AnnotateJob(
                AnnotateJob.Options.of(config()).withAnnotators(DocumentAnnotator::wholeDocuments))
            .run(spark, every);

    assertThat(a.annotated()).as("stories annotated (none taken for a copy)").isEqualTo(5);
    assertThat(b.analysedSentences()).as("whole documents").isEqualTo(b.sentences());
    // two tasks run at once, so the first two stories may both annotate the boilerplate
    assertThat(a.analysedSentences())
        .as("sentences through CoreNLP when repeats are reused, of %d", a.sentences())
        .isLessThanOrEqualTo(a.sentences() - 3 * 2)
        .isPositive();
    for (var t : List.of(Tables.SENTENCES, Tables.MENTIONS, Tables.ANNOTATED_ARTICLES)) {
      assertThat(rowsOf(reused, t)).as(t.name()).isNotEmpty().isEqualTo(rowsOf(every, t));
    }
  }

  /** A table's rows as JSON, sorted, without how long each document took. */
  private static List<String> rowsOf(Warehouse w, Table t) {
    Dataset<Row> rows = w.read(t);
    if (List.of(rows.columns()).contains("elapsed_ms")) {
      rows = rows.drop("elapsed_ms");
    }
    return rows.toJSON().collectAsList().stream().sorted().toList();
  }
}
