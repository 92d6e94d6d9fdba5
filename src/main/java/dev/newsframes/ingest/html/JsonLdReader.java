package dev.newsframes.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the article object from a page's JSON-LD scripts: NewsArticle, Article, BlogPosting and
 * kin, found at top level, in arrays, in {@code @graph} or as {@code mainEntity}.
 *
 * <p>Lenient: comments, trailing commas, raw control characters and HTML comment wrappers are
 * accepted, and a script that still does not parse is skipped. {@code @id} references (authors and
 * publishers in a {@code @graph}) are resolved. When several articles are present the one with the
 * longest body wins.
 */
final class JsonLdReader {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .build();

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "askpublicnewsarticle",
          "satiricalarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle",
          "report",
          "posting",
          "review",
          "medicalscholarlyarticle");

  private static final Set<String> PAGE_TYPES =
      Set.of("webpage", "itempage", "aboutpage", "collectionpage", "mediaobject", "videoobject");

  private JsonLdReader() {}

  /** The page's article object, or {@link JsonLdArticle#none()}. */
  static JsonLdArticle read(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type*=ld+json]")) {
      parse(script.data()).forEach(root -> flatten(root, objects));
    }
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode o : objects) {
      if (o.path("@id").isTextual()) {
        byId.putIfAbsent(o.path("@id").asText(), o);
      }
    }
    JsonNode article = pick(objects, ARTICLE_TYPES);
    if (article == null) {
      article = pick(objects, PAGE_TYPES);
    }
    return article == null ? JsonLdArticle.none() : JsonLdFields.of(article, byId);
  }

  private static List<JsonNode> parse(String raw) {
    String json = raw.strip();
    json = json.replace("<!--", "").replace("-->", "");
    json = json.replace("//<![CDATA[", "").replace("//]]>", "");
    json = json.replace("<![CDATA[", "").replace("]]>", "").strip();
    List<JsonNode> roots = new ArrayList<>();
    if (json.isEmpty()) {
      return roots;
    }
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(json)) {
      while (it.hasNextValue()) {
        roots.add(it.nextValue());
      }
    } catch (JsonProcessingException | RuntimeException e) {
      // keep whatever objects came before the broken part
    } catch (IOException e) {
      // not reachable for a string source
    }
    return roots;
  }

  // Iterative, so a hostile nesting depth cannot overflow the stack.
  private static void flatten(JsonNode root, List<JsonNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.push(root);
    int budget = 10_000;
    while (!todo.isEmpty() && budget-- > 0) {
      JsonNode node = todo.pop();
      if (node.isArray()) {
        for (int i = node.size() - 1; i >= 0; i--) {
          todo.push(node.get(i));
        }
      } else if (node.isObject()) {
        out.add(node);
        for (String key : new String[] {"@graph", "mainEntity", "itemListElement", "hasPart"}) {
          if (node.has(key)) {
            todo.push(node.get(key));
          }
        }
      }
    }
  }

  private static JsonNode pick(List<JsonNode> objects, Set<String> types) {
    JsonNode best = null;
    int bestLength = -1;
    for (JsonNode o : objects) {
      if (!hasType(o, types)) {
        continue;
      }
      int length = o.path("articleBody").asText("").length() + (o.has("headline") ? 1 : 0);
      if (length > bestLength) {
        best = o;
        bestLength = length;
      }
    }
    return best;
  }

  static boolean hasType(JsonNode o, Set<String> types) {
    Set<String> found = new LinkedHashSet<>();
    JsonNode type = o.path("@type");
    if (type.isArray()) {
      type.forEach(t -> found.add(t.asText("")));
    } else {
      found.add(type.asText(""));
    }
    for (String t : found) {
      String local = t.substring(t.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
      if (types.contains(local)) {
        return true;
      }
    }
    return false;
  }
}
