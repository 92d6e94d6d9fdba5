package dev.newsframes.report;

import dev.newsframes.report.ReportData.BalancePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The balance pooled by calendar year from the periods shown: a small corpus's months swing between
 * −1 and +1 on a handful of articles, and a year is where a shift shows.
 *
 * @param balance the mean article balance over the year's articles with either frame (each period's
 *     index weighted by its scored articles), empty when none
 */
record YearlyBalance(
    int year,
    long articles,
    long positiveArticles,
    long negativeArticles,
    long scoredArticles,
    Optional<Double> balance) {

  /** One row per year holding a period, in order (a period counts in the year it starts in). */
  static List<YearlyBalance> of(List<BalancePoint> points) {
    Map<Integer, long[]> counts = new TreeMap<>();
    Map<Integer, Double> weighted = new TreeMap<>();
    for (BalancePoint p : points) {
      int year = p.period().getYear();
      long[] c = counts.computeIfAbsent(year, y -> new long[4]);
      c[0] += p.articles();
      c[1] += p.positiveArticles();
      c[2] += p.negativeArticles();
      if (p.balance().isPresent()) {
        c[3] += p.scoredArticles();
        weighted.merge(year, p.balance().get() * p.scoredArticles(), Double::sum);
      }
    }
    List<YearlyBalance> out = new ArrayList<>();
    counts.forEach(
        (year, c) ->
            out.add(
                new YearlyBalance(
                    year,
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[3] == 0 ? Optional.empty() : Optional.of(weighted.get(year) / c[3]))));
    return out;
  }
}
