package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.FrameMatcher;
import dev.newsframes.trends.SentenceEntity;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.SentenceFrames;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Annotated articles read from a warehouse's Parquet tables with DuckDB, for studies outside Spark.
 *
 * <p>Lab tooling (test scope): loads the articles whose {@code input_file} ends with one of the
 * given page paths, or whose record position is listed, with their sentences and mentions; a
 * duplicate copy is read through its canonical article, which is the one annotated.
 */
final class StoredArticles {
  private StoredArticles() {}

  record Sentence(
      int index,
      int begin,
      String text,
      List<String> tokens,
      List<String> lemmas,
      List<SentenceEntity> entities) {}

  record Article(String key, String articleId, String title, List<Sentence> sentences) {
    /** The article's frame (and topic) hits, from the matchers given. */
    ArticleHits hits(FrameMatcher frames, Optional<FrameMatcher> topic) {
      List<SentenceFrames> out = new ArrayList<>();
      int titleSentences = 0;
      for (Sentence s : sentences) {
        if (!title.isEmpty() && s.begin() < title.length()) {
          titleSentences++;
        }
        List<FrameHit> hits = new ArrayList<>(frames.match(s.lemmas(), s.tokens(), s.entities()));
        topic.ifPresent(t -> hits.addAll(t.match(s.lemmas(), s.tokens(), s.entities())));
        if (!hits.isEmpty()) {
          out.add(new SentenceFrames(s.index(), hits));
        }
      }
      return new ArticleHits(sentences.size(), titleSentences, out);
    }
  }

  /**
   * Articles by key: the label {@code file} whose page path ends the article's {@code input_file}
   * ({@code byFile}), else the record position ({@code String.valueOf(position)}).
   */
  static Map<String, Article> load(Path warehouse, List<String> files, boolean byPosition)
      throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      String w = warehouse.toAbsolutePath().toString().replace("'", "''");
      st.execute(view("articles", w));
      st.execute(view("sentences", w));
      st.execute(view("mentions", w));
      Map<String, String[]> keyToArticle = new LinkedHashMap<>(); // key -> {annotated id, title}
      try (ResultSet rs =
          st.executeQuery(
              "SELECT input_file, position, coalesce(duplicate_of, article_id), title FROM articles"
                  + " WHERE kind = 'article' ORDER BY input_file, position")) {
        while (rs.next()) {
          String key =
              byPosition ? String.valueOf(rs.getLong(2)) : matchFile(rs.getString(1), files);
          if (key != null) {
            keyToArticle.putIfAbsent(key, new String[] {rs.getString(3), rs.getString(4)});
          }
        }
      }
      st.execute("CREATE TEMP TABLE wanted(article_id VARCHAR)");
      try (var ps = c.prepareStatement("INSERT INTO wanted VALUES (?)")) {
        // several labelled copies may share one canonical article: list it once
        for (String id : keyToArticle.values().stream().map(a -> a[0]).distinct().toList()) {
          ps.setString(1, id);
          ps.addBatch();
        }
        ps.executeBatch();
      }
      Map<String, Map<Integer, List<SentenceEntity>>> entities = mentions(st);
      Map<String, List<Sentence>> sentences = sentences(st, entities);
      Map<String, Article> out = new LinkedHashMap<>();
      keyToArticle.forEach(
          (key, a) ->
              out.put(key, new Article(key, a[0], a[1], sentences.getOrDefault(a[0], List.of()))));
      return out;
    }
  }

  private static String view(String table, String w) {
    return "CREATE VIEW "
        + table
        + " AS SELECT * FROM read_parquet('"
        + w
        + "/"
        + table
        + "/**/*.parquet', hive_partitioning = true, union_by_name = true)";
  }

  private static String matchFile(String inputFile, List<String> files) {
    for (String f : files) {
      if (inputFile.endsWith("/" + f) || inputFile.equals(f)) {
        return f;
      }
    }
    return null;
  }

  private static Map<String, Map<Integer, List<SentenceEntity>>> mentions(Statement st)
      throws SQLException {
    Map<String, Map<Integer, List<SentenceEntity>>> out = new HashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT m.article_id, sentence_index, canonical_entity, ner_type, text FROM mentions m"
                + " JOIN wanted USING (article_id) ORDER BY m.article_id, sentence_index, begin")) {
      while (rs.next()) {
        out.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
            .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
            .add(new SentenceEntity(rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    return out;
  }

  private static Map<String, List<Sentence>> sentences(
      Statement st, Map<String, Map<Integer, List<SentenceEntity>>> entities) throws SQLException {
    Map<String, List<Sentence>> out = new HashMap<>();
    try (ResultSet rs =
        st.executeQuery(
            "SELECT s.article_id, sentence_index, begin, tokens, lemmas, text FROM sentences s"
                + " JOIN wanted USING (article_id) ORDER BY s.article_id, sentence_index")) {
      while (rs.next()) {
        String id = rs.getString(1);
        int index = rs.getInt(2);
        List<SentenceEntity> ents =
            entities.getOrDefault(id, Map.of()).getOrDefault(index, List.of());
        out.computeIfAbsent(id, k -> new ArrayList<>())
            .add(
                new Sentence(
                    index,
                    rs.getInt(3),
                    rs.getString(6),
                    strings(rs.getArray(4)),
                    strings(rs.getArray(5)),
                    ents));
      }
    }
    return out;
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    return Arrays.stream(values).map(v -> v == null ? "" : v.toString()).toList();
  }
}
