package dev.newsframes.cli.tooling;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import dev.newsframes.ingest.IngestJob;
import dev.newsframes.ingest.manifest.ManifestColumns;
import dev.newsframes.ingest.manifest.ManifestSpec;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.nlp.AnnotateTransforms;
import dev.newsframes.nlp.AnnotatorFactory;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.runtime.Stage;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.FrameTransforms;
import dev.newsframes.trends.PresenceRows;
import dev.newsframes.trends.PresenceTransforms;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.ArticleHits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The labelled pages a warehouse holds, as the presence model sees them: the lexicon (and topic)
 * matched on their stored lemmas, collected per page. For the commands that fit or cross-validate
 * presence models on labels.
 *
 * <p>A page counts through its canonical article ({@code duplicate_of}), as trends counts it;
 * copies of one story share their {@code group} (the canonical article id). Collects one row per
 * labelled article, so the driver holds only the labelled set.
 *
 * @param hits by label file
 * @param groups label file to its canonical article id
 */
record LabelledArticles(Map<String, ArticleHits> hits, Map<String, String> groups) {

  /** file, article_id (canonical) of the labelled pages the warehouse holds as articles. */
  static Dataset<Row> held(SparkSession session, Warehouse warehouse, List<String> files) {
    Dataset<Row> wanted = session.createDataset(files, Encoders.STRING()).toDF("file");
    return warehouse
        .read(Tables.ARTICLES)
        .filter(col("kind").equalTo("article"))
        .join(
            wanted,
            col("input_file")
                .endsWith(concat(lit("/"), col("file")))
                .or(col("input_file").equalTo(col("file"))))
        .select(col("file"), coalesce(col("duplicate_of"), col("article_id")).as("article_id"))
        .dropDuplicates("file");
  }

  /**
   * file (the record position, "1".."n"), article_id (canonical) of the records at positions 1..n
   * of a warehouse ingested from one file, labelled in file order.
   */
  static Dataset<Row> heldAtPositions(Warehouse warehouse, int n) {
    return warehouse
        .read(Tables.ARTICLES)
        .filter(col("kind").equalTo("article").and(col("position").between(1, n)))
        .select(
            col("position").cast("string").as("file"),
            coalesce(col("duplicate_of"), col("article_id")).as("article_id"))
        .dropDuplicates("file");
  }

  /**
   * The sentence texts of the {@code held} pages (file, article_id), in sentence order; a page
   * without sentences is absent. Collects the labelled set's sentences only.
   */
  static Map<String, List<String>> sentenceTexts(Warehouse warehouse, Dataset<Row> held) {
    List<Row> rows =
        held.join(
                warehouse.read(Tables.SENTENCES).select("article_id", "sentence_index", "text"),
                "article_id")
            .orderBy("file", "sentence_index")
            .select("file", "text")
            .collectAsList();
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(r.getString(0), f -> new ArrayList<>()).add(r.getString(1));
    }
    return out;
  }

  /**
   * The indexes of the sentences with an entity mention of the {@code held} pages (file,
   * article_id): the sentences a sentence classifier scores. A page without one is absent.
   */
  static Map<String, Set<Integer>> mentionedSentences(Warehouse warehouse, Dataset<Row> held) {
    List<Row> rows =
        held.join(
                warehouse.read(Tables.MENTIONS).select("article_id", "sentence_index").distinct(),
                "article_id")
            .select("file", "sentence_index")
            .collectAsList();
    Map<String, Set<Integer>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.computeIfAbsent(r.getString(0), f -> new TreeSet<>()).add(r.getInt(1));
    }
    return out;
  }

  /** These articles with the sentence states a sentence classifier scores, by file. */
  LabelledArticles withStates(Map<String, List<float[]>> states) {
    Map<String, ArticleHits> out = new LinkedHashMap<>();
    hits.forEach((f, h) -> out.put(f, h.withStates(states.getOrDefault(f, List.of()))));
    return new LabelledArticles(out, groups);
  }

  /** Ingests the labelled pages into a scratch warehouse (with their manifest, if any). */
  static Stage ingest(List<String> files, Optional<Path> manifest) {
    return new IngestJob(
        IngestJob.Options.builder(files)
            .manifest(manifest.map(m -> new ManifestSpec(m.toString(), ManifestColumns.defaults())))
            .build());
  }

  /** Annotates the ingested pages with CoreNLP, as annotate would (English, canonical copies). */
  static Stage annotate(NlpConfig config) {
    return new AnnotateJob(
        new AnnotateJob.Options(
            config,
            AnnotateTransforms.Scope.ENGLISH_CANONICAL,
            AnnotateJob.Refresh.INCREMENTAL,
            AnnotatorFactory.CORENLP));
  }

  /** The hits of the {@code held} pages (file, article_id) the warehouse holds with sentences. */
  static LabelledArticles read(
      Warehouse warehouse,
      Dataset<Row> held,
      FrameLexicon lexicon,
      Optional<TopicDefinition> topic) {
    Dataset<Row> ids = held.select("article_id").distinct();
    Dataset<Row> articles = warehouse.read(Tables.ARTICLES).join(ids, "article_id");
    Dataset<Row> sentences = warehouse.read(Tables.SENTENCES).join(ids, "article_id");
    Dataset<Row> mentions = warehouse.read(Tables.MENTIONS).join(ids, "article_id");
    Dataset<Row> hitSentences = FrameTransforms.sentenceFrames(sentences, mentions, lexicon);
    if (topic.isPresent()) {
      hitSentences =
          hitSentences.unionByName(
              PresenceTransforms.topicSentences(sentences, mentions, topic.get()));
    }
    // bounded: one row per labelled page
    List<Row> rows =
        held.join(PresenceTransforms.articleHits(hitSentences, articles, sentences), "article_id")
            .orderBy("file")
            .collectAsList();
    Map<String, ArticleHits> hits = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    for (Row r : rows) {
      String file = r.getString(r.fieldIndex("file"));
      hits.put(file, PresenceRows.articleHits(r));
      groups.put(file, r.getString(r.fieldIndex("article_id")));
    }
    return new LabelledArticles(hits, groups);
  }
}
