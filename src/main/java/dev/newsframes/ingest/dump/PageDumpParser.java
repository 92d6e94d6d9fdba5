package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.dates.NumericDates;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.ArticleKind;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.QaPair;
import dev.newsframes.ingest.model.ResolvedDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses text dumps of the labelled news-page template (HTX / marsbit): title; a meta line with
 * source, published and updated dates; summary; editor's note; body; related-questions Q&amp;A;
 * related-reads teasers; and site chrome, which is dropped.
 *
 * <p>The UI may be Spanish, English or Chinese ({@link TemplateLabels}). One page yields the
 * article and one {@link ArticleKind#TEASER} record per related read. Relative teaser times are
 * resolved against the crawl time: the context's, or else the latest absolute date on the page.
 */
public final class PageDumpParser {
  /** The {@code parser} column value of records from this parser. */
  public static final String PARSER = "page-dump/labelled";

  private static final Pattern DATE_AHEAD = Pattern.compile("\\s*(?:19|20)\\d{2}[-./]\\d{1,2}.*");

  private PageDumpParser() {}

  /** Whether the text is a dump of the labelled template: its second line is the meta line. */
  public static boolean matches(String text) {
    List<String> lines = DumpLines.nonEmpty(text, 3);
    return lines.size() >= 2 && metaLine(lines.get(1)).isPresent();
  }

  /**
   * The article and teasers of a page; empty when the text is not the labelled template.
   *
   * <p>Never throws on odd input: sections that are missing are left empty.
   */
  public static Optional<List<Article>> parse(String text, PageContext context) {
    List<String> lines = DumpLines.nonEmpty(text, Integer.MAX_VALUE);
    if (lines.size() < 2) {
      return Optional.empty();
    }
    Optional<MetaLine> meta = metaLine(lines.get(1));
    if (meta.isEmpty()) {
      return Optional.empty();
    }
    TemplateLabels labels = meta.get().labels();
    PageSections sections = PageSections.split(lines.subList(2, lines.size()), labels);
    PageContext ctx = context.withDefaultCrawlTime(NumericDates.latest(text, DateSource.TEXT));

    Article article = article(lines.get(0), meta.get(), sections, ctx);
    List<Article> records = new ArrayList<>();
    records.add(article);
    records.addAll(TeaserParser.parse(sections.relatedReads(), labels, ctx, article.articleId()));
    return Optional.of(records);
  }

  private static Article article(String title, MetaLine meta, PageSections s, PageContext ctx) {
    return Article.builder(ctx.inputFile(), PARSER)
        .kind(ArticleKind.ARTICLE)
        .position(0)
        .url(ctx.url().orElse(null))
        .title(ctx.title().orElse(title))
        .source(meta.source())
        .published(meta.published().orElse(ctx.published().orElse(null)))
        .updatedAt(meta.updated().map(ResolvedDate::instant).orElse(null))
        .crawlTime(ctx.crawlTime().map(ResolvedDate::instant).orElse(null))
        .summary(String.join("\n\n", s.summary()))
        .editorNote(String.join("\n\n", s.editorNote()))
        .body(String.join("\n\n", s.body()))
        .qa(s.qa())
        .build();
  }

  /** Reads "marsbitPublicado a 2026-05-22Actualizado a 2026-05-22". */
  static Optional<MetaLine> metaLine(String line) {
    Optional<TemplateLabels> labels = TemplateLabels.detect(line);
    if (labels.isEmpty()) {
      return Optional.empty();
    }
    TemplateLabels l = labels.get();
    int pub = line.indexOf(l.published());
    String afterPub = line.substring(pub + l.published().length());
    if (!DATE_AHEAD.matcher(afterPub).matches()) {
      return Optional.empty();
    }
    Optional<ResolvedDate> published = NumericDates.parseLeading(afterPub, DateSource.METADATA);
    int upd = afterPub.indexOf(l.updated());
    Optional<ResolvedDate> updated =
        upd < 0
            ? Optional.empty()
            : NumericDates.parseLeading(
                afterPub.substring(upd + l.updated().length()), DateSource.METADATA);
    String source = line.substring(0, pub).strip();
    return Optional.of(new MetaLine(l, source, published, updated));
  }

  /** The parsed meta line. */
  record MetaLine(
      TemplateLabels labels,
      String source,
      Optional<ResolvedDate> published,
      Optional<ResolvedDate> updated) {}

  /** The sections of a page after the meta line. */
  record PageSections(
      List<String> summary,
      List<String> editorNote,
      List<String> body,
      List<QaPair> qa,
      List<String> relatedReads) {

    static PageSections split(List<String> lines, TemplateLabels labels) {
      return SectionSplitter.split(lines, labels);
    }
  }
}
