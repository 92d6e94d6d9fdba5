package dev.newsframes.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.parser.Parser;

/** Reads the fields of one JSON-LD article object into a {@link JsonLdArticle}. */
final class JsonLdFields {
  private JsonLdFields() {}

  static JsonLdArticle of(JsonNode article, Map<String, JsonNode> byId) {
    return new JsonLdArticle(
        text(article.path("headline")).or(() -> text(article.path("name"))),
        text(article.path("articleBody")).or(() -> text(article.path("text"))),
        names(article.path("author"), byId),
        text(article.path("datePublished")),
        text(article.path("dateCreated")),
        text(article.path("dateModified")),
        names(article.path("publisher"), byId).stream().findFirst(),
        text(article.path("description")),
        language(article.path("inLanguage")),
        text(article.path("url")).or(() -> url(article.path("mainEntityOfPage"))));
  }

  /** A string value (the first of an array), with entities decoded and whitespace trimmed. */
  static Optional<String> text(JsonNode node) {
    if (node.isArray() && node.size() > 0) {
      return text(node.get(0));
    }
    if (node.isTextual() || node.isNumber()) {
      String s = Parser.unescapeEntities(node.asText(), false).strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
    return Optional.empty();
  }

  private static List<String> names(JsonNode node, Map<String, JsonNode> byId) {
    List<String> names = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> names.addAll(names(n, byId)));
    } else if (node.isTextual()) {
      text(node).ifPresent(names::add);
    } else if (node.isObject()) {
      JsonNode resolved = node;
      if (!node.has("name") && node.path("@id").isTextual()) {
        resolved = byId.getOrDefault(node.path("@id").asText(), node);
      }
      text(resolved.path("name")).ifPresent(names::add);
    }
    return names;
  }

  private static Optional<String> language(JsonNode node) {
    if (node.isObject()) {
      return text(node.path("alternateName")).or(() -> text(node.path("name")));
    }
    return text(node);
  }

  private static Optional<String> url(JsonNode node) {
    if (node.isObject()) {
      return text(node.path("@id")).or(() -> text(node.path("url")));
    }
    return text(node);
  }
}
