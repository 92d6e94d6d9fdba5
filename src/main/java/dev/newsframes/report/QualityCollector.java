package dev.newsframes.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.newsframes.io.Tables;
import dev.newsframes.report.ReportData.DataQuality;
import dev.newsframes.report.ReportData.LanguageCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Collects the data-quality numbers: counts and small group-bys only. */
final class QualityCollector {
  private QualityCollector() {}

  static DataQuality collect(
      ReportTablesCollector in, Optional<Dataset<Row>> articles, Optional<Dataset<Row>> sentences) {
    in.describe("data quality");
    Optional<Dataset<Row>> rejects = in.table(Tables.REJECTS);
    Optional<Dataset<Row>> errors = in.table(Tables.ANNOTATION_ERRORS);
    Optional<Row> counts = articles.map(a -> ReportTransforms.articleCounts(a).first());
    long inputs = inputFiles(articles, rejects);
    List<LanguageCount> languages =
        articles
            .map(
                a ->
                    ReportTransforms.languages(
                            a,
                            sentences.orElse(
                                a.sparkSession()
                                    .emptyDataFrame()
                                    .withColumn("article_id", lit(""))),
                            ReportTablesCollector.MAX_GROUP_ROWS)
                        .collectAsList()
                        .stream()
                        .map(
                            r ->
                                new LanguageCount(
                                    ReportRows.text(r, "language"),
                                    ReportRows.count(r, "articles"),
                                    ReportRows.count(r, "annotated")))
                        .toList())
            .orElse(List.of());
    return new DataQuality(
        inputs,
        counts.map(r -> ReportRows.count(r, "articles")).orElse(0L),
        counts.map(r -> ReportRows.count(r, "teasers")).orElse(0L),
        counts.map(r -> ReportRows.count(r, "duplicates")).orElse(0L),
        counts.map(r -> ReportRows.count(r, "undated")).orElse(0L),
        sentences.map(s -> s.select("article_id").distinct().count()).orElse(0L),
        sentences.map(Dataset::count).orElse(0L),
        rejects.map(r -> countsBy(r, "reason")).orElse(Map.of()),
        languages,
        errors.map(e -> countsBy(e, "kind")).orElse(Map.of()));
  }

  private static long inputFiles(Optional<Dataset<Row>> articles, Optional<Dataset<Row>> rejects) {
    Optional<Dataset<Row>> files =
        articles
            .map(a -> a.select(col("input_file")))
            .map(a -> rejects.map(r -> a.union(r.select(col("input_file")))).orElse(a))
            .or(() -> rejects.map(r -> r.select(col("input_file"))));
    return files.map(f -> f.distinct().count()).orElse(0L);
  }

  private static Map<String, Long> countsBy(Dataset<Row> table, String column) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Row r :
        ReportTransforms.countsBy(table, column, ReportTablesCollector.MAX_GROUP_ROWS)
            .collectAsList()) {
      out.put(ReportRows.text(r, column), ReportRows.count(r, "rows"));
    }
    return out;
  }
}
