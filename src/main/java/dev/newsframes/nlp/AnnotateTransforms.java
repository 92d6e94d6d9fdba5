package dev.newsframes.nlp;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;

/** Dataset-to-dataset steps of annotate; no I/O. */
public final class AnnotateTransforms {
  private AnnotateTransforms() {}

  /** Which articles annotate reads. */
  public enum Scope {
    /** English canonical articles and teasers: what trends counts. */
    ENGLISH_CANONICAL,
    /** English articles including duplicate copies. */
    ENGLISH_ALL_COPIES
  }

  /**
   * The documents to annotate: article_id, text (title, a blank line, then body or summary),
   * content_hash, published_date.
   */
  public static Dataset<Row> documents(Dataset<Row> articles, Scope scope) {
    Dataset<Row> english = articles.filter(col("language").equalTo("en"));
    Dataset<Row> chosen =
        scope == Scope.ENGLISH_CANONICAL ? english.filter(col("duplicate_of").isNull()) : english;
    return chosen.select(
        col("article_id"),
        concat_ws(
                "\n\n",
                col("title"),
                when(length(col("body")).gt(0), col("body")).otherwise(col("summary")))
            .as("text"),
        col("content_hash"),
        col("published_date"));
  }

  /** Tasks per core when annotating: CoreNLP time grows with document length. */
  private static final int TASKS_PER_CORE = 32;

  /**
   * Spreads {@code count} documents over many small tasks, at most one per document, so that no
   * core idles while the last long task runs. Documents are placed by content: copies of one text
   * meet in one task, one after the other, so every copy after the first reads its sentences from
   * the executor's {@link SentenceCache}.
   */
  public static Dataset<Row> spread(Dataset<Row> documents, long count, int parallelism) {
    long partitions = Math.max(1, Math.min(count, (long) parallelism * TASKS_PER_CORE));
    return documents.repartition((int) partitions, col("content_hash"));
  }

  /** Attempts at a document that times out every time before annotate gives up on it. */
  public static final int MAX_TIMEOUT_ATTEMPTS = 3;

  /**
   * The documents not yet annotated with this content and pipeline fingerprint, and those whose
   * last attempt timed out: a timeout says the machine was slow, not that the document is bad, so
   * the next incremental run tries it again, up to {@link #MAX_TIMEOUT_ATTEMPTS} attempts in all
   * (other failures are not retried).
   */
  public static Dataset<Row> notYetAnnotated(
      Dataset<Row> documents, Dataset<Row> annotatedArticles, String fingerprint) {
    Dataset<Row> done =
        annotatedArticles
            .filter(col("pipeline_fingerprint").equalTo(fingerprint))
            .filter(
                col("status")
                    .notEqual(AnnotationFailure.Kind.TIMEOUT.code())
                    .or(attempts().geq(MAX_TIMEOUT_ATTEMPTS)))
            .select("article_id", "content_hash");
    return documents.join(
        done,
        documents
            .col("article_id")
            .equalTo(done.col("article_id"))
            .and(documents.col("content_hash").equalTo(done.col("content_hash"))),
        "left_anti");
  }

  /**
   * Sets {@code attempts} of freshly annotated {@code annotated_articles} rows: one more than the
   * previous row of the same article, content and fingerprint when that one timed out, else 1.
   */
  public static Dataset<Row> countAttempts(
      Dataset<Row> fresh, Dataset<Row> previous, String fingerprint) {
    Dataset<Row> timedOut =
        previous
            .filter(col("pipeline_fingerprint").equalTo(fingerprint))
            .filter(col("status").equalTo(AnnotationFailure.Kind.TIMEOUT.code()))
            .select(
                col("article_id").as("prev_article_id"),
                col("content_hash").as("prev_content_hash"),
                attempts().as("prev_attempts"));
    Dataset<Row> joined =
        fresh.join(
            timedOut,
            fresh
                .col("article_id")
                .equalTo(timedOut.col("prev_article_id"))
                .and(fresh.col("content_hash").equalTo(timedOut.col("prev_content_hash"))),
            "left_outer");
    return joined
        .withColumn("attempts", coalesce(col("prev_attempts").plus(1), lit(1)))
        .select(Arrays.stream(fresh.columns()).map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column attempts() {
    return coalesce(col("attempts"), lit(1));
  }

  /**
   * Annotates every document once with all annotators, in {@code mapPartitions}, with the factory's
   * annotator (CoreNLP: the executor's shared pipeline); rows follow {@link AnnotateRows#SCHEMA}.
   * Documents are processed one at a time per task, so memory holds one document's annotation per
   * core. The annotator is created on a partition's first document, so an empty partition never
   * loads a model.
   *
   * @param done counts documents as they are annotated (for progress)
   * @param analysed counts the sentences that went through CoreNLP; fewer than the sentences
   *     written when repeated sentences were reused
   */
  public static Dataset<Row> annotate(
      Dataset<Row> documents,
      Broadcast<NlpConfig> config,
      AnnotatorFactory annotators,
      LongAccumulator done,
      LongAccumulator analysed) {
    MapPartitionsFunction<Row, Row> f =
        rows -> {
          NlpConfig c = config.value();
          Annotator[] annotator = new Annotator[1]; // created on the first document
          String fingerprint = c.fingerprint();
          return new FlatIterator(
              rows,
              row -> {
                AnnotateRows.Document doc =
                    new AnnotateRows.Document(
                        row.getAs("article_id"),
                        row.getAs("content_hash"),
                        row.getAs("published_date"));
                if (annotator[0] == null) {
                  annotator[0] = annotators.create(c);
                }
                AnnotationResult result = annotator[0].annotate(doc.articleId(), row.getAs("text"));
                done.add(1);
                if (result instanceof AnnotatedDocument d) {
                  analysed.add(d.analysedSentences());
                }
                return AnnotateRows.of(doc, result, fingerprint).iterator();
              });
        };
    return documents.mapPartitions(f, Encoders.row(AnnotateRows.SCHEMA));
  }

  /** The rows of one output table out of the intermediate dataset. */
  public static Dataset<Row> part(Dataset<Row> annotated, String recordType) {
    return annotated.filter(col("record_type").equalTo(recordType)).select(recordType + ".*");
  }

  /** Lazily maps each input row to several output rows. */
  private static final class FlatIterator implements Iterator<Row> {
    private final Iterator<Row> in;
    private final Function<Row, Iterator<Row>> f;
    private Iterator<Row> current = Collections.emptyIterator();

    FlatIterator(Iterator<Row> in, Function<Row, Iterator<Row>> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && in.hasNext()) {
        current = f.apply(in.next());
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
