package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.ArticleKind;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled seed page (Spanish UI, English article) parsed field by field. */
class SeedPageTest {
  static final Path SEED = Path.of("notebooks-data/input/marsbit-trump-ai-executive-order.txt");
  static List<Article> records;
  static Article article;

  @BeforeAll
  static void parse() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    assertThat(PageDumpParser.matches(text)).as("seed is the labelled template").isTrue();
    records = PageDumpParser.parse(text, PageContext.ofFile(SEED.toString())).orElseThrow();
    article = records.get(0);
  }

  @Test
  void yieldsOneArticleAndFourTeasers() {
    assertThat(records)
        .extracting(Article::kind)
        .containsExactly(
            ArticleKind.ARTICLE,
            ArticleKind.TEASER,
            ArticleKind.TEASER,
            ArticleKind.TEASER,
            ArticleKind.TEASER);
  }

  @Test
  void articleMetadata() {
    assertThat(article.title())
        .isEqualTo(
            "Trump Halts AI Executive Order, Regulatory Efforts Succumb to Competitive Anxiety");
    assertThat(article.source()).as("source").contains("marsbit");
    assertThat(article.published())
        .as("published")
        .contains(ResolvedDate.ofDay(LocalDate.of(2026, 5, 22), DateSource.METADATA));
    assertThat(article.updatedAt()).as("updated").contains(Instant.parse("2026-05-22T00:00:00Z"));
    assertThat(article.crawlTime())
        .as("crawl time = latest date on the page")
        .contains(Instant.parse("2026-06-02T00:00:00Z"));
    assertThat(article.parser()).isEqualTo(PageDumpParser.PARSER);
  }

  @Test
  void summaryEditorNoteAndBody() {
    assertThat(article.summary())
        .as("summary")
        .startsWith("In a last-minute reversal, former President Donald Trump halted")
        .endsWith("national security, economic strategy, and...");
    assertThat(article.editorNote())
        .as("editor's note")
        .startsWith("The Trump administration originally attempted")
        .contains("without sacrificing the lead.\"")
        .doesNotContain("Editor's Note:", "Below is the original text");
    assertThat(article.body())
        .as("body")
        .startsWith("The White House unexpectedly delayed the signing")
        .endsWith("willingness of AI company leaders to cooperate.");
    assertThat(article.body().split("\n\n")).as("body paragraphs").hasSize(15);
  }

  @Test
  void relatedQuestionsAreStructured() {
    assertThat(article.qa()).as("qa pairs").hasSize(5);
    assertThat(article.qa().get(0).question())
        .isEqualTo(
            "What was the original purpose of the AI executive order reportedly halted by the Trump administration?");
    assertThat(article.qa().get(0).answer())
        .startsWith("The original purpose of the AI executive order was to establish");
    assertThat(article.qa().get(4).answer()).contains("'Mythos' model");
  }

  @Test
  void teasersHaveTitleSummarySourceAndResolvedTime() {
    List<Article> teasers = records.subList(1, 5);
    assertThat(teasers)
        .extracting(Article::title)
        .containsExactly(
            "AI Relay Stations Spark Heated Debate on Zhihu: Behind Cheap Tokens, What Are Users Really Worried About?",
            "In-Depth Research Report on TradFi: The Convergence Wave of Crypto and Traditional Finance",
            "Blocked Its Own Treasure, WeChat AI Steps Up",
            "ByteDance Adopts Arm CPUs, Jensen Huang: So Sad I Didn't Buy Arm");
    assertThat(teasers)
        .extracting(a -> a.source().orElse(""))
        .containsExactly("marsbit", "HTX Learn", "marsbit", "marsbit");
    assertThat(teasers)
        .allSatisfy(
            t -> {
              assertThat(t.summary()).as("teaser summary of %s", t.title()).hasSizeGreaterThan(200);
              assertThat(t.published()).as("teaser time").isPresent();
              assertThat(t.published().get().day()).isEqualTo(LocalDate.of(2026, 6, 2));
              assertThat(t.published().get().precision()).isEqualTo(DatePrecision.DAY);
              assertThat(t.published().get().source()).isEqualTo(DateSource.RELATIVE_TO_CRAWL);
              assertThat(t.parentId()).contains(article.articleId());
            });
    assertThat(teasers.get(3).summary())
        .as("markdown summary label dropped")
        .startsWith("At Computex 2026");
  }

  @Test
  void noChromeInAnyText() {
    List<String> chrome =
        List.of(
            "Trading",
            "Futuros",
            "Cómo comprar",
            "Discusiones",
            "Vistas totales",
            "HTX.com",
            "Artículos destacados",
            "活动图片",
            "Hace 12 min",
            "Preguntas relacionadas",
            "Lecturas Relacionadas",
            "Resumen",
            "Publicado a");
    Stream<String> texts =
        records.stream().flatMap(a -> Stream.of(a.title(), a.summary(), a.editorNote(), a.body()));
    texts.forEach(t -> assertThat(t).as("text").doesNotContain(chrome));
  }

  @Test
  void idsAreStableAndDistinct() throws IOException {
    String text = Files.readString(SEED, StandardCharsets.UTF_8);
    List<Article> again =
        PageDumpParser.parse(
                text, PageContext.ofFile("/elsewhere/input/marsbit-trump-ai-executive-order.txt"))
            .orElseThrow();
    assertThat(again)
        .extracting(Article::articleId)
        .as("ids depend on the file name, not its directory")
        .containsExactlyElementsOf(records.stream().map(Article::articleId).toList())
        .doesNotHaveDuplicates();
  }
}
