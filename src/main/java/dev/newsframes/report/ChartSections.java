package dev.newsframes.report;

import dev.newsframes.report.ReportData.BalancePoint;
import dev.newsframes.report.ReportData.EntitySummary;
import dev.newsframes.report.ReportData.FrameInfo;
import dev.newsframes.report.ReportData.SharePoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/** The sections built around a chart: frame shares, the balance index and the top entities. */
final class ChartSections {
  private ChartSections() {}

  private static void figure(Element parent, Optional<Chart> chart, String whenMissing) {
    Element panel = parent.appendElement("div").addClass("panel");
    if (chart.isEmpty()) {
      panel.appendElement("p").addClass("empty").text(whenMissing);
      return;
    }
    Chart c = chart.get();
    Element fig = panel.appendElement("figure").id("chart-" + c.name());
    fig.appendElement("img")
        .attr("src", c.file())
        .attr("alt", c.title())
        .attr("width", Integer.toString(c.width()))
        .attr("height", Integer.toString(c.height()));
    fig.appendElement("figcaption").text(c.caption());
  }

  static void frames(Element main, ReportData data, Optional<Chart> chart) {
    Element s =
        ReportPage.section(
            main,
            "frames",
            "Frame shares",
            "How much of the coverage carries each frame, period by period.");
    figure(s, chart, "No frame trends to chart yet: run the trends stage.");
    if (data.shares().isEmpty()) {
      return;
    }
    long small =
        data.balance().stream()
            .filter(p -> p.articles() > 0 && p.articles() < ReportCharts.SMALL_PERIOD)
            .count();
    if (small > 0) {
      s.appendElement("p")
          .addClass("note")
          .text(
              small
                  + " of the "
                  + data.balance().stream().filter(p -> p.articles() > 0).count()
                  + " "
                  + data.granularity().orElse("period")
                  + "s with articles have fewer than "
                  + ReportCharts.SMALL_PERIOD
                  + ": their shares move by whole articles (one"
                  + " of 5 is 20%), and they are not tested for spikes (by default; trends"
                  + " --spike-min-period-articles). Read the line over several periods.");
    }
    // the latest column pools the last periods when the latest is small, as the overview does
    TreeMap<LocalDate, Long> sizes = ReportCharts.periodArticles(data.shares());
    List<LocalDate> periods = List.copyOf(sizes.keySet());
    int window = ReportCharts.latestWindow(List.copyOf(sizes.values()));
    Set<LocalDate> latest = Set.copyOf(periods.subList(periods.size() - window, periods.size()));
    String g = data.granularity().orElse("period");
    long latestArticles = latest.stream().mapToLong(sizes::get).sum();
    String latestHeader =
        (window == 1
                ? "latest " + g
                : PeriodFormat.label(g, periods.get(periods.size() - window))
                    + " – "
                    + PeriodFormat.label(g, periods.get(periods.size() - 1)))
            + " ("
            + Html.count(latestArticles)
            + ")";
    List<Integer> num = List.of(1, 2, 3);
    Element table =
        Html.table(
            s.appendElement("div").addClass("panel"),
            List.of("frame", "articles", "share of all", latestHeader),
            num);
    for (FrameInfo f : data.frames()) {
      List<SharePoint> points =
          data.shares().stream().filter(p -> p.frame().equals(f.id())).toList();
      long articles = points.stream().mapToLong(SharePoint::articles).sum();
      long all = points.stream().mapToLong(SharePoint::periodArticles).sum();
      long lastArticles =
          points.stream()
              .filter(p -> latest.contains(p.period()))
              .mapToLong(SharePoint::articles)
              .sum();
      Element tr =
          Html.row(
              table,
              num,
              "",
              Html.count(articles),
              all == 0 ? "–" : Html.percent((double) articles / all),
              latestArticles == 0 ? "–" : Html.percent((double) lastArticles / latestArticles));
      Element name = tr.child(0);
      name.appendElement("span")
          .addClass("chip")
          .addClass(Html.colorClass(data.frameIndex(f.id())));
      name.appendText(f.label());
    }
    trust(s, data);
  }

