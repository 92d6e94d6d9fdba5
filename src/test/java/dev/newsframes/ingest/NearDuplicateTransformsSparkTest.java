package dev.newsframes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.io.Tables;
import dev.newsframes.testing.SparkTestSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class NearDuplicateTransformsSparkTest {
  static String text(long seed, int words) {
    String[] vocab =
        ("regulators lawmakers model safety testing export chips china lead innovation jobs "
                + "oversight agency order federal state court ruling market investors startup compute energy "
                + "data privacy security risk frontier open source release benchmark policy senate house")
            .split(" ");
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(vocab[r.nextInt(vocab.length)]).append(i % 12 == 11 ? ". " : " ");
    }
    return b.toString().strip();
  }

  static String edit(String text, int every) {
    String[] w = text.split(" ");
    for (int i = 0; i < w.length; i += every) {
      w[i] = "edited";
    }
    return String.join(" ", w);
  }

  static Row article(String file, String body, int day) {
    return article(file, body, LocalDate.of(2024, 1, day));
  }

  static Row article(String file, String body, LocalDate date) {
    Article.Builder a = Article.builder(file, "test").title("Senate weighs AI rules").body(body);
    if (date != null) {
      a.published(ResolvedDate.ofDay(date, DateSource.METADATA));
    }
    return IngestRows.article(a.build());
  }

  @Test
  void aTextRepublishedMonthsLaterIsANewPublicationNotACopy() {
    SparkSession spark = SparkTestSession.get();
    String notice = text(3, 300);
    List<Row> rows = new ArrayList<>();
    String renewed = edit(notice, 60); // about 1 word in 60 changed: similarity near 0.9
    rows.add(article("2021/notice.txt", notice, LocalDate.of(2021, 5, 10)));
    rows.add(article("2022/notice.txt", renewed, LocalDate.of(2022, 5, 9)));
    rows.add(article("2022/reprint.txt", renewed, LocalDate.of(2022, 5, 30)));
    rows.add(article("undated/notice.txt", notice, null));
    Dataset<Row> articles = spark.createDataFrame(rows, Tables.ARTICLES.schema());

    Map<String, String> pairs =
        NearDuplicateTransforms.similarPairs(articles, 0.8).collectAsList().stream()
            .collect(
                Collectors.toMap(r -> r.getString(0) + " " + r.getString(1), r -> r.getString(0)));
    Map<String, String> idOf =
        articles.select("input_file", "article_id").collectAsList().stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    String y2021 = idOf.get("2021/notice.txt");
    String y2022 = idOf.get("2022/notice.txt");
    String reprint = idOf.get("2022/reprint.txt");
    String undated = idOf.get("undated/notice.txt");

    assertThat(pairs.keySet())
        .as("three weeks apart: copies; a year apart: two publications; undated: no date to tell")
        .contains(key(y2022, reprint), key(y2021, undated), key(y2022, undated))
        .doesNotContain(key(y2021, y2022), key(y2021, reprint));
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
  }

  @Test
  void syndicatedCopiesClusterUnderTheEarliestArticle() {
    SparkSession spark = SparkTestSession.get();
    String story = text(1, 400);
    List<Row> rows = new ArrayList<>();
    rows.add(article("wire/original.txt", story, 3));
    rows.add(article("paper/reprint.txt", edit(story, 60), 4)); // ~1 word in 60 changed
    rows.add(article("paper/reprint-copy.txt", edit(story, 60), 5)); // exact copy of the reprint
    rows.add(article("blog/early-copy.txt", edit(story, 45), 2)); // earliest of all
    rows.add(article("other/unrelated.txt", text(2, 400), 3));
    rows.add(article("other/short.txt", "A short note that repeats the story title only.", 3));
    Dataset<Row> articles = spark.createDataFrame(rows, Tables.ARTICLES.schema());
    Map<String, Row> byFile =
        NearDuplicateTransforms.mark(IngestTransforms.markExactDuplicates(articles), 0.8)
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getAs("input_file"), r -> r));
    String canonical = byFile.get("blog/early-copy.txt").getAs("article_id");
    assertThat((String) byFile.get("blog/early-copy.txt").getAs("duplicate_of"))
        .as("canonical")
        .isNull();
    assertThat((String) byFile.get("wire/original.txt").getAs("duplicate_of")).isEqualTo(canonical);
    assertThat((String) byFile.get("wire/original.txt").getAs("duplicate_method"))
        .isEqualTo("near");
    assertThat((Double) byFile.get("wire/original.txt").getAs("duplicate_similarity"))
        .isBetween(0.8, 1.0);
    assertThat((String) byFile.get("paper/reprint.txt").getAs("duplicate_of")).isEqualTo(canonical);
    assertThat((String) byFile.get("paper/reprint-copy.txt").getAs("duplicate_of"))
        .as("an exact copy of a near copy points at the cluster's canonical")
        .isEqualTo(canonical);
    assertThat((String) byFile.get("paper/reprint-copy.txt").getAs("duplicate_method"))
        .isEqualTo("exact");
    assertThat((String) byFile.get("other/unrelated.txt").getAs("duplicate_of")).isNull();
    assertThat((String) byFile.get("other/short.txt").getAs("duplicate_of")).isNull();
  }

  @Test
  void shinglesAreNormalisedAndBounded() {
    assertThat(Shingles.of("One two, THREE four five six!", 5, 100))
        .containsExactly("one two three four five", "two three four five six");
    assertThat(Shingles.of("a b c d e f g h", 5, 6)).hasSize(2);
    assertThat(Shingles.of("too short", 5, 100)).isEmpty();
  }

  @Test
  void unionFindLabelsEachSetWithItsSmallestId() {
    NearDuplicateTransforms.UnionFind uf = new NearDuplicateTransforms.UnionFind();
    uf.union("d", "c");
    uf.union("c", "b");
    uf.union("x", "y");
    assertThat(uf.labels())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("b", "b", "c", "b", "d", "b", "x", "x", "y", "x"));
  }

  @Test
  void sparkAndDriverComponentsAgree() {
    SparkSession spark = SparkTestSession.get();
    StructType schema =
        new StructType()
            .add("article_id", "string")
            .add("other_id", "string")
            .add("similarity", "double");
    List<Row> pairs =
        List.of(
            RowFactory.create("a", "b", 0.9),
            RowFactory.create("b", "c", 0.9),
            RowFactory.create("e", "f", 0.9));
    Map<String, String> labels =
        NearDuplicateTransforms.components(spark.createDataFrame(pairs, schema))
            .collectAsList()
            .stream()
            .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1)));
    assertThat(labels)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a", "a", "b", "a", "c", "a", "e", "e", "f", "e"));
  }
}
