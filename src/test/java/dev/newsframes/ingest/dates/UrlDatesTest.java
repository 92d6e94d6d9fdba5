package dev.newsframes.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDatesTest {
  @Test
  void datesInPathsAndQueries() {
    assertThat(day("https://venturebeat.com/2018/10/23/some-story"))
        .as("y/m/d")
        .contains(LocalDate.of(2018, 10, 23));
    assertThat(day("https://www.theverge.com/2023/11/6/23948426/slug"))
        .as("single-digit day")
        .contains(LocalDate.of(2023, 11, 6));
    assertThat(day("https://example.com/news/20181023/slug"))
        .as("compact")
        .contains(LocalDate.of(2018, 10, 23));
    assertThat(day("https://example.com/blog/2018-10-23-my-post"))
        .as("dashed slug")
        .contains(LocalDate.of(2018, 10, 23));
    assertThat(day("https://example.com/story?id=4&date=2018-10-23#top"))
        .as("query")
        .contains(LocalDate.of(2018, 10, 23));
    assertThat(day("https://deeplearningindaba.com/2022/2022/08/15/indabax"))
        .as("year before date")
        .contains(LocalDate.of(2022, 8, 15));
    assertThat(day("https://thenextweb.com/twitter/2017/02/07/slug"))
        .as("after a section")
        .contains(LocalDate.of(2017, 2, 7));
  }

  @Test
  void monthPrecisionWhenThereIsNoDay() {
    Optional<ResolvedDate> d = UrlDates.find("https://example.com/2019/07/some-story");

    assertThat(d.map(ResolvedDate::precision)).as("precision").contains(DatePrecision.MONTH);
    assertThat(d.map(ResolvedDate::day)).as("start of month").contains(LocalDate.of(2019, 7, 1));
    assertThat(d.map(ResolvedDate::source)).as("source").contains(DateSource.URL);
  }

  @Test
  void numbersThatAreNotDates() {
    assertThat(day("https://www.theverge.com/23958821/volvo-ceo-interview"))
        .as("story id")
        .isEmpty();
    assertThat(day("https://example.com/2019/02/30/slug")).as("impossible day").isEmpty();
    assertThat(day("https://example.com/1850/01/01/slug")).as("before the web").isEmpty();
    assertThat(day("https://example.com/products/2048/12")).as("no year").isEmpty();
    assertThat(day("not a url")).as("garbage").isEmpty();
    assertThat(day(null)).as("null").isEmpty();
  }

  @Test
  void datesOfLinksACrawlerAppendedAreNotThePagesOwn() {
    String twoDates =
        "https://www.theverge.com/2023/11/6/23948426/openai-gpt4-turbo-new-model/2023/11/15/23962443/google-titan-key";
    String idThenDate =
        "https://www.theverge.com/23958821/volvo-ceo-interview-electric-cars/2023/11/16/23964870/steam-deck-update";
    String sectionWithHyphens =
        "https://www.economist.com/science-and-technology/2020/01/02/slug-words-here";

    assertThat(day(twoDates)).as("first date wins").contains(LocalDate.of(2023, 11, 6));
    assertThat(UrlDates.appendedLinkDates(twoDates))
        .as("appended")
        .containsExactly(LocalDate.of(2023, 11, 15));
    assertThat(day(idThenDate)).as("date after a slug").isEmpty();
    assertThat(UrlDates.appendedLinkDates(idThenDate))
        .as("appended after slug")
        .containsExactly(LocalDate.of(2023, 11, 16));
    assertThat(day(sectionWithHyphens))
        .as("first segment is a section")
        .contains(LocalDate.of(2020, 1, 2));
  }

  private static Optional<LocalDate> day(String url) {
    return UrlDates.find(url).map(ResolvedDate::day);
  }
}
