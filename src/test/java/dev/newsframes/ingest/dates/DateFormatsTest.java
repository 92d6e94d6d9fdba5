package dev.newsframes.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFormatsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2020-05-20T19:00:17Z | 2020-05-20T19:00:17Z | SECOND",
        "2009-01-20 05:00:00+00:00 | 2009-01-20T05:00:00Z | SECOND",
        "2022-01-16T12:07:35+02:00 | 2022-01-16T10:07:35Z | SECOND",
        "Sun, 16 Jan 2022 10:07:35 GMT | 2022-01-16T10:07:35Z | SECOND",
        "26-FEB-1987 15:01:01.79 | 1987-02-26T15:01:01.790Z | SECOND",
        "December 15, 2018 | 2018-12-15T00:00:00Z | DAY",
        "Dec 15, 2018 | 2018-12-15T00:00:00Z | DAY",
        "2018-10-23 | 2018-10-23T00:00:00Z | DAY",
        "2018/10/23 | 2018-10-23T00:00:00Z | DAY",
        "15 December 2018 | 2018-12-15T00:00:00Z | DAY",
        "2021-01-02 08:42:34 | 2021-01-02T08:42:34Z | SECOND",
        "2019-07 | 2019-07-01T00:00:00Z | MONTH",
        "2017 | 2017-01-01T00:00:00Z | YEAR",
        "1590000000 | 2020-05-20T18:40:00Z | SECOND",
      })
  void parses(String text, String instant, DatePrecision precision) {
    ResolvedDate d = DateParser.parse(text, DateSource.METADATA).orElseThrow();
    assertThat(d.instant()).as("instant of %s", text).isEqualTo(Instant.parse(instant));
    assertThat(d.precision()).as("precision of %s", text).isEqualTo(precision);
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "32.13.2026", "2026-13-40", "not a date"})
  void rejectsNonDates(String text) {
    assertThat(DateParser.parse(text, DateSource.METADATA)).as(text).isEmpty();
  }
}
