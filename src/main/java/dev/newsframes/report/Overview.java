package dev.newsframes.report;

import dev.newsframes.common.Plural;
import dev.newsframes.report.ReportData.BalancePoint;
import dev.newsframes.report.ReportData.DataQuality;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/** The headline numbers at the top of the report. */
final class Overview {
  private Overview() {}

  /** "Jan 2023 – Jun 2023" for the periods shown, if any. */
  static Optional<String> range(ReportData data) {
    List<LocalDate> periods = data.balance().stream().map(BalancePoint::period).sorted().toList();
    if (periods.isEmpty() || data.granularity().isEmpty()) {
      return Optional.empty();
    }
    String g = data.granularity().get();
    String first = PeriodFormat.label(g, periods.get(0));
    String last = PeriodFormat.label(g, periods.get(periods.size() - 1));
    return Optional.of(first.equals(last) ? first : first + " – " + last);
  }

  static void append(Element main, ReportData data) {
    Element s =
        ReportPage.section(
            main,
            "overview",
            "Overview",
            "The numbers behind the charts: articles are canonical (one per cluster of copies),"
                + " dated, annotated and of the counted kinds; related-reading teasers and"
                + " duplicate copies are not counted, as in the console's trends line (\"N of M"
                + " counted articles carry a frame\").");
    Element cards = s.appendElement("div").addClass("cards");
    List<BalancePoint> balance = data.balance();
    long articles = balance.stream().mapToLong(BalancePoint::articles).sum();
    long positive = balance.stream().mapToLong(BalancePoint::positiveArticles).sum();
    long negative = balance.stream().mapToLong(BalancePoint::negativeArticles).sum();
    String periods =
        balance.size()
            + " "
            + data.granularity().orElse("period")
            + (balance.size() == 1 ? "" : "s");
    card(
        cards,
        Html.count(articles),
        plural(articles, "article", "articles") + " in the trends",
        range(data).orElse("no dated coverage") + " · " + periods);
    ReportData.BalanceFrames b = data.balanceFrames();
    card(cards, share(positive, articles), b.positiveLabel(), "of articles carry the frame");
    card(cards, share(negative, articles), b.negativeLabel(), "of articles carry the frame");
    latestBalance(cards, balance, data.granularity().orElse("day"));
    card(
        cards,
        data.spikesUntested() ? "–" : Html.count(data.totalSpikes()),
        plural(data.totalSpikes(), "spike", "spikes"),
        data.spikesUntested()
            ? "not tested: every "
                + data.granularity().orElse("period")
                + " under "
                + ReportCharts.SMALL_PERIOD
                + " articles"
            : "in frame and top-entity series");
    DataQuality q = data.quality();
    card(
        cards,
        Html.count(q.sentences()),
        "sentences annotated",
        "in " + Html.count(q.annotatedArticles()) + " articles and teasers");
    card(
        cards,
        Html.count(q.nonEnglishNotAnnotated()),
        "non-English, skipped",
        "of " + Html.count(q.articles() + q.teasers()) + " stored");
    card(
        cards,
        Html.count(q.rejects()),
        plural(q.rejects(), "reject", "rejects"),
        Html.count(q.duplicates())
            + plural(q.duplicates(), " duplicate copy", " duplicate copies")
            + " counted once");
    data.topic().ifPresent(t -> s.appendElement("p").addClass("note").text(topicNote(t)));
  }

  /**
   * The card of the latest balance: the last period's with its interval, or, when that period rests
   * on few articles ({@link ReportCharts#latestWindow}), the last periods' pooled (each period's
   * index weighted by its articles with either frame, as the chart pools them).
   */
  private static void latestBalance(Element cards, List<BalancePoint> balance, String granularity) {
    int last = -1;
    for (int i = 0; i < balance.size(); i++) {
      last = balance.get(i).balance().isPresent() ? i : last;
    }
    if (last < 0) {
      card(cards, "–", "latest balance", "no article with either frame");
      return;
    }
    List<BalancePoint> upToLast = balance.subList(0, last + 1);
    List<BalancePoint> window =
        upToLast.subList(
            upToLast.size()
                - ReportCharts.latestWindow(
                    upToLast.stream().map(BalancePoint::scoredArticles).toList()),
            upToLast.size());
    BalancePoint latest = window.get(window.size() - 1);
    String latestLabel = PeriodFormat.label(granularity, latest.period());
    if (window.size() == 1) {
      card(
              cards,
              Html.signed(latest.balance().get()),
              "latest balance",
              latestLabel + interval(latest))
          .selectFirst(".value")
          .addClass(Html.tone(latest.balance()));
      return;
    }
    long scored =
        window.stream()
            .filter(p -> p.balance().isPresent())
            .mapToLong(BalancePoint::scoredArticles)
            .sum();
    // the window holds the latest period, which has a balance
    double pooled = ReportCharts.pooledBalance(window).getAsDouble();
    card(
            cards,
            Html.signed(pooled),
            "latest balance, pooled",
            PeriodFormat.label(granularity, window.get(0).period())
                + " – "
                + latestLabel
                + " pooled: "
                + Plural.count(scored, "article", "articles")
                + " with either frame; "
                + latestLabel
                + " alone "
                + Html.signed(latest.balance().get())
                + " ("
                + Plural.count(latest.scoredArticles(), "article", "articles")
                + ")")
        .selectFirst(".value")
        .addClass(Html.tone(Optional.of(pooled)));
  }

  /**
   * How much of the coverage is on the topic, and whether the trends count only that part: a corpus
   * wider than its topic otherwise reads as all on topic.
   */
  static String topicNote(ReportData.TopicCoverage t) {
    String counted =
        t.trendsOnTopicOnly()
            .map(
                only ->
                    only
                        ? "The trends above count only those (trends --topic-only)."
                        : "The trends above count every article, on the topic or not; trends"
                            + " --topic-only counts only those.")
            .orElse("trends --topic-only counts only those.");
    return "Topic '"
        + t.topic()
        + "': "
        + Html.count(t.onTopic())
        + " of the "
        + Html.count(t.articles())
        + " articles that hit a frame or the topic are about it ("
        + share(t.onTopic(), t.articles())
        + ", scored like a frame; article_topics). "
        + counted;
  }

  private static String interval(BalancePoint p) {
    return p.ciLow().isPresent() && p.ciHigh().isPresent()
        ? " · 95% " + Html.signed(p.ciLow().get()) + " … " + Html.signed(p.ciHigh().get())
        : " · "
            + p.scoredArticles()
            + plural(p.scoredArticles(), " article", " articles")
            + ", no interval";
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  private static String share(long part, long all) {
    return all == 0 ? "–" : Html.percent((double) part / all);
  }

  private static Element card(Element cards, String value, String label, String sub) {
    Element c = cards.appendElement("div").addClass("card");
    c.appendElement("span").addClass("value").text(value);
    c.appendElement("span").addClass("label").text(label);
    c.appendElement("span").addClass("sub").text(sub);
    return c;
  }
}
