package dev.newsframes.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Real news sentences and titles to build benchmark corpora from: Reuters-21578, the China trade
 * sets and the ai-tech page dumps of {@code ../shared/corpora}, whatever of them is present.
 */
public final class SentencePool {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"“])");
  private static final int MIN_CHARS = 40;
  private static final int MAX_CHARS = 400;

  private final List<String> sentences;
  private final List<String> titles;

  private SentencePool(List<String> sentences, List<String> titles) {
    this.sentences = List.copyOf(sentences);
    this.titles = List.copyOf(titles);
  }

  /** The pool from a corpora folder; fails when it holds none of the known sets. */
  public static SentencePool load(Path corpora) throws IOException {
    List<String> sentences = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    reuters(corpora.resolve("dated/reuters21578/json-data"), sentences, titles);
    chinaTrade(corpora.resolve("dated/china-trade"), sentences, titles);
    pages(corpora.resolve("pages/ai-tech/pages"), sentences);
    if (sentences.isEmpty() || titles.isEmpty()) {
      throw new IOException("No benchmark texts under " + corpora + " (need dated/ or pages/)");
    }
    return new SentencePool(sentences, titles);
  }

  /** A pool of given texts (tests, or a caller with its own corpus). */
  public static SentencePool of(List<String> sentences, List<String> titles) {
    if (sentences.isEmpty() || titles.isEmpty()) {
      throw new IllegalArgumentException("A sentence pool needs sentences and titles");
    }
    return new SentencePool(sentences, titles);
  }

  public int size() {
    return sentences.size();
  }

  public String sentence(Random random) {
    return sentences.get(random.nextInt(sentences.size()));
  }

  public String title(Random random) {
    return titles.get(random.nextInt(titles.size()));
  }

  private static void reuters(Path dir, List<String> sentences, List<String> titles)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        for (JsonNode n : json.readTree(f.toFile())) {
          addTitle(n.path("title").asText(""), titles);
          split(n.path("body").asText("").replace('\n', ' '), sentences);
        }
      }
    }
  }

  private static void chinaTrade(Path dir, List<String> sentences, List<String> titles)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (CSVRecord r :
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setAllowMissingColumnNames(true)
                  .get()
                  .parse(in)) {
            for (String column : List.of("headline", "title")) {
              if (r.isMapped(column)) {
                addTitle(r.get(column), titles);
              }
            }
            for (String column : List.of("lead_paragraph", "text")) {
              if (r.isMapped(column)) {
                split(r.get(column), sentences);
              }
            }
          }
        }
      }
    }
  }

  private static void pages(Path dir, List<String> sentences) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        split(Files.readString(f, StandardCharsets.UTF_8), sentences);
      }
    }
  }

  private static void addTitle(String title, List<String> titles) {
    String t = title.strip();
    if (t.length() >= 10 && t.length() <= 200) {
      titles.add(t);
    }
  }

  private static void split(String text, List<String> sentences) {
    for (String s : SENTENCE_END.split(text)) {
      String t = s.strip();
      if (t.length() >= MIN_CHARS && t.length() <= MAX_CHARS) {
        sentences.add(t);
      }
    }
  }
}