  /**
   * What "carries a frame" means, and how far to trust it: the latest {@code evaluate frames}
   * figures when the warehouse keeps them.
   */
  static void trust(Element section, ReportData data) {
    section
        .appendElement("p")
        .addClass("note")
        .text(
            "An article carries a frame when the frame is present in it: a model fitted on"
                + " articles coded by hand (for frames without coded articles, a rule) weighs the"
                + " article's lexicon hits (how many sentences and terms, in the title and lead,"
                + " and the other frames' hits) and, where the model has one, how closely its"
                + " sentences read like the coders' quoted evidence, and decides; an article"
                + " needs a sentence that hits the frame, and those sentences are the evidence"
                + " below.");
    if (data.validation().isEmpty()) {
      section
          .appendElement("p")
          .addClass("note")
          .text(
              "This warehouse holds no check against coded articles: newsframes evaluate frames"
                  + " --warehouse W --labels FILE adds one, and this page then shows it.");
      return;
    }
    ReportData.Validation first = data.validation().get(0);
    section
        .appendElement("p")
        .addClass("note")
        .text(
            "How far to trust these shares: presence ("
                + first.presence()
                + ") against "
                + first.labels()
                + ", evaluated "
                + first.evaluatedAt().toString().substring(0, 10)
                + ". Rows 'cv' are cross-validated (each article scored by a model fitted"
                + " without it); rows 'applied' score what trends computed, on labels the shipped"
                + " model may have been fitted on. The 95% interval is how far F1 could move on"
                + " another sample of articles coded the same way (bootstrap over the coded"
                + " articles).");
    List<Integer> num = List.of(2, 3, 4, 5, 6, 7, 8);
    Element table =
        Html.table(
            section.appendElement("div").addClass("panel"),
            List.of(
                "question",
                "method",
                "articles",
                "precision",
                "recall",
                "F1",
                "F1 95% interval",
                "product share",
                "coders' share"),
            num);
    for (ReportData.Validation v : data.validation()) {
      Html.row(
          table,
          num,
          v.question(),
          v.method(),
          Html.count(v.n()),
          String.format(Locale.ROOT, "%.2f", v.precision()),
          String.format(Locale.ROOT, "%.2f", v.recall()),
          String.format(Locale.ROOT, "%.2f", v.f1()),
          v.f1Low().isPresent() && v.f1High().isPresent()
              ? String.format(Locale.ROOT, "%.2f to %.2f", v.f1Low().get(), v.f1High().get())
              : "–",
          Html.percent(v.productShare()),
          Html.percent(v.codersShare()));
    }
  }

  static void balance(Element main, ReportData data, Optional<Chart> chart) {
    ReportData.BalanceFrames b = data.balanceFrames();
    Element s =
        ReportPage.section(
            main,
            "balance",
            b.positiveLabel() + " vs " + b.negativeLabel(),
            "Which of the two frames dominates? Each article with either frame scores (p − n) /"
                + " (p + n) from its sentences in "
                + b.positiveLabel()
                + " (p) and "
                + b.negativeLabel()
                + " (n); the index is the mean over those articles, from −1 to +1.");
    figure(s, chart, "No balance index yet: run the trends stage.");
    List<BalancePoint> points = data.balance();
    if (points.isEmpty()) {
      return;
    }
    List<Integer> num = List.of(1, 2, 3, 4, 5);
    Element table =
        Html.table(
            s.appendElement("div").addClass("panel"),
            List.of(
                data.granularity().orElse("period"),
                "articles",
                b.positiveLabel(),
                b.negativeLabel(),
                "balance",
                "95% interval"),
            num);
    for (BalancePoint p : points.subList(Math.max(0, points.size() - 12), points.size())) {
      Element tr =
          Html.row(
              table,
              num,
              PeriodFormat.label(data.granularity().orElse("day"), p.period()),
              Html.count(p.articles()),
              Html.count(p.positiveArticles()),
              Html.count(p.negativeArticles()),
              p.balance().map(Html::signed).orElse("–"),
              p.intervalText());
      tr.child(4).addClass(Html.tone(p.balance()));
    }
    long withInterval = points.stream().filter(p -> p.ciLow().isPresent()).count();
    long withBalance = points.stream().filter(p -> p.balance().isPresent()).count();
    String unit = data.granularity().orElse("period");
    s.appendElement("p")
        .addClass("note")
        .text(
            withInterval
                + " of the "
                + withBalance
                + " "
                + unit
                + "s with a balance have a 95% interval; the others have too few articles with"
                + " either frame for a bootstrap (5 by default, trends --balance-min-articles), so"
                + " read their balance as a handful of articles, not a trend. The table lists the"
                + " last 12; the chart and csv/frame_balance.csv have them all.");
    byYear(s, data, num);
  }

