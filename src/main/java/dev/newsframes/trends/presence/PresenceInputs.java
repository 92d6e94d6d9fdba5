package dev.newsframes.trends.presence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The named inputs of a presence model, computed from one article's hits for one frame.
 *
 * <p>Three kinds of name: a {@link PresenceFeature} key (counts of the frame itself, e.g. {@code
 * log_sentences}); {@code frame:<id>}, {@code log(1 + n)} of the article's sentences hitting
 * another frame or the topic (a regulation story is also told in legal and political words); and
 * {@code term:<term>}, {@code log(1 + n)} of the sentences where the frame matched that lexicon
 * term (so the fit can learn that "china" says less than "ai race"); and {@code with:<id>}, {@code
 * log(1 + n)} of the sentences hitting both the modelled frame and another frame or the topic (a
 * rivalry told in security words); and the {@link SentenceClassifier} inputs {@code sentences:max}
 * and {@code sentences:top3}, read from the article's sentence states. Unknown frames and terms
 * give 0, so a model keeps working when the lexicon loses a term.
 */
public final class PresenceInputs {
  /** Prefix of another frame's (or the topic's) sentence count. */
  public static final String FRAME = "frame:";

  /** Prefix of a term's sentence count within the modelled frame. */
  public static final String TERM = "term:";

  /** Prefix of the count of sentences hitting both the modelled frame and another one. */
  public static final String WITH = "with:";

  private PresenceInputs() {}

  /** The values of lexicon-only {@code names} for the article and {@code counts}' frame. */
  public static double[] vector(
      List<String> names, ArticleHits article, ArticleFrameFeatures counts) {
    return vector(names, article, counts, Optional.empty());
  }

  /**
   * The values of {@code names} for the article and the frame {@code counts} was computed for;
   * {@code sentences} scores the article's states for the sentence inputs.
   *
   * @throws IllegalArgumentException for a sentence input without a classifier
   */
  public static double[] vector(
      List<String> names,
      ArticleHits article,
      ArticleFrameFeatures counts,
      Optional<SentenceClassifier> sentences) {
    Map<String, Integer> frameSentences = new HashMap<>();
    Map<String, Integer> termSentences = termSentences(article, counts.frame());
    Map<String, Integer> withSentences = new HashMap<>();
    for (SentenceFrames s : article.sentences()) {
      boolean own = s.hits(counts.frame());
      for (FrameHit h : s.hits()) {
        frameSentences.merge(h.frameId(), 1, Integer::sum);
        if (own) {
          withSentences.merge(h.frameId(), 1, Integer::sum);
        }
      }
    }
    double[] x = new double[names.size()];
    double[] sentenceSummary = null; // both sentence inputs read one pass over the states
    for (int i = 0; i < x.length; i++) {
      String name = names.get(i);
      if (name.startsWith(FRAME)) {
        x[i] = Math.log1p(frameSentences.getOrDefault(name.substring(FRAME.length()), 0));
      } else if (name.startsWith(TERM)) {
        x[i] = Math.log1p(termSentences.getOrDefault(name.substring(TERM.length()), 0));
      } else if (name.startsWith(WITH)) {
        x[i] = Math.log1p(withSentences.getOrDefault(name.substring(WITH.length()), 0));
      } else if (SentenceClassifier.isInput(name)) {
        if (sentenceSummary == null) {
          sentenceSummary =
              sentences
                  .orElseThrow(() -> new IllegalArgumentException(name + " needs a classifier"))
                  .summary(article.states());
        }
        x[i] = SentenceClassifier.input(name, sentenceSummary);
      } else {
        x[i] = PresenceFeature.ofKey(name).orElseThrow(() -> unknown(name)).of(counts);
      }
    }
    return x;
  }

  /**
   * How many of the article's sentences each of {@code frame}'s matched terms hits, in term order:
   * the {@code term:} inputs' counts.
   */
  public static Map<String, Integer> termSentences(ArticleHits article, String frame) {
    Map<String, Integer> out = new TreeMap<>();
    for (SentenceFrames s : article.sentences()) {
      s.hit(frame).ifPresent(h -> h.matchedTerms().forEach(t -> out.merge(t, 1, Integer::sum)));
    }
    return out;
  }

  /** Why {@code name} is not an input, or empty when it is one. */
  public static Optional<String> problem(String name) {
    if ((name.startsWith(FRAME) && name.length() > FRAME.length())
        || (name.startsWith(TERM) && name.length() > TERM.length())
        || (name.startsWith(WITH) && name.length() > WITH.length())
        || SentenceClassifier.isInput(name)
        || PresenceFeature.ofKey(name).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(unknown(name).getMessage());
  }

  /**
   * The frame's terms matched in at least {@code minArticles} of {@code articles}, as {@code term:}
   * names in alphabetical order. Uses no labels, so it may run on all articles of a fold.
   */
  public static List<String> frequentTerms(
      List<ArticleHits> articles, String frame, int minArticles) {
    Map<String, Integer> df = new TreeMap<>();
    for (ArticleHits a : articles) {
      Set<String> terms = new HashSet<>();
      a.sentences().forEach(s -> s.hit(frame).ifPresent(h -> terms.addAll(h.matchedTerms())));
      terms.forEach(t -> df.merge(t, 1, Integer::sum));
    }
    List<String> out = new ArrayList<>();
    df.forEach(
        (t, n) -> {
          if (n >= minArticles) {
            out.add(TERM + t);
          }
        });
    return out;
  }

  private static IllegalArgumentException unknown(String name) {
    return new IllegalArgumentException(
        "unknown feature '"
            + name
            + "' (a count such as log_sentences, frame:<id> or term:<term>)");
  }
}
