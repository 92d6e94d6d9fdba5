package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.ArticleKind;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.QaPair;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The labelled template with English and Chinese UI labels (fixtures written for these tests). */
class TemplateLanguagesTest {

  static String fixture(String name) throws IOException {
    try (InputStream in = TemplateLanguagesTest.class.getResourceAsStream("/ingest/dump/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Article> parse(String name, PageContext ctx) throws IOException {
    return PageDumpParser.parse(fixture(name), ctx).orElseThrow();
  }

  @Test
  void englishLabels() throws IOException {
    List<Article> r = parse("template-en.txt", PageContext.ofFile("template-en.txt"));
    Article a = r.get(0);
    assertThat(r)
        .extracting(Article::kind)
        .containsExactly(ArticleKind.ARTICLE, ArticleKind.TEASER, ArticleKind.TEASER);
    assertThat(a.published().orElseThrow())
        .as("published with time of day")
        .isEqualTo(
            new ResolvedDate(
                Instant.parse("2026-03-14T08:30:00Z"), DatePrecision.MINUTE, DateSource.METADATA));
    assertThat(a.updatedAt()).contains(Instant.parse("2026-03-15T00:00:00Z"));
    assertThat(a.summary()).startsWith("Regulators announced");
    assertThat(a.editorNote())
        .startsWith("This piece was written")
        .endsWith("second paragraph of the note.");
    assertThat(a.body())
        .startsWith("The Commerce Department")
        .endsWith("hand the lead to competitors.");
    assertThat(a.qa()).hasSize(2);
    assertThat(a.qa().get(1).question()).isEqualTo("Who opposed them?");
    assertThat(a.qa().get(1).answer())
        .isEqualTo("Industry groups.\n\nThey said the rules would slow innovation.");
    assertThat(r.get(2).source()).contains("HTX Learn");
    assertThat(r.get(2).summary()).isEqualTo("A short teaser about a bill.");
  }

  @Test
  void englishTeaserTimesWithExactCrawlTime() throws IOException {
    PageContext ctx =
        new PageContext(
            "template-en.txt",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(
                new ResolvedDate(
                    Instant.parse("2026-03-15T10:05:30Z"),
                    DatePrecision.SECOND,
                    DateSource.MANIFEST)));
    List<Article> r = parse("template-en.txt", ctx);
    assertThat(r.get(1).published().orElseThrow().instant())
        .as("3 min(s) ago")
        .isEqualTo(Instant.parse("2026-03-15T10:02:00Z"));
    assertThat(r.get(1).published().orElseThrow().precision()).isEqualTo(DatePrecision.MINUTE);
    assertThat(r.get(2).published().orElseThrow().instant())
        .as("2 hour(s) ago")
        .isEqualTo(Instant.parse("2026-03-15T08:00:00Z"));
    assertThat(r.get(0).crawlTime()).contains(Instant.parse("2026-03-15T10:05:30Z"));
  }

  @Test
  void chineseLabels() throws IOException {
    List<Article> r = parse("template-zh.txt", PageContext.ofFile("template-zh.txt"));
    Article a = r.get(0);
    assertThat(a.title()).isEqualTo("监管机构发布人工智能安全测试新规");
    assertThat(a.source()).contains("marsbit");
    assertThat(a.published().orElseThrow().day()).hasToString("2026-04-02");
    assertThat(a.summary()).startsWith("监管机构要求");
    assertThat(a.editorNote()).isEqualTo("本文为测试中文模板而写。");
    assertThat(a.body()).isEqualTo("周四，监管机构公布了新的安全测试规则。\n\n多家公司表示将配合审查。");
    assertThat(a.qa()).containsExactly(new QaPair("新规要求什么？", "前沿模型在发布前接受安全测试。"));
    assertThat(r).hasSize(3);
    assertThat(r.get(1).title()).isEqualTo("芯片出口管制再度收紧");
    assertThat(r.get(1).published().orElseThrow().day())
        .as("crawl day is the latest date, 2026-04-03")
        .hasToString("2026-04-03");
    assertThat(r.get(2).source()).contains("HTX Learn");
    r.forEach(
        x ->
            assertThat(x.body() + x.summary())
                .doesNotContain("现货", "如何购买", "欢迎来到", "总浏览量", "精选文章"));
  }

  @Test
  void otherTextIsNotTheTemplate() {
    assertThat(PageDumpParser.matches("Just a title\nAnd a line that is not a meta line"))
        .isFalse();
    assertThat(PageDumpParser.parse("one line", PageContext.ofFile("x"))).isEmpty();
    assertThat(PageDumpParser.matches("Title\nmarsbitPublished on yesterday"))
        .as("label without a date")
        .isFalse();
  }
}
