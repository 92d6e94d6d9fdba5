package dev.newsframes.ingest;

import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.io.Tables;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Rows of ingest's intermediate dataset: one per article, reject or file, in a single schema so
 * that one pass over the inputs feeds every output table.
 */
public final class IngestRows {
  public static final String ARTICLE = "article";
  public static final String REJECT = "reject";
  public static final String FILE = "file";

  /** record_type, then the article or reject struct, and the file's skipped-record count. */
  public static final StructType SCHEMA =
      new StructType()
          .add("record_type", DataTypes.StringType, false)
          .add("article", Tables.ARTICLES.schema())
          .add("reject", Tables.REJECTS.schema())
          .add("skipped", DataTypes.LongType, false);

  private IngestRows() {}

  /** All rows for one file's outcome: its articles, its rejects, and one file row. */
  public static List<Row> of(String inputFile, FileOutcome outcome) {
    ArrayList<Row> rows = new ArrayList<>();
    for (Article a : outcome.articles()) {
      rows.add(RowFactory.create(ARTICLE, article(a), null, 0L));
    }
    for (Reject r : outcome.rejects()) {
      rows.add(RowFactory.create(REJECT, null, reject(r), 0L));
    }
    rows.add(RowFactory.create(FILE, null, null, outcome.skipped()));
    return rows;
  }

  /** An article as a row of {@link Tables#ARTICLES}; duplicate_of is filled by dedup later. */
  public static Row article(Article a) {
    Instant published = a.published().map(ResolvedDate::instant).orElse(null);
    return RowFactory.create(
        a.articleId(),
        a.kind().code(),
        a.url().orElse(null),
        a.source().orElse(null),
        a.title(),
        a.summary(),
        a.editorNote(),
        a.body(),
        seq(a.qa().stream().map(q -> RowFactory.create(q.question(), q.answer())).toList()),
        seq(a.authors()),
        timestamp(published),
        a.published().map(d -> d.precision().code()).orElse(null),
        a.published().map(d -> d.source().code()).or(a::dateIssue).orElse(null),
        timestamp(a.updatedAt().orElse(null)),
        timestamp(a.crawlTime().orElse(null)),
        a.language().orElse(null),
        a.wordCount(),
        a.contentHash(),
        null,
        a.parentId().orElse(null),
        a.inputFile(),
        a.position(),
        a.parser(),
        a.published().map(d -> Date.valueOf(d.day())).orElse(null));
  }

  /** A reject as a row of {@link Tables#REJECTS}. */
  public static Row reject(Reject r) {
    return RowFactory.create(
        r.inputFile(), r.position(), r.reason().code(), r.message(), r.sample(), null);
  }

  /** Spark's row encoder wants Scala sequences for array columns. */
  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
