package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/** Truncates instants to the start of their precision unit, in UTC. */
public final class DateTruncation {
  private DateTruncation() {}

  /** The start of the unit of {@code precision} that contains {@code instant}. */
  public static Instant truncate(Instant instant, DatePrecision precision) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    return switch (precision) {
      case SECOND -> t.truncatedTo(ChronoUnit.SECONDS).toInstant();
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES).toInstant();
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS).toInstant();
      case DAY -> t.truncatedTo(ChronoUnit.DAYS).toInstant();
      case MONTH -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1).toInstant();
      case YEAR -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1).toInstant();
    };
  }
}
