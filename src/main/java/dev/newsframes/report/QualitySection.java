package dev.newsframes.report;

import dev.newsframes.report.ReportData.DataQuality;
import dev.newsframes.report.ReportData.LanguageCount;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/** What went in, what was set aside and why: inputs, rejects, duplicates, languages, errors. */
final class QualitySection {
  private QualitySection() {}

  static void append(Element main, ReportData data) {
    DataQuality q = data.quality();
    Element s =
        ReportPage.section(
            main,
            "quality",
            "Data quality",
            "Every input record ends as an article, a duplicate copy or a reject; only English"
                + " articles are annotated, and only dated canonical articles enter the trends.");
    Element grid = s.appendElement("div").addClass("two");
    List<Integer> num = List.of(1);
    Element balance =
        Html.table(grid.appendElement("div").addClass("panel"), List.of("pipeline", "count"), num);
    Html.row(balance, num, "input files", Html.count(q.inputFiles()));
    Html.row(balance, num, "articles", Html.count(q.articles()));
    Html.row(balance, num, "related-reading teasers", Html.count(q.teasers()));
    Html.row(balance, num, "duplicate copies (kept, counted once)", Html.count(q.duplicates()));
    Html.row(balance, num, "rejected inputs or records", Html.count(q.rejects()));
    Html.row(balance, num, "articles without a date (not in trends)", Html.count(q.undated()));
    Html.row(
        balance,
        num,
        "non-English articles (not annotated)",
        Html.count(q.nonEnglishNotAnnotated()));
    Html.row(balance, num, "annotated articles and teasers", Html.count(q.annotatedArticles()));
    Html.row(balance, num, "sentences", Html.count(q.sentences()));
    Html.row(balance, num, "annotation errors", Html.count(q.annotationErrors()));

    Element right = grid.appendElement("div");
    counts(right, "Rejects by reason", "reason", q.rejectsByReason(), "No rejects.");
    Element languagePanel = right.appendElement("div").addClass("panel");
    languagePanel.appendElement("h3").text("Languages (only English is annotated)");
    Element langs =
        Html.table(languagePanel, List.of("language", "articles", "annotated"), List.of(1, 2));
    for (LanguageCount l : q.languages()) {
      Html.row(
          langs, List.of(1, 2), l.language(), Html.count(l.articles()), Html.count(l.annotated()));
    }
    counts(right, "Annotation errors", "kind", q.annotationErrorsByKind(), "No annotation errors.");
  }

  private static void counts(
      Element parent, String title, String key, Map<String, Long> counts, String none) {
    Element panel = parent.appendElement("div").addClass("panel");
    panel.appendElement("h3").text(title);
    if (counts.isEmpty()) {
      panel.appendElement("p").addClass("empty").text(none);
      return;
    }
    Element table = Html.table(panel, List.of(key, "count"), List.of(1));
    counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> Html.row(table, List.of(1), e.getKey(), Html.count(e.getValue())));
  }
}
