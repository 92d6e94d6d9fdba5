package dev.newsframes.trends;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's lemmas and tokens, lower-cased and with hyphenated words split, position-aligned.
 *
 * <p>Standalone hyphen tokens are dropped (CoreNLP splits {@code pre-release} into three tokens),
 * so that hyphenated and spaced spellings of a phrase match alike.
 */
final class SentenceWords {
  private final List<String> lemmas;
  private final List<String> tokens;

  private SentenceWords(List<String> lemmas, List<String> tokens) {
    this.lemmas = lemmas;
    this.tokens = tokens;
  }

  static SentenceWords of(List<String> lemmas, List<String> tokens) {
    List<String> ls = new ArrayList<>();
    List<String> ts = new ArrayList<>();
    if (lemmas == null) {
      return new SentenceWords(ls, ts);
    }
    boolean useTokens = tokens != null && tokens.size() == lemmas.size();
    for (int i = 0; i < lemmas.size(); i++) {
      String lemma = lemmas.get(i) == null ? "" : lemmas.get(i);
      String token = useTokens && tokens.get(i) != null ? tokens.get(i) : lemma;
      List<String> lemmaParts = Terms.words(lemma);
      List<String> tokenParts = Terms.words(token);
      if (lemmaParts.isEmpty()) {
        continue; // a standalone hyphen or a blank token
      }
      if (tokenParts.size() != lemmaParts.size()) {
        tokenParts = lemmaParts;
      }
      ls.addAll(lemmaParts);
      ts.addAll(tokenParts);
    }
    return new SentenceWords(ls, ts);
  }

  int size() {
    return lemmas.size();
  }

  String lemma(int i) {
    return lemmas.get(i);
  }

  String token(int i) {
    return tokens.get(i);
  }

  /** Whether {@code words} match the positions starting at {@code start}, by lemma or token. */
  boolean matchesAt(List<String> words, int start) {
    if (start + words.size() > lemmas.size()) {
      return false;
    }
    for (int j = 0; j < words.size(); j++) {
      String w = words.get(j);
      if (!w.equals(lemmas.get(start + j)) && !w.equals(tokens.get(start + j))) {
        return false;
      }
    }
    return true;
  }

  /** The tokens of {@code [start, end)} joined by spaces. */
  String tokenSpan(int start, int end) {
    return String.join(" ", tokens.subList(start, end)).toLowerCase(Locale.ROOT);
  }
}
