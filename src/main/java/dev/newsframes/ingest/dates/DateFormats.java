package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Formatter-based fallbacks of {@link DateParser} for forms its patterns do not cover: Reuters'
 * "26-FEB-1987 15:01:01.79", Unix {@code date} output, year-month and bare years. Times without a
 * zone are taken as UTC.
 */
final class DateFormats {
  private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");
  private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})-(\\d{1,2})");

  private static final List<DateTimeFormatter> ZONED =
      List.of(
          DateTimeFormatter.ISO_OFFSET_DATE_TIME,
          DateTimeFormatter.RFC_1123_DATE_TIME,
          formatter("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]XXX"),
          formatter("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSS]xx"),
          formatter("yyyy-MM-dd'T'HH:mm[:ss][.SSS]xx"),
          formatter("EEE, d MMM yyyy HH:mm[:ss] z"),
          formatter("EEE MMM d HH:mm:ss z yyyy"));
  private static final List<DateTimeFormatter> LOCAL_TIMES =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          formatter("yyyy-MM-dd HH:mm[:ss][.SSSSSS][.SSS][.SS][.S]"),
          formatter("yyyy/MM/dd HH:mm[:ss]"),
          formatter("d-MMM-yyyy HH:mm:ss[.SS][.S]"),
          formatter("MMMM d, yyyy[,] h:mm a"),
          formatter("MMM d, yyyy[,] h:mm a"));
  private static final List<DateTimeFormatter> DAYS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          formatter("yyyy/M/d"),
          formatter("yyyy.M.d"),
          formatter("MMMM d, yyyy"),
          formatter("MMM d, yyyy"),
          formatter("MMM. d, yyyy"),
          formatter("d MMMM yyyy"),
          formatter("d MMM yyyy"),
          formatter("d-MMM-yyyy"),
          formatter("EEEE, MMMM d, yyyy"),
          formatter("yyyyMMdd"));

  private DateFormats() {}

  /** The date a string denotes, with its precision; empty when no known form fits. */
  static Optional<ResolvedDate> parse(String text, DateSource source) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.endsWith("Z") && s.contains(" ") && !s.contains("T")) {
      s = s.replace(' ', 'T');
    }
    try {
      return Optional.of(new ResolvedDate(Instant.parse(s), DatePrecision.SECOND, source));
    } catch (DateTimeParseException e) {
      // not an ISO instant; try the other forms
    }
    for (DateTimeFormatter f : ZONED) {
      Optional<Instant> i = attempt(s, f).map(t -> ZonedDateTime.from(t).toInstant());
      if (i.isPresent()) {
        return Optional.of(new ResolvedDate(i.get(), DatePrecision.SECOND, source));
      }
    }
    for (DateTimeFormatter f : LOCAL_TIMES) {
      Optional<Instant> i = attempt(s, f).map(t -> LocalDateTime.from(t).toInstant(ZoneOffset.UTC));
      if (i.isPresent()) {
        return Optional.of(new ResolvedDate(i.get(), DatePrecision.SECOND, source));
      }
    }
    for (DateTimeFormatter f : DAYS) {
      Optional<LocalDate> d = attempt(s, f).map(LocalDate::from);
      if (d.isPresent()) {
        return Optional.of(ResolvedDate.ofDay(d.get(), source));
      }
    }
    return coarse(s, source);
  }

  private static Optional<ResolvedDate> coarse(String s, DateSource source) {
    if (EPOCH.matcher(s).matches()) {
      long n = Long.parseLong(s);
      Instant i = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
      return Optional.of(new ResolvedDate(i, DatePrecision.SECOND, source));
    }
    var ym = YEAR_MONTH.matcher(s);
    if (ym.matches()) {
      int month = Integer.parseInt(ym.group(2));
      if (month >= 1 && month <= 12) {
        LocalDate d = LocalDate.of(Integer.parseInt(ym.group(1)), month, 1);
        return Optional.of(
            new ResolvedDate(
                d.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.MONTH, source));
      }
    }
    if (YEAR.matcher(s).matches()) {
      LocalDate d = LocalDate.of(Integer.parseInt(s), 1, 1);
      return Optional.of(
          new ResolvedDate(d.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.YEAR, source));
    }
    return Optional.empty();
  }

  private static Optional<TemporalAccessor> attempt(String s, DateTimeFormatter f) {
    try {
      return Optional.of(f.parse(s));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static DateTimeFormatter formatter(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }
}
