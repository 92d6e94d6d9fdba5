package dev.newsframes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryHtmlTest {
  static FileOutcome ingest(String name, byte[] bytes) {
    return FileIngester.ingest(
        PageContext.ofFile(name),
        InputSource.ofStream(() -> new ByteArrayInputStream(bytes)),
        ParseOptions.defaults());
  }

  @Test
  void randomBytesNamedHtmlAreABinaryRejectNotAnArticle() {
    byte[] noise = new byte[20_000];
    new Random(20).nextBytes(noise);
    FileOutcome o = ingest("page.html", noise);
    assertThat(o.articles()).as("articles from noise").isEmpty();
    assertThat(o.rejects())
        .singleElement()
        .extracting(r -> r.reason().code())
        .as("reason")
        .isEqualTo("binary");
  }

  @Test
  void htmlWithAUtf16ByteOrderMarkIsNotCalledBinary() {
    String page =
        "<html><head><title>Rules agreed</title></head><body><article><p>"
            + "Lawmakers agreed on Friday to new rules for general-purpose AI models, including "
            + "transparency duties and safety evaluations for the largest systems in the union."
            + "</p></article></body></html>";
    byte[] utf16 = ("\uFEFF" + page).getBytes(StandardCharsets.UTF_16LE);
    FileOutcome o = ingest("page.html", utf16);
    assertThat(o.rejects()).extracting(r -> r.reason().code()).doesNotContain("binary");
  }

  @Test
  void aTitleTheSizeOfADocumentIsCutAndDoesNotDecideTheLanguage() {
    String page =
        "<html><head><title>"
            + "T".repeat(1_000_000)
            + "</title></head><body><article><p>"
            + "Lawmakers agreed on Friday to new rules for general-purpose AI models, including "
            + "transparency duties and safety evaluations for the largest systems in the union."
            + "</p></article></body></html>";
    FileOutcome o = ingest("page.html", page.getBytes(StandardCharsets.UTF_8));
    assertThat(o.articles())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.title()).hasSize(Article.MAX_TITLE_CHARS).endsWith("T…");
              // the title used to fill the 2,000 characters language detection reads: "vi"
              assertThat(a.language()).contains("en");
            });
  }
}
