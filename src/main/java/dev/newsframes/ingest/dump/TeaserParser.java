package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.dates.RelativeTime;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.ArticleKind;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.ResolvedDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a "Related Reads" block into teaser records.
 *
 * <p>Each teaser is a title line, summary paragraphs, and a line that glues the source to a
 * relative time ("marsbitHace 12 min(s)"). The template then repeats the title and the source line;
 * those repeats are chrome. The block ends at the first chrome line ("Trading").
 */
final class TeaserParser {
  private static final Pattern SUMMARY_LABEL =
      Pattern.compile(
          "^\\**\\s*(Summary|Resumen|摘要)\\s*[:：]\\s*\\**\\s*", Pattern.CASE_INSENSITIVE);

  private TeaserParser() {}

  static List<Article> parse(
      List<String> lines, TemplateLabels labels, PageContext ctx, String parentId) {
    List<Article> teasers = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    String lastTitle = null;
    for (String line : lines) {
      if (labels.isChrome(line)) {
        break;
      }
      Optional<RelativeTime.Match> time = RelativeTime.findAtEnd(line);
      if (time.isEmpty()) {
        pending.add(line);
        continue;
      }
      boolean repeat = pending.size() == 1 && pending.get(0).equals(lastTitle);
      if (!pending.isEmpty() && !repeat) {
        String title = pending.get(0);
        String summary = String.join("\n\n", pending.subList(1, pending.size()));
        teasers.add(teaser(title, summary, time.get(), ctx, parentId, teasers.size() + 1));
        lastTitle = title;
      }
      pending.clear();
    }
    return teasers;
  }

  private static Article teaser(
      String title,
      String summary,
      RelativeTime.Match time,
      PageContext ctx,
      String parentId,
      int position) {
    Optional<ResolvedDate> published =
        ctx.crawlTime().map(c -> time.time().resolveAgainst(c.instant(), c.precision()));
    return Article.builder(ctx.inputFile(), PageDumpParser.PARSER)
        .kind(ArticleKind.TEASER)
        .position(position)
        .title(title)
        .summary(SUMMARY_LABEL.matcher(summary).replaceFirst(""))
        .source(time.before())
        .published(published.orElse(null))
        .crawlTime(ctx.crawlTime().map(ResolvedDate::instant).orElse(null))
        .parentId(parentId)
        .build();
  }
}
