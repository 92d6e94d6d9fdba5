package dev.newsframes.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BylineDatesTest {
  @Test
  void bylineTimeWithZoneHasMinutePrecision() {
    Optional<BylineDates.Found> f =
        find("By Bryan Walsh @bryanrwalsh Oct 25, 2023, 9:00pm EDT Share");

    assertThat(f.map(BylineDates.Found::date))
        .contains(
            new ResolvedDate(
                Instant.parse("2023-10-26T01:00:00Z"), DatePrecision.MINUTE, DateSource.TEXT));
    assertThat(f.map(BylineDates.Found::localDay))
        .as("day as printed")
        .contains(LocalDate.of(2023, 10, 25));
  }

  @Test
  void daysInCommonForms() {
    assertThat(day("This article was published on February 7, 2017 Twitter"))
        .contains(LocalDate.of(2017, 2, 7));
    assertThat(day("IndabaX Central Mon 15. Aug 2022 IndabaX 2022 Events"))
        .contains(LocalDate.of(2022, 8, 15));
    assertThat(day("Posted 2019-12-11 by staff")).contains(LocalDate.of(2019, 12, 11));
    assertThat(day("Sept. 3rd, 2021 at 10:15"))
        .as("time without zone keeps the day")
        .contains(LocalDate.of(2021, 9, 3));
    assertThat(find("Sept. 3rd, 2021 at 10:15").map(f -> f.date().precision()))
        .contains(DatePrecision.DAY);
  }

  @Test
  void updatesAndImpossibleDatesAreSkipped() {
    assertThat(day("Updated: March 2, 2020 — first published March 1, 2020"))
        .contains(LocalDate.of(2020, 3, 1));
    assertThat(day("On Feb 30, 2020 nothing happened")).isEmpty();
    assertThat(day("In August 2021, China passed a law")).as("month and year only").isEmpty();
  }

  @Test
  void searchStaysInsideTheWindow() {
    String text = "Title here. Body says June 1, 2001 happened.";
    assertThat(BylineDates.find(text, 0, 11)).isEmpty();
    assertThat(BylineDates.find(text, -50, 10_000)).isPresent();
  }

  private static Optional<BylineDates.Found> find(String text) {
    return BylineDates.find(text, 0, text.length());
  }

  private static Optional<LocalDate> day(String text) {
    return find(text).map(BylineDates.Found::localDay);
  }
}
