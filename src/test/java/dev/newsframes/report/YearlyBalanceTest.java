package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.report.ReportData.BalancePoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class YearlyBalanceTest {
  private static BalancePoint month(
      String start, Double balance, long articles, long pos, long neg, long scored) {
    return new BalancePoint(
        LocalDate.parse(start),
        Optional.ofNullable(balance),
        Optional.empty(),
        Optional.empty(),
        articles,
        pos,
        neg,
        scored);
  }

  @Test
  void aYearIsTheMeanOverItsScoredArticlesNotOverItsMonths() {
    List<YearlyBalance> years =
        YearlyBalance.of(
            List.of(
                // one article at -1 and three at +1: the months average 0, the articles +0.5
                month("2022-11-01", -1.0, 4, 0, 1, 1),
                month("2022-12-01", 1.0, 5, 3, 0, 3),
                month("2023-01-01", null, 2, 0, 0, 0),
                month("2023-02-01", 0.2, 6, 3, 2, 5)));

    assertThat(years).extracting(YearlyBalance::year).containsExactly(2022, 2023);
    YearlyBalance y2022 = years.get(0);
    assertThat(y2022.articles()).isEqualTo(9);
    assertThat(y2022.positiveArticles()).isEqualTo(3);
    assertThat(y2022.negativeArticles()).isEqualTo(1);
    assertThat(y2022.scoredArticles()).isEqualTo(4);
    assertThat(y2022.balance().orElseThrow()).isCloseTo(0.5, within(1e-12));
    // a month without a balance adds its articles, not its (absent) index
    assertThat(years.get(1).articles()).isEqualTo(8);
    assertThat(years.get(1).balance().orElseThrow()).isCloseTo(0.2, within(1e-12));
    assertThat(YearlyBalance.of(List.of(month("2024-03-01", null, 3, 0, 0, 0))).get(0).balance())
        .isEmpty();
  }
}
