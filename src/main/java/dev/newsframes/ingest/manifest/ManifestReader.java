package dev.newsframes.ingest.manifest;

import dev.newsframes.ingest.dates.DateValues;
import dev.newsframes.ingest.manifest.ManifestColumns.Field;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a manifest CSV (a header row, then one row per dumped page) into a {@link Manifest}.
 *
 * <p>Never throws: an unreadable file, a missing file column, rows without a file, unparseable
 * dates, urls that are not absolute http(s) URLs and broken quoting become {@link
 * ManifestProblem}s, and every usable row is kept.
 */
public final class ManifestReader {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();

  private ManifestReader() {}

  /** Reads a UTF-8 manifest file. */
  public static Manifest read(Path csv, ManifestColumns columns) {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return read(r, columns);
    } catch (IOException | UncheckedIOException e) {
      return new Manifest(
          List.of(), List.of(new ManifestProblem(0, "cannot read manifest " + csv + ": " + e)));
    }
  }

  /** Reads manifest CSV text; the caller closes the reader. */
  public static Manifest read(Reader reader, ManifestColumns columns) {
    List<ManifestEntry> entries = new ArrayList<>();
    List<ManifestProblem> problems = new ArrayList<>();
    try {
      CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
      Iterator<CSVRecord> it = parser.iterator();
      if (!it.hasNext()) {
        problems.add(new ManifestProblem(0, "manifest is empty: no header row"));
        return new Manifest(entries, problems);
      }
      Map<Field, Integer> index = headerIndex(it.next(), columns, problems);
      if (!index.containsKey(Field.FILE)) {
        return new Manifest(entries, problems);
      }
      readRows(parser, it, index, entries, problems);
    } catch (IOException | UncheckedIOException e) {
      problems.add(new ManifestProblem(0, "cannot read manifest: " + rootMessage(e)));
    }
    return new Manifest(entries, problems);
  }

  private static void readRows(
      CSVParser parser,
      Iterator<CSVRecord> it,
      Map<Field, Integer> index,
      List<ManifestEntry> entries,
      List<ManifestProblem> problems) {
    long line = parser.getCurrentLineNumber() + 1;
    try {
      while (it.hasNext()) {
        CSVRecord rec = it.next();
        row(rec, line, index, problems).ifPresent(entries::add);
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      // commons-csv reports broken quoting while iterating; rows before it are kept
      problems.add(
          new ManifestProblem(line, "cannot parse CSV here, rest ignored: " + rootMessage(e)));
    }
  }

  private static Map<Field, Integer> headerIndex(
      CSVRecord header, ManifestColumns columns, List<ManifestProblem> problems) {
    List<String> names = new ArrayList<>();
    for (String h : header) {
      names.add(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
    }
    Map<Field, Integer> index = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      for (String wanted : columns.headers(f)) {
        int i = names.indexOf(wanted.toLowerCase(Locale.ROOT));
        if (i >= 0) {
          index.put(f, i);
          break;
        }
      }
    }
    if (!index.containsKey(Field.FILE)) {
      problems.add(
          new ManifestProblem(
              1,
              "no file column: expected one of "
                  + columns.headers(Field.FILE)
                  + " in header "
                  + names
                  + "; manifest ignored"));
    }
    return index;
  }

  private static Optional<ManifestEntry> row(
      CSVRecord rec, long line, Map<Field, Integer> index, List<ManifestProblem> problems) {
    String file = cell(rec, index, Field.FILE);
    if (file == null) {
      problems.add(new ManifestProblem(line, "no value in the file column; row skipped"));
      return Optional.empty();
    }
    String dateText = cell(rec, index, Field.DATE);
    ResolvedDate published = DateValues.parse(dateText, DateSource.MANIFEST).orElse(null);
    if (dateText != null && published == null) {
      problems.add(
          new ManifestProblem(
              line, "cannot parse date \"" + dateText + "\" for " + file + "; kept without date"));
    }
    String crawlText = cell(rec, index, Field.CRAWL_TIME);
    Instant crawl =
        DateValues.parse(crawlText, DateSource.MANIFEST).map(ResolvedDate::instant).orElse(null);
    if (crawlText != null && crawl == null) {
      problems.add(
          new ManifestProblem(
              line,
              "cannot parse crawl time \"" + crawlText + "\" for " + file + "; kept without it"));
    }
    String url = cell(rec, index, Field.URL);
    if (url != null && !isWebUrl(url)) {
      problems.add(
          new ManifestProblem(
              line,
              "url \""
                  + url
                  + "\" for "
                  + file
                  + " is not an absolute http(s) URL; kept without url"));
      url = null;
    }
    return Optional.of(
        new ManifestEntry(file, url, cell(rec, index, Field.TITLE), published, crawl, line));
  }

  static boolean isWebUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String cell(CSVRecord rec, Map<Field, Integer> index, Field f) {
    Integer i = index.get(f);
    if (i == null || i >= rec.size()) {
      return null;
    }
    String v = rec.get(i);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
