package dev.newsframes.cli.tooling;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.GvfcHeadline;
import dev.newsframes.lab.evaluate.GvfcLabels;
import dev.newsframes.runtime.Stage;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.FrameTransforms;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * GVFC headlines in a warehouse, as the GVFC models see them: lemmas and the lexicon's hits of the
 * article at each headline's record position (headlines ingested from JSON Lines in CSV order).
 *
 * <p>A headline counts through its canonical article ({@code duplicate_of}). Collects one row per
 * headline, sentence and hit frame, so the driver holds only the labelled set.
 *
 * @param headlines in CSV order; a headline the warehouse lacks has no lemmas and no hits
 * @param annotated how many headlines have sentences in the warehouse
 * @param textDiffers how many stored texts differ from the CSV's headline (a warehouse of another
 *     file or order)
 */
record GvfcHeadlineRows(List<GvfcHeadline> headlines, int annotated, int textDiffers) {

  /** Writes ingest records (e.g. {@link GvfcLabels#ingestRecords}) to {@code out} as JSON Lines. */
  static Path writeJsonLines(List<Map<String, String>> records, Path out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (Map<String, String> r : records) {
        w.write(json.writeValueAsString(r));
        w.newLine();
      }
    }
    return out;
  }

  /** Ingests the headlines' JSON Lines, exact copies only (near-duplicate headlines stay apart). */
  static Stage ingest(Path jsonl) {
    return new IngestJob(
        IngestJob.Options.builder(List.of(jsonl.toString()))
            .nearDuplicates(OptionalDouble.empty())
            .build());
  }

  /** The headlines of {@code rows} at record positions 1..n of {@code warehouse}. */
  static GvfcHeadlineRows read(
      SparkSession session, Warehouse warehouse, List<GvfcLabels.Row> rows, FrameLexicon lexicon) {
    Dataset<Row> articles =
        warehouse
            .read(Tables.ARTICLES)
            .filter(col("kind").equalTo("article").and(col("position").leq(rows.size())))
            .select(
                col("position"),
                col("body"),
                coalesce(col("duplicate_of"), col("article_id")).as("article_id"));
    Dataset<Row> ids = articles.select("article_id").distinct();
    Dataset<Row> sentences = warehouse.read(Tables.SENTENCES).join(ids, "article_id");
    Dataset<Row> mentions = warehouse.read(Tables.MENTIONS).join(ids, "article_id");
    // bounded: one row per headline, per its sentence, per frame it hits
    List<Row> stored = articles.collectAsList();
    List<Row> lemmaRows =
        sentences
            .select("article_id", "sentence_index", "lemmas")
            .orderBy("article_id", "sentence_index")
            .collectAsList();
    List<Row> hitRows =
        FrameTransforms.sentenceFrames(sentences, mentions, lexicon)
            .groupBy("article_id", "frame")
            .agg(sum("hits").cast("int").as("hits"))
            .collectAsList();
    Map<String, List<String>> lemmas = new HashMap<>();
    for (Row r : lemmaRows) {
      List<String> l = lemmas.computeIfAbsent(r.getString(0), k -> new ArrayList<>());
      r.<String>getList(2).forEach(w -> l.add(w.toLowerCase(Locale.ROOT)));
    }
    Map<String, Map<String, Integer>> hits = new HashMap<>();
    for (Row r : hitRows) {
      hits.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getString(1), r.getInt(2));
    }
    Map<Long, Row> byPosition = new HashMap<>();
    stored.forEach(r -> byPosition.putIfAbsent(r.getLong(0), r));
    List<GvfcHeadline> out = new ArrayList<>();
    int annotated = 0;
    int differs = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row a = byPosition.get(i + 1L);
      String id = a == null ? "" : a.getString(2);
      if (a != null && !a.getString(1).strip().equals(rows.get(i).title())) {
        differs++;
      }
      annotated += lemmas.containsKey(id) ? 1 : 0;
      out.add(
          new GvfcHeadline(
              rows.get(i).theme(),
              lemmas.getOrDefault(id, List.of()),
              hits.getOrDefault(id, Map.of())));
    }
    return new GvfcHeadlineRows(out, annotated, differs);
  }
}
