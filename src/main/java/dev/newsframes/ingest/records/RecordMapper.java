package dev.newsframes.ingest.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsframes.ingest.dates.DateParser;
import dev.newsframes.ingest.html.MarkupText;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.ingest.model.Sources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps one structured record (a JSON object, or a CSV or Parquet row seen as one) onto an article.
 * A record without any text becomes a {@link RejectReason#MISSING_FIELD} reject.
 */
public final class RecordMapper {
  /** Called for records carrying HTML instead of text; returns the extracted article. */
  @FunctionalInterface
  public interface HtmlExtractor {
    Optional<Article> extract(String html, PageContext ctx, long position);
  }

  private RecordMapper() {}

  /** The outcome of mapping one record. */
  public sealed interface Mapped permits Ok, Failed {}

  public record Ok(Article article) implements Mapped {}

  public record Failed(Reject reject) implements Mapped {}

  /** Maps a record at {@code position} (line, row or array index) of {@code ctx.inputFile()}. */
  public static Mapped map(
      JsonNode record, long position, FieldMapping mapping, PageContext ctx, HtmlExtractor html) {
    String text = text(record, mapping.candidates(RecordField.TEXT)).orElse("");
    String summary = text(record, mapping.candidates(RecordField.SUMMARY)).orElse("");
    Optional<String> rawHtml = scalar(record, mapping.candidates(RecordField.HTML));
    Optional<String> url = scalar(record, mapping.candidates(RecordField.URL)).or(ctx::url);
    Optional<ResolvedDate> crawl =
        scalar(record, mapping.candidates(RecordField.CRAWL_TIME))
            .flatMap(s -> DateParser.parse(s, DateSource.METADATA))
            .or(ctx::crawlTime);
    PageContext recordCtx =
        new PageContext(ctx.inputFile(), url, ctx.title(), ctx.published(), crawl);
    if (text.isBlank() && rawHtml.isPresent()) {
      Optional<Article> extracted = html.extract(rawHtml.get(), recordCtx, position);
      if (extracted.isPresent()) {
        return new Ok(extracted.get());
      }
    }
    if (text.isBlank() && summary.isBlank()) {
      return new Failed(
          new Reject(
              ctx.inputFile(),
              position,
              RejectReason.MISSING_FIELD,
              "record has no text; looked for "
                  + mapping.candidates(RecordField.TEXT)
                  + " and "
                  + mapping.candidates(RecordField.SUMMARY)
                  + " (map one with --field text=COLUMN)",
              record.toString()));
    }
    return new Ok(article(record, position, mapping, recordCtx, text, summary));
  }

  private static Article article(
      JsonNode record,
      long position,
      FieldMapping m,
      PageContext ctx,
      String text,
      String summary) {
    Optional<String> rawDate = scalar(record, m.candidates(RecordField.DATE));
    Optional<ResolvedDate> published =
        rawDate.flatMap(s -> DateParser.parse(s, DateSource.METADATA));
    return Article.builder(ctx.inputFile(), "records")
        .position(position)
        .url(ctx.url().orElse(null))
        .title(scalar(record, m.candidates(RecordField.TITLE)).orElse(""))
        .body(text)
        .summary(summary.equals(text) ? "" : summary)
        .source(
            scalar(record, m.candidates(RecordField.SOURCE))
                .or(() -> ctx.url().flatMap(Sources::fromUrl))
                .orElse(null))
        .authors(authors(record, m.candidates(RecordField.AUTHORS)))
        .published(published.orElse(null))
        .dateIssue(rawDate.isPresent() && published.isEmpty() ? Article.UNREADABLE_DATE : null)
        .crawlTime(ctx.crawlTime().map(ResolvedDate::instant).orElse(null))
        .language(
            scalar(record, m.candidates(RecordField.LANGUAGE))
                .map(RecordMapper::languageCode)
                .orElse(null))
        .build();
  }

  /** The first candidate that holds a scalar value, as text. */
  static Optional<String> scalar(JsonNode record, List<String> candidates) {
    for (String name : candidates) {
      JsonNode v = lookup(record, name);
      if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
        return Optional.of(v.asText().strip());
      }
    }
    return Optional.empty();
  }

  /**
   * The first candidate with text; arrays and objects contribute all their strings in order. Text
   * holding HTML markup is reduced to what a browser shows ({@link MarkupText}).
   */
  static Optional<String> text(JsonNode record, List<String> candidates) {
    for (String name : candidates) {
      JsonNode v = lookup(record, name);
      if (v != null) {
        List<String> parts = new ArrayList<>();
        collectStrings(v, parts);
        String joined = String.join("\n\n", parts).strip();
        if (MarkupText.looksLikeMarkup(joined)) {
          joined = MarkupText.toText(joined).strip();
        }
        if (!joined.isEmpty()) {
          return Optional.of(joined);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> authors(JsonNode record, List<String> candidates) {
    for (String name : candidates) {
      JsonNode v = lookup(record, name);
      if (v != null && !v.isNull()) {
        List<String> parts = new ArrayList<>();
        collectStrings(v, parts);
        if (!parts.isEmpty()) {
          return parts.size() == 1 ? splitAuthors(parts.get(0)) : parts;
        }
      }
    }
    return List.of();
  }

  private static List<String> splitAuthors(String s) {
    String cleaned = s.replaceFirst("(?i)^by\\s+", "");
    return Arrays.stream(cleaned.split("\\s*(?:,|;|\\band\\b)\\s*"))
        .map(String::strip)
        .filter(x -> !x.isEmpty())
        .toList();
  }

  private static void collectStrings(JsonNode v, List<String> out) {
    if (v.isTextual() && !v.asText().isBlank()) {
      out.add(v.asText().strip());
    } else if (v.isArray()) {
      v.forEach(e -> collectStrings(e, out));
    } else if (v.isObject()) {
      v.forEach(e -> collectStrings(e, out));
    }
  }

  /** A field by case-insensitive name; {@code a.b} descends into nested objects. */
  static JsonNode lookup(JsonNode record, String path) {
    JsonNode node = record;
    for (String part : path.split("\\.")) {
      if (node == null || !node.isObject()) {
        return null;
      }
      node = child(node, part);
    }
    return node;
  }

  private static JsonNode child(JsonNode obj, String name) {
    JsonNode exact = obj.get(name);
    if (exact != null) {
      return exact;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String languageCode(String s) {
    String code = s.strip().toLowerCase(Locale.ROOT);
    int sep = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
    return sep > 0 ? code.substring(0, sep) : code;
  }
}
