package dev.newsframes.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.FileIngester;
import dev.newsframes.ingest.IngestRows;
import dev.newsframes.ingest.InputSource;
import dev.newsframes.ingest.ParseOptions;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.io.Tables;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class StructuredInputsTest {
  static final String TEXT =
      "Lawmakers in Brussels agreed on Friday to new rules for general-purpose AI models, including "
          + "transparency duties and safety evaluations for the largest systems.";

  static FileOutcome ingest(String name, String content, ParseOptions settings) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return FileIngester.ingest(
        PageContext.ofFile(name),
        InputSource.ofStream(() -> new ByteArrayInputStream(bytes)),
        settings);
  }

  static FileOutcome ingest(String name, String content) {
    return ingest(name, content, ParseOptions.defaults());
  }

  @Test
  void jsonLinesWithABadLineAndARecordWithoutText() {
    String jsonl =
        "{\"title\":\"EU agrees AI rules\",\"text\":\""
            + TEXT
            + "\",\"date\":\"2023-12-08\",\"url\":\"https://example.eu/a\"}\n"
            + "{not json}\n"
            + "\n"
            + "{\"title\":\"Only a title\"}\n";
    FileOutcome o = ingest("export.jsonl", jsonl);
    assertThat(o.articles()).hasSize(1);
    Article a = o.articles().get(0);
    assertThat(a.title()).isEqualTo("EU agrees AI rules");
    assertThat(a.published().orElseThrow().day()).hasToString("2023-12-08");
    assertThat(a.source()).as("source from the URL host").contains("example.eu");
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .containsExactly(Tuple.tuple(2L, "malformed_record"), Tuple.tuple(4L, "missing_field"));
  }

  @Test
  void aDateInTheFutureOfThisIngestIsDroppedWithoutACrawlTime() {
    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    String jsonl =
        "{\"title\":\"A\",\"text\":\""
            + TEXT
            + "\",\"date\":\"2099-01-01\"}\n"
            + "{\"title\":\"B\",\"text\":\""
            + TEXT
            + "\",\"date\":\""
            + tomorrow
            + "\"}\n";

    FileOutcome o = ingest("export.jsonl", jsonl);

    assertThat(o.articles()).hasSize(2);
    assertThat(o.articles().get(0).published()).as("2099: a typo, not a date").isEmpty();
    assertThat(o.articles().get(1).published())
        .as("tomorrow somewhere is today somewhere else")
        .hasValueSatisfying(d -> assertThat(d.day()).hasToString(tomorrow));
    assertThat(dateSource(o.articles().get(0))).isEqualTo("implausible");
    assertThat(dateSource(o.articles().get(1))).isEqualTo("metadata");
  }

  @Test
  void aDateNoFormatReadsLeavesTheArticleUndatedWithATrace() {
    FileOutcome o =
        ingest(
            "export.jsonl",
            "{\"title\":\"A\",\"text\":\""
                + TEXT
                + "\",\"date\":\"not-a-date\"}\n"
                + "{\"title\":\"B\",\"text\":\""
                + TEXT
                + "\"}\n");

    assertThat(o.articles()).hasSize(2);
    assertThat(o.articles().get(0).published()).isEmpty();
    assertThat(dateSource(o.articles().get(0)))
        .as("the date field was there and could not be read")
        .isEqualTo("unreadable");
    assertThat(dateSource(o.articles().get(1))).as("no date field: nothing to say").isNull();
  }

  /** The {@code date_source} the articles table stores for {@code a}. */
  private static String dateSource(Article a) {
    return IngestRows.article(a).getString(Tables.ARTICLES.schema().fieldIndex("date_source"));
  }

  @Test
  void aTextFieldHoldingMarkupIsReadAsTheTextABrowserShows() {
    String html =
        "<p>"
            + TEXT
            + "</p><figure><img src=\\\"data:image/svg+xml;base64,PHN2Zz4=\\\" alt=\\\"\\\">"
            + "<figcaption>Brussels, Friday</figcaption></figure><p>Costs &amp; benefits"
            + " follow.</p><script>track()</script>";
    FileOutcome o = ingest("cms.jsonl", "{\"title\":\"T\",\"text\":\"" + html + "\"}\n");

    assertThat(o.articles()).hasSize(1);
    assertThat(o.articles().get(0).body())
        .isEqualTo(TEXT + "\n\nBrussels, Friday\n\nCosts & benefits follow.");
    assertThat(o.articles().get(0).language()).contains("en");
    // text that merely mentions angle brackets is left alone
    FileOutcome plain = ingest("plain.jsonl", "{\"text\":\"" + TEXT + " 3 < 4 > 2\"}\n");
    assertThat(plain.articles().get(0).body()).isEqualTo(TEXT + " 3 < 4 > 2");
  }

  @Test
  void newsApiResponseWithNestedSource() {
    String json =
        "{\"status\":\"ok\",\"articles\":[{\"source\":{\"id\":\"x\",\"name\":\"TechCrunch\"},"
            + "\"author\":\"Ann Lee, Bo Chen\",\"title\":\"T\",\"description\":\""
            + TEXT
            + "\","
            + "\"url\":\"https://techcrunch.com/2020/05/20/x/\",\"publishedAt\":\"2020-05-20T19:00:17Z\",\"content\":null}]}";
    FileOutcome o = ingest("news.json", json);
    assertThat(o.articles()).hasSize(1);
    Article a = o.articles().get(0);
    assertThat(a.source()).contains("TechCrunch");
    assertThat(a.authors()).containsExactly("Ann Lee", "Bo Chen");
    assertThat(a.mainText()).as("description stands in for missing content").isEqualTo(TEXT);
    assertThat(a.published().orElseThrow().instant())
        .isEqualTo(Instant.parse("2020-05-20T19:00:17Z"));
  }

  @Test
  void prettyPrintedObjectOfRecordsKeyedById() {
    String json =
        "{\n  \"p1\": {\"articleBody\": \""
            + TEXT
            + "\", \"url\": \"https://a.example/1\"},\n"
            + "  \"p2\": {\"articleBody\": \""
            + TEXT
            + " Second.\", \"url\": \"https://a.example/2\"}\n}";
    FileOutcome o = ingest("ground-truth", json);
    assertThat(o.articles())
        .extracting(a -> a.url().orElseThrow())
        .containsExactly("https://a.example/1", "https://a.example/2");
  }

  @Test
  void csvWithQuotedNewlinesAndAMappedTextColumn() {
    String csv =
        "headline,lead_paragraph,date\n"
            + "\"China, U.S. talk trade\",\"BEIJING — Officials met.\nThey talked.\",2009-01-20 05:00:00+00:00\n"
            + "No lead,,2009-01-21 05:00:00+00:00\n";
    FileOutcome o = ingest("nyt.csv", csv);
    assertThat(o.articles()).hasSize(1);
    assertThat(o.articles().get(0).title()).isEqualTo("China, U.S. talk trade");
    assertThat(o.articles().get(0).body()).isEqualTo("BEIJING — Officials met.\nThey talked.");
    assertThat(o.rejects()).extracting(Reject::position).containsExactly(4L);
    FileOutcome mapped =
        ingest(
            "nyt.csv",
            csv,
            new ParseOptions(
                ParseOptions.DEFAULT_MAX_FILE_BYTES,
                null,
                null,
                FieldMapping.withOverrides(Map.of("text", "headline"))));
    assertThat(mapped.articles()).as("--field text=headline").hasSize(2);
  }

  @Test
  void unknownFieldNamesAreUsageErrors() {
    Assertions.assertThatThrownBy(() -> FieldMapping.withOverrides(Map.of("bodyy", "x")))
        .hasMessageContaining("Unknown field 'bodyy'")
        .hasMessageContaining("text");
  }

  @Test
  void filesWithoutRecordsAreRejectsNotSilentLoss() {
    for (String[] empty :
        new String[][] {
          {"a.json", "[]"},
          {"b.json", "{\"articles\": []}"},
          {"c.csv", "title,text\n"},
          {"d.jsonl", "\n\n"}
        }) {
      FileOutcome o = ingest(empty[0], empty[1]);
      assertThat(o.articles()).as(empty[0]).isEmpty();
      assertThat(o.rejects())
          .as(empty[0])
          .extracting(r -> r.reason().code())
          .containsExactly("empty");
    }
  }
}
