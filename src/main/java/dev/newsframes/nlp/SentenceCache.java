package dev.newsframes.nlp;

import dev.newsframes.common.Hashes;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The JVM's analyses of recently annotated sentences, per pipeline fingerprint, so that a sentence
 * repeated within a run (boilerplate, quotes, wire copies) goes through CoreNLP once per executor.
 *
 * <p>Keyed by a hash of the sentence's text and its tokens (word and offsets within the sentence,
 * as the document's tokenizer cut them); the fingerprint names the cache, so settings that change
 * annotation never share entries. Least recently used entries are dropped beyond {@link #CAPACITY}
 * (about 5 KB each, so some 80 MB at most). Hand-written on {@link LinkedHashMap}: the one LRU with
 * no extra dependency on the executors' classpath; its lock is held for a map operation, nothing
 * next to CoreNLP's seconds per document.
 */
public final class SentenceCache {
  /** Sentences kept per fingerprint and JVM. */
  static final int CAPACITY = 16_384;

  private static final ConcurrentMap<String, SentenceCache> BY_FINGERPRINT =
      new ConcurrentHashMap<>();

  private final Map<String, SentenceAnalysis> entries;

  SentenceCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, SentenceAnalysis> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The JVM's cache for annotation with this pipeline fingerprint. */
  static SentenceCache forFingerprint(String fingerprint) {
    return BY_FINGERPRINT.computeIfAbsent(fingerprint, f -> new SentenceCache(CAPACITY));
  }

  /**
   * Forgets every cached sentence: benchmarks measure each run from an empty cache, and a JVM that
   * releases its models drops these with them.
   */
  public static void clearAll() {
    BY_FINGERPRINT.values().forEach(SentenceCache::clear);
  }

  private synchronized void clear() {
    entries.clear();
  }

  /** The key of a sentence CoreNLP's tokenizer and splitter produced. */
  static String key(CoreMap sentence) {
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    StringBuilder b = new StringBuilder(sentence.get(CoreAnnotations.TextAnnotation.class));
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreLabel t : tokens) {
      b.append('\u0000')
          .append(t.word())
          .append('\u0001')
          .append(t.beginPosition() - begin)
          .append('\u0001')
          .append(t.endPosition() - begin);
    }
    return Hashes.sha256Hex(b.toString());
  }

  synchronized SentenceAnalysis get(String key) {
    return entries.get(key);
  }

  synchronized void put(String key, SentenceAnalysis analysis) {
    entries.put(key, analysis);
  }
}
