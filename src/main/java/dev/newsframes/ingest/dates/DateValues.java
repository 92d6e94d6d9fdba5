package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a date or timestamp written as a data value (a manifest cell, a command-line option).
 *
 * <p>Accepts {@code 2018}, {@code 2018-10}, {@code 2018-10-23} (also with {@code /}), and ISO-8601
 * timestamps with {@code T} or a space, with or without seconds, fraction and offset ({@code Z},
 * {@code +02:00}, {@code +0200}, {@code UTC}). A timestamp without an offset is taken as UTC. The
 * precision says what was written: a day is {@link DatePrecision#DAY}, a time without seconds is
 * {@link DatePrecision#MINUTE}.
 */
public final class DateValues {
  private static final Pattern DAY = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/](\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(:\\d{2}(?:[.,]\\d{1,9})?)?"
              + " ?(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?",
          Pattern.CASE_INSENSITIVE);

  private DateValues() {}

  /** The date or timestamp in {@code value}, or empty when it is blank or not one of the forms. */
  public static Optional<ResolvedDate> parse(String value, DateSource source) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      Matcher m = TIMESTAMP.matcher(v);
      if (m.matches()) {
        return Optional.of(timestamp(m, source));
      }
      if ((m = DAY.matcher(v)).matches()) {
        LocalDate d = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
        return Optional.of(ResolvedDate.ofDay(d, source));
      }
      if ((m = MONTH.matcher(v)).matches()) {
        YearMonth ym = YearMonth.of(num(m, 1), num(m, 2));
        return Optional.of(startOf(ym.atDay(1), DatePrecision.MONTH, source));
      }
      if ((m = YEAR.matcher(v)).matches()) {
        return Optional.of(startOf(LocalDate.of(num(m, 1), 1, 1), DatePrecision.YEAR, source));
      }
    } catch (DateTimeException e) {
      return Optional.empty(); // 2018-13-40 and the like: a well-formed but impossible date
    }
    return Optional.empty();
  }

  private static ResolvedDate timestamp(Matcher m, DateSource source) {
    String seconds = m.group(3) == null ? ":00" : m.group(3).replace(',', '.');
    String local = m.group(1) + "T" + m.group(2) + seconds;
    String zone = m.group(4);
    Instant instant;
    if (zone == null || zone.equalsIgnoreCase("UTC") || zone.equalsIgnoreCase("GMT")) {
      instant = LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
    } else {
      String offset = zone.equalsIgnoreCase("Z") ? "Z" : normaliseOffset(zone);
      instant =
          OffsetDateTime.parse(local + offset, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }
    DatePrecision p = m.group(3) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
    return new ResolvedDate(instant, p, source);
  }

  private static String normaliseOffset(String zone) {
    return zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3);
  }

  private static ResolvedDate startOf(LocalDate day, DatePrecision precision, DateSource source) {
    return new ResolvedDate(day.atStartOfDay(ZoneOffset.UTC).toInstant(), precision, source);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
