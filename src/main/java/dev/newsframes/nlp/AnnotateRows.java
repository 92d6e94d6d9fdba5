package dev.newsframes.nlp;

import dev.newsframes.io.Tables;
import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.target.TargetPolarity;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of annotate's intermediate dataset: every output row of one document, of every table, in a
 * single schema, so one pass of CoreNLP feeds all the tables.
 */
public final class AnnotateRows {
  public static final String SENTENCE = "sentence";
  public static final String MENTION = "mention";
  public static final String ERROR = "error";
  public static final String ARTICLE = "article";

  /** record_type, then one struct per table; exactly one struct is set per row. */
  public static final StructType SCHEMA =
      new StructType()
          .add("record_type", DataTypes.StringType, false)
          .add("sentence", Tables.SENTENCES.schema())
          .add("mention", Tables.MENTIONS.schema())
          .add("error", Tables.ANNOTATION_ERRORS.schema())
          .add("article", Tables.ANNOTATED_ARTICLES.schema());

  private AnnotateRows() {}

  /** What is known about the document besides its text. */
  public record Document(String articleId, String contentHash, Date publishedDate) {}

  /** All rows for one document's result. */
  public static List<Row> of(Document doc, AnnotationResult result, String fingerprint) {
    List<Row> rows = new ArrayList<>();
    if (result instanceof AnnotatedDocument d) {
      for (AnnotatedSentence s : d.sentences()) {
        rows.add(RowFactory.create(SENTENCE, sentence(s, doc), null, null, null));
      }
      for (EntityMention m : d.mentions()) {
        rows.add(RowFactory.create(MENTION, null, mention(m, doc), null, null));
      }
      rows.add(RowFactory.create(ARTICLE, null, null, null, article(d, doc, fingerprint)));
    } else {
      AnnotationFailure f = (AnnotationFailure) result;
      rows.add(RowFactory.create(ERROR, null, null, error(f), null));
      rows.add(RowFactory.create(ARTICLE, null, null, null, failed(f, doc, fingerprint)));
    }
    return rows;
  }

  private static Row sentence(AnnotatedSentence s, Document doc) {
    Optional<SentimentScore> sc = s.sentiment();
    return RowFactory.create(
        doc.articleId(),
        s.sentenceIndex(),
        s.begin(),
        s.end(),
        s.text(),
        seq(s.tokens()),
        seq(s.lemmas()),
        sc.map(x -> x.label().code()).orElse(null),
        sc.map(x -> seq(x.probabilities())).orElse(null),
        sc.map(SentimentScore::score).orElse(null),
        sc.map(SentimentScore::model).orElse(null),
        doc.publishedDate());
  }

  private static Row mention(EntityMention m, Document doc) {
    return RowFactory.create(
        doc.articleId(),
        m.sentenceIndex(),
        m.begin(),
        m.end(),
        m.text(),
        m.nerType(),
        m.canonicalEntity(),
        m.sentiment().map(p -> p.label().columnValue()).orElse(null),
        m.sentiment().map(TargetPolarity::score).orElse(null),
        m.sentiment().map(p -> seq(List.of(p.negative(), p.neutral(), p.positive()))).orElse(null),
        m.sentenceSentiment().map(SentimentScore::score).orElse(null),
        doc.publishedDate());
  }

  private static Row error(AnnotationFailure f) {
    return RowFactory.create(f.articleId(), f.kind().code(), f.message(), f.elapsed().toMillis());
  }

  private static Row article(AnnotatedDocument d, Document doc, String fingerprint) {
    Optional<SentimentScore> sc = d.sentiment();
    return RowFactory.create(
        doc.articleId(),
        doc.contentHash(),
        fingerprint,
        "ok",
        d.sentences().size(),
        d.mentions().size(),
        d.truncated(),
        sc.map(x -> x.label().code()).orElse(null),
        sc.map(SentimentScore::score).orElse(null),
        sc.map(SentimentScore::model).orElse(null),
        d.elapsed().toMillis(),
        1, // a re-run counts its attempts (AnnotateTransforms.countAttempts)
        doc.publishedDate());
  }

  private static Row failed(AnnotationFailure f, Document doc, String fingerprint) {
    return RowFactory.create(
        doc.articleId(),
        doc.contentHash(),
        fingerprint,
        f.kind().code(),
        0,
        0,
        false,
        null,
        null,
        null,
        f.elapsed().toMillis(),
        1,
        doc.publishedDate());
  }

  /** Spark's row encoder wants Scala sequences for array columns. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }
}
