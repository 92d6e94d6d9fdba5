package dev.newsframes.trends;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.SentenceFrames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** The row layout of {@link PresenceTransforms#articleHits} as the pure {@link ArticleHits}. */
public final class PresenceRows {
  private PresenceRows() {}

  /** A row of {@link PresenceTransforms#articleHits}, from its {@code hit_sentences} column on. */
  public static ArticleHits articleHits(Row row) {
    int at = row.fieldIndex("hit_sentences");
    List<Row> hits = row.isNullAt(at) ? List.of() : row.getList(at);
    return articleHits(
        hits,
        row.getInt(row.fieldIndex("article_sentences")),
        row.getInt(row.fieldIndex("title_sentences")));
  }

  /**
   * {@link #articleHits(List, int, int)} with the states of the sentences a sentence classifier
   * scores: {@code states} as in {@link #states}, null for none.
   */
  public static ArticleHits articleHits(List<Row> hits, int total, int title, List<?> states) {
    ArticleHits article = articleHits(hits, total, title);
    return states == null ? article : article.withStates(states(states));
  }

  /**
   * The states of an array-of-float-arrays column as {@code ArticleHits} takes them: {@code states}
   * holds one Scala {@code Seq}, Java {@code List} or {@code float[]} of floats per sentence, as
   * Spark hands them to a UDF or a row.
   */
  public static List<float[]> states(List<?> states) {
    List<float[]> out = new ArrayList<>(states.size());
    for (Object s : states) {
      out.add(state(s));
    }
    return out;
  }

  private static float[] state(Object s) {
    if (s instanceof float[] f) {
      return f.clone();
    }
    List<?> values = s instanceof Seq<?> seq ? CollectionConverters.asJava(seq) : (List<?>) s;
    float[] out = new float[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) values.get(i)).floatValue();
    }
    return out;
  }

  /**
   * The hits of one article: {@code hits} are (sentence_index, frame, hits, matched_terms) structs;
   * the title count is capped at the sentence count.
   */
  public static ArticleHits articleHits(List<Row> hits, int total, int title) {
    Map<Integer, List<FrameHit>> bySentence = new TreeMap<>();
    for (Row r : hits) {
      bySentence
          .computeIfAbsent(r.getInt(0), i -> new ArrayList<>())
          .add(new FrameHit(r.getString(1), r.getInt(2), r.getList(3)));
    }
    List<SentenceFrames> sentences = new ArrayList<>();
    bySentence.forEach((i, h) -> sentences.add(new SentenceFrames(i, h)));
    return new ArticleHits(total, Math.min(title, total), sentences);
  }
}
