package dev.newsframes.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2019-05-12T08:30:00+02:00     | 2019-05-12T06:30:00Z | SECOND",
        "2019-05-12T08:30:00.123Z      | 2019-05-12T08:30:00Z | SECOND",
        "2019-05-12 08:30:00+0000      | 2019-05-12T08:30:00Z | SECOND",
        "2019-05-12T08:30-05:00        | 2019-05-12T13:30:00Z | MINUTE",
        "2019-05-12T08:30:00           | 2019-05-12T08:30:00Z | SECOND",
        "2019-05-12                    | 2019-05-12T00:00:00Z | DAY",
        "20190512                      | 2019-05-12T00:00:00Z | DAY",
        "1557649800                    | 2019-05-12T08:30:00Z | SECOND",
        "'Sun, 12 May 2019 08:30:00 GMT' | 2019-05-12T08:30:00Z | SECOND",
        "'May 12, 2019'                | 2019-05-12T00:00:00Z | DAY",
        "'12. Mai 2019'                | 2019-05-12T00:00:00Z | DAY",
        "'12 de mayo de 2019'          | 2019-05-12T00:00:00Z | DAY",
        "12.05.2019                    | 2019-05-12T00:00:00Z | DAY",
        "05/12/2019                    | 2019-05-12T00:00:00Z | DAY",
        "13/05/2019                    | 2019-05-13T00:00:00Z | DAY",
      })
  void parsesMetadataNotations(String raw, String instant, DatePrecision precision) {
    Optional<ResolvedDate> d = DateParser.parse(raw, DateSource.METADATA);
    assertThat(d).as("parsed %s", raw).isPresent();
    assertThat(d.get().instant()).as("instant of %s", raw).isEqualTo(Instant.parse(instant));
    assertThat(d.get().precision()).as("precision of %s", raw).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource({"2019-02-30", "1850-01-01", "yesterday", "''", "99/99/2019"})
  void rejectsImpossibleDates(String raw) {
    assertThat(DateParser.parse(raw, DateSource.METADATA)).as("parse %s", raw).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://x.example/2019/05/12/story, 2019-05-12, DAY",
    "https://x.example/news/2023-06-26/story, 2023-06-26, DAY",
    "https://x.example/a/20190512/story.html, 2019-05-12, DAY",
    "https://x.example/2019/05/story.html, 2019-05-01, MONTH",
  })
  void readsUrlDates(String url, String day, DatePrecision precision) {
    Optional<ResolvedDate> d = DateParser.fromUrl(url);
    assertThat(d.map(ResolvedDate::day)).as("day of %s", url).contains(LocalDate.parse(day));
    assertThat(d.get().precision()).as("precision").isEqualTo(precision);
    assertThat(d.get().source()).as("source").isEqualTo(DateSource.URL);
  }

  @ParameterizedTest
  @CsvSource({"https://x.example/story-12345678", "https://x.example/2019/13/40/story"})
  void ignoresUrlsWithoutDates(String url) {
    assertThat(DateParser.fromUrl(url)).as("date in %s", url).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Jane Doe | Updated March 3, 2020 at 9:30 a.m. ET",
        "Posted on 3rd March 2020 by admin"
      })
  void findsDatesInBylines(String text) {
    assertThat(DateParser.find(text, DateSource.TEXT).map(ResolvedDate::day))
        .as("date in %s", text)
        .contains(LocalDate.of(2020, 3, 3));
  }
}