  /** The balance pooled by year, when the periods shown span more than one. */
  private static void byYear(Element s, ReportData data, List<Integer> num) {
    List<YearlyBalance> years = YearlyBalance.of(data.balance());
    if (years.size() < 2) {
      return;
    }
    ReportData.BalanceFrames b = data.balanceFrames();
    s.appendElement("h3").text("By year");
    Element table =
        Html.table(
            s.appendElement("div").addClass("panel"),
            List.of(
                "year",
                "articles",
                b.positiveLabel(),
                b.negativeLabel(),
                "balance",
                "articles with either frame"),
            num);
    for (YearlyBalance y : years) {
      Element tr =
          Html.row(
              table,
              num,
              String.valueOf(y.year()),
              Html.count(y.articles()),
              Html.count(y.positiveArticles()),
              Html.count(y.negativeArticles()),
              y.balance().map(Html::signed).orElse("–"),
              Html.count(y.scoredArticles()));
      tr.child(4).addClass(Html.tone(y.balance()));
    }
    s.appendElement("p")
        .addClass("note")
        .text(
            "A year's balance is the mean over all its articles with either frame, from the "
                + data.granularity().orElse("period")
                + "s shown (a period counts in the year it starts in); no interval is drawn for"
                + " it, so weigh it by its articles.");
  }

  /** How far to trust the entity tone: what the shipped model scored on held-out labelled data. */
  static final String ENTITY_SENTIMENT_TRUST =
      "Checked on held-out political news (NewsMTSC dev, sentiment towards named people): the"
          + " shipped model finds the labelled polarity of 76-79% of mentions (macro-F1 0.74-0.77);"
          + " for organisations, places and products it has not been checked.";

  static void entities(Element main, ReportData data, Optional<Chart> chart) {
    Element s =
        ReportPage.section(
            main,
            "entities",
            "Who is talked about",
            "The most covered people, organisations and places, and the tone towards them. Tone is"
                + " per mention: a target-sentiment model reads what each sentence says about that"
                + " entity, not the sentence's overall tone, and scores it from -1 (negative) to +1"
                + " (positive); an entity's sentiment is the mean over its mentions. "
                + ENTITY_SENTIMENT_TRUST);
    figure(s, chart, "No entities yet: run the annotate and trends stages.");
    if (data.entities().isEmpty()) {
      return;
    }
    if (data.entities().stream().allMatch(e -> e.meanSentiment().isEmpty())) {
      s.appendElement("p")
          .addClass("empty")
          .text(
              "No tone towards entities: annotate ran with nlp.entity-sentiment=none, or before"
                  + " entity sentiment existed (annotate again to score the mentions).");
    }
    List<Integer> num = List.of(2, 3, 4);
    Element table =
        Html.table(
            s.appendElement("div").addClass("panel"),
            List.of("entity", "type", "articles", "mentions", "sentiment towards it"),
            num);
    for (EntitySummary e : data.entities()) {
      Element tr =
          Html.row(
              table,
              num,
              e.entity(),
              e.nerType(),
              Html.count(e.articles()),
              Html.count(e.mentions()),
              e.meanSentiment().map(Html::signed).orElse("–"));
      tr.child(4).addClass(Html.tone(e.meanSentiment()));
    }
  }
}
