package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates written in URLs: {@code /2018/10/23/}, {@code /2018/10/} (month precision),
 * {@code /20181023/}, {@code /2018-10-23-slug}, and query parameters such as {@code
 * ?date=2018-10-23}.
 *
 * <p>Crawlers sometimes resolve a relative link against an article URL, producing paths like {@code
 * /2023/11/6/123/slug/2023/11/15/456/other-slug}. Only the first date of a path that comes before
 * any article slug (a segment of three or more hyphen-joined words that is not the first segment,
 * which may be a section such as {@code /science-and-technology/}) belongs to the page; later ones
 * are {@linkplain #appendedLinkDates appended links}. Years before 1990 or after next year are
 * ignored, which keeps story ids like {@code 23948426} and numbers like {@code /2048/12} from
 * reading as dates.
 */
public final class UrlDates {
  private static final Pattern YEAR = Pattern.compile("(?:199\\d|20\\d\\d)");
  private static final int FIRST_YEAR = 1990;
  private static final Pattern ONE_OR_TWO_DIGITS = Pattern.compile("\\d{1,2}");
  private static final Pattern COMPACT = Pattern.compile("((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)");
  private static final Pattern DASHED =
      Pattern.compile("((?:19|20)\\d\\d)-(\\d{1,2})-(\\d{1,2})(?:-.*)?");
  private static final Pattern SLUG =
      Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+){2,}");
  private static final Pattern QUERY_DATE =
      Pattern.compile(
          "(?:^|&)(?:date|published|pubdate|publish_date|d)=((?:19|20)\\d\\d-?\\d\\d-?\\d\\d)",
          Pattern.CASE_INSENSITIVE);

  private UrlDates() {}

  /** The page's own date in a URL, with {@link DateSource#URL}; empty when there is none. */
  public static Optional<ResolvedDate> find(String url) {
    if (url == null) {
      return Optional.empty();
    }
    List<Found> found = scanPath(path(url));
    if (!found.isEmpty() && !found.get(0).appended()) {
      return Optional.of(found.get(0).date());
    }
    return queryDate(url);
  }

  /** Days in the URL that belong to links a crawler appended to the page's own path. */
  public static List<LocalDate> appendedLinkDates(String url) {
    List<LocalDate> out = new ArrayList<>();
    if (url == null) {
      return out;
    }
    List<Found> found = scanPath(path(url));
    for (int i = 0; i < found.size(); i++) {
      if (i > 0 || found.get(i).appended()) {
        out.add(found.get(i).date().day());
      }
    }
    return out;
  }

  private record Found(ResolvedDate date, boolean appended) {}

  private static List<Found> scanPath(String path) {
    String[] seg = path.split("/");
    List<Found> out = new ArrayList<>();
    boolean afterSlug = false;
    int firstSegment = seg.length > 0 && seg[0].isEmpty() ? 1 : 0;
    for (int i = 0; i < seg.length; i++) {
      Optional<ResolvedDate> d = dateAt(seg, i);
      if (d.isPresent()) {
        out.add(new Found(d.get(), afterSlug || !out.isEmpty()));
        i += d.get().precision() == DatePrecision.MONTH ? 1 : segmentsOfDay(seg, i) - 1;
      } else if (i > firstSegment && SLUG.matcher(seg[i]).matches()) {
        afterSlug = true;
      }
    }
    return out;
  }

  private static Optional<ResolvedDate> dateAt(String[] seg, int i) {
    try {
      Matcher m;
      if ((m = COMPACT.matcher(seg[i])).matches() || (m = DASHED.matcher(seg[i])).matches()) {
        return Optional.of(day(m.group(1), m.group(2), m.group(3)));
      }
      if (!YEAR.matcher(seg[i]).matches() || !isSmall(seg, i + 1)) {
        return Optional.empty();
      }
      int month = Integer.parseInt(seg[i + 1]);
      if (month < 1 || month > 12) {
        return Optional.empty();
      }
      if (isSmall(seg, i + 2)) {
        return Optional.of(day(seg[i], seg[i + 1], seg[i + 2]));
      }
      LocalDate first = day(seg[i], seg[i + 1], "1").day();
      return Optional.of(
          new ResolvedDate(
              first.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.MONTH, DateSource.URL));
    } catch (DateTimeException e) {
      return Optional.empty(); // e.g. /2019/02/30/
    }
  }

  private static int segmentsOfDay(String[] seg, int i) {
    return COMPACT.matcher(seg[i]).matches() || DASHED.matcher(seg[i]).matches() ? 1 : 3;
  }

  private static boolean isSmall(String[] seg, int i) {
    return i < seg.length && ONE_OR_TWO_DIGITS.matcher(seg[i]).matches();
  }

  private static ResolvedDate day(String y, String m, String d) {
    LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    if (day.getYear() < FIRST_YEAR || day.getYear() > Year.now(ZoneOffset.UTC).getValue() + 1) {
      throw new DateTimeException("implausible web date " + day);
    }
    return ResolvedDate.ofDay(day, DateSource.URL);
  }

  private static Optional<ResolvedDate> queryDate(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return Optional.empty();
    }
    int hash = url.indexOf('#', q);
    String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
    Matcher m = QUERY_DATE.matcher(query);
    if (!m.find()) {
      return Optional.empty();
    }
    String digits = m.group(1).replace("-", "");
    try {
      return Optional.of(day(digits.substring(0, 4), digits.substring(4, 6), digits.substring(6)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The path of a URL without scheme, host, query and fragment; tolerant of malformed URLs. */
  public static String path(String url) {
    String s = url.strip();
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      int slash = s.indexOf('/', scheme + 3);
      s = slash < 0 ? "" : s.substring(slash);
    }
    int cut = s.length();
    for (char c : new char[] {'?', '#'}) {
      int i = s.indexOf(c);
      if (i >= 0) {
        cut = Math.min(cut, i);
      }
    }
    return s.substring(0, cut).toLowerCase(Locale.ROOT);
  }
}
