package dev.newsframes.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GarbageInputTest {
  @Test
  void emptyAndNullInputGiveEmptyArticles() {
    assertThat(HtmlArticleExtractor.extract(null)).as("null").isEqualTo(ExtractedArticle.empty());
    assertThat(HtmlArticleExtractor.extract("   ")).as("blank").isEqualTo(ExtractedArticle.empty());
    assertThat(HtmlArticleExtractor.extract("<html></html>", null).body()).as("no body").isEmpty();
  }

  @Test
  void binaryNoiseNeverThrows() {
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[2000 + random.nextInt(5000)];
      random.nextBytes(bytes);
      ExtractedArticle a =
          HtmlArticleExtractor.extract(HtmlDecoder.decode(bytes), Optional.of("::not a url::"));
      assertThat(a).as("noise page %d", i).isNotNull();
    }
  }

  @Test
  void malformedHtmlStillGivesItsText() {
    String html =
        "<html><body><div><p>Unclosed paragraph one with enough words to count as text here."
            + "<p>Unclosed paragraph two, also long enough to be kept by the extractor.<div><b><i>"
            + "</span></td></table>";
    ExtractedArticle a = HtmlArticleExtractor.extract(html);
    assertThat(a.body()).as("text of broken markup").contains("paragraph one", "paragraph two");
  }

  @Test
  void deepNestingAndBrokenJsonLdDoNotThrow() {
    String deep =
        "<div>".repeat(20_000) + "<p>Deep inside the page, a sentence, with commas, survives.</p>";
    String badLd =
        "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
            + "[".repeat(5000)
            + "</script><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Broken, then fine\",}</script>";
    ExtractedArticle a =
        HtmlArticleExtractor.extract("<html><head>" + badLd + "</head><body>" + deep);
    assertThat(a.body()).as("deep text").contains("survives");
    assertThat(a.title())
        .as("headline of the lenient second script")
        .isEqualTo("Broken, then fine");
  }

  @Test
  void impossibleDatesAreIgnored() {
    String html =
        "<html><head><meta property=\"article:published_time\" content=\"2019-13-45T99:00\">"
            + "<meta name=\"date\" content=\"not a date\"></head><body><p>Text.</p></body></html>";
    assertThat(HtmlArticleExtractor.extract(html).published()).as("no valid date").isEmpty();
  }
}
