package dev.newsframes.ingest.model;

import dev.newsframes.common.DatePrecision;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A point in time with how precisely it is known and where it came from.
 *
 * @param instant UTC instant; for coarse precisions the start of the day, month or year
 */
public record ResolvedDate(Instant instant, DatePrecision precision, DateSource source)
    implements Serializable {
  public ResolvedDate {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(source, "source");
  }

  /** A calendar day known to day precision. */
  public static ResolvedDate ofDay(LocalDate day, DateSource source) {
    return new ResolvedDate(
        day.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.DAY, source);
  }

  /** The UTC calendar day of this date. */
  public LocalDate day() {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }
}
