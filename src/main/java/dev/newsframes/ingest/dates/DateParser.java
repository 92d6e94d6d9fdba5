package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date notations found in page metadata, bylines and URLs.
 *
 * <p>ISO 8601 in its common variants (space for {@code T}, offsets with or without colon, no
 * seconds), epoch seconds or milliseconds, RFC 1123, and written dates in English, German, French,
 * Spanish, Italian, Portuguese and Dutch ("May 12, 2019", "12. Mai 2019"). A time without zone is
 * taken as UTC; a date without time has day precision. Years outside 1900-2100 are rejected.
 */
public final class DateParser {
  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}(?!\\d)|UTC|GMT)?)?");
  private static final Pattern COMPACT =
      Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{4,6}Z?)?");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
  private static final String MONTH = "([A-Za-zÀ-ÿ]{3,10})\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?"
              + MONTH
              + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d])");
  private static final Pattern URL_DAY =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.-]|$)");
  private static final Pattern URL_COMPACT =
      Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)");
  private static final Pattern URL_MONTH = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2})/");

  private static final Map<String, Integer> MONTHS = MonthNames.ALL;

  private DateParser() {}

  /** Parses a whole metadata value, such as {@code 2019-05-12T08:30:00+02:00}. */
  public static Optional<ResolvedDate> parse(String raw, DateSource source) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = raw.strip();
    if (EPOCH.matcher(s).matches()) {
      long n = Long.parseLong(s);
      return valid(
          Instant.ofEpochMilli(s.length() == 13 ? n : n * 1000), DatePrecision.SECOND, source);
    }
    Matcher iso = ISO.matcher(s);
    if (iso.lookingAt()) {
      return iso(iso, source);
    }
    Matcher compact = COMPACT.matcher(s);
    if (compact.matches()) {
      return day(compact.group(1), compact.group(2), compact.group(3), source);
    }
    try {
      Instant i = ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return valid(i, DatePrecision.SECOND, source);
    } catch (DateTimeException e) {
      return find(s, source).or(() -> DateFormats.parse(s, source));
    }
  }

  /** Finds the first written date in free text, such as a byline; day precision. */
  public static Optional<ResolvedDate> find(String text, DateSource source) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      return iso(iso, source);
    }
    Matcher m = MONTH_DAY_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return day(m.group(3), String.valueOf(month), m.group(2), source);
      }
    }
    m = DAY_MONTH_YEAR.matcher(text);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return day(m.group(3), String.valueOf(month), m.group(1), source);
      }
    }
    m = NUMERIC.matcher(text);
    if (m.find()) {
      int a = Integer.parseInt(m.group(1));
      // dotted dates are day-first everywhere; slashed ones are month-first unless impossible
      boolean dayFirst = m.group(2).equals(".") || a > 12;
      return dayFirst
          ? day(m.group(4), m.group(3), m.group(1), source)
          : day(m.group(4), m.group(1), m.group(3), source);
    }
    return Optional.empty();
  }

  /** The date in a URL path such as {@code /2019/05/12/} (day) or {@code /2019/05/} (month). */
  public static Optional<ResolvedDate> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DAY.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), DateSource.URL);
    }
    m = URL_COMPACT.matcher(url);
    if (m.find()) {
      return day(m.group(1), m.group(2), m.group(3), DateSource.URL);
    }
    m = URL_MONTH.matcher(url);
    if (m.find()) {
      try {
        LocalDate first =
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        return valid(
            first.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.MONTH, DateSource.URL);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<ResolvedDate> iso(Matcher m, DateSource source) {
    if (m.group(4) == null) {
      return day(m.group(1), m.group(2), m.group(3), source);
    }
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      ZoneOffset offset = offset(m.group(7));
      DatePrecision precision = m.group(6) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
      return valid(local.toInstant(offset), precision, source);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static Integer month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  private static Optional<ResolvedDate> day(String y, String m, String d, DateSource source) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
      return valid(date.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.DAY, source);
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<ResolvedDate> valid(Instant i, DatePrecision p, DateSource source) {
    int year = LocalDate.ofInstant(i, ZoneOffset.UTC).getYear();
    return year < 1900 || year > 2100
        ? Optional.empty()
        : Optional.of(new ResolvedDate(i, p, source));
  }

  /** Whether {@code date} lies after {@code crawl} by more than its own precision allows. */
  public static boolean isAfter(ResolvedDate date, ResolvedDate crawl) {
    Instant crawlEnd =
        crawl.precision().compareTo(DatePrecision.DAY) >= 0
            ? crawl.instant().plusSeconds(86_400)
            : crawl.instant().plusSeconds(3_600);
    return date.instant().isAfter(crawlEnd);
  }
}
