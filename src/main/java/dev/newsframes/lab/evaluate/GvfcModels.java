package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.StratifiedFolds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Classifiers of a GVFC headline's main frame (9 frames) and their cross-validated score. Each
 * model maps (train, test) to one frame per test headline.
 */
public final class GvfcModels {
  /** How many frames GVFC codes (Theme1 1 to 9). */
  public static final int FRAMES = 9;

  /**
   * GVFC Theme1 -> the lexicon frames that answer it: the gun-violence lexicon's
   * (jobs/gvfc-frames.yaml), then the shipped lexicon's Media Frames dimension
   * (docs/frame-presence.md, "GVFC").
   */
  public static final Map<Integer, List<String>> MAPPING =
      Map.of(
          1, List.of("gun_rights", "legality_constitutionality_jurisprudence"),
          2, List.of("gun_control", "policy_prescription_and_evaluation"),
          3, List.of("politics", "political"),
          4, List.of("mental_health", "health_and_safety"),
          5, List.of("school_safety", "security_and_defense"),
          6, List.of("race_ethnicity", "fairness_and_equality"),
          7, List.of("public_opinion"),
          8, List.of("society_culture", "cultural_identity"),
          9, List.of("economic_consequences", "economic"));

  static final Set<String> STOP =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "for", "and", "be", "at", "by", "with", "as",
          "after", "from", "it", "that", "this", "'s", ",", ".", ":", "''", "``", "?", "-lrb-",
          "-rrb-", "'", "\"");

  private GvfcModels() {}

  /** A model: (train, test) -> one frame (1 to 9) per test headline. */
  public interface Model extends BiFunction<List<GvfcHeadline>, List<GvfcHeadline>, int[]> {}

  /** Micro-F1 (= accuracy: one label per headline) and macro-F1 over the 9 frames. */
  public record Score(double micro, double macro, int headlines) {}

  /**
   * Theme -> the frame of {@code lexiconFrames} that answers it, from {@link #MAPPING} (first
   * listed wins); themes no frame answers are left out.
   */
  public static Map<Integer, String> mapping(Collection<String> lexiconFrames) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (int c = 1; c <= FRAMES; c++) {
      for (String id : MAPPING.get(c)) {
        if (lexiconFrames.contains(id)) {
          out.put(c, id);
          break;
        }
      }
    }
    return out;
  }

  /** {@code k}-fold cross-validation stratified by frame: every headline predicted once. */
  public static int[] crossValidate(List<GvfcHeadline> data, int k, long seed, Model model) {
    int[] folds =
        StratifiedFolds.assign(data.stream().mapToInt(GvfcHeadline::theme).toArray(), k, seed);
    int[] predicted = new int[data.size()];
    for (int fold = 0; fold < k; fold++) {
      List<GvfcHeadline> train = new ArrayList<>();
      List<GvfcHeadline> test = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (folds[i] == fold) {
          test.add(data.get(i));
          at.add(i);
        } else {
          train.add(data.get(i));
        }
      }
      int[] p = test.isEmpty() ? new int[0] : model.apply(train, test);
      for (int j = 0; j < p.length; j++) {
        predicted[at.get(j)] = p[j];
      }
    }
    return predicted;
  }

  /** Micro- and macro-F1 of {@code predicted} against the headlines' frames. */
  public static Score score(List<GvfcHeadline> gold, int[] predicted) {
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      correct += predicted[i] == gold.get(i).theme() ? 1 : 0;
    }
    double macro = 0;
    for (int c = 1; c <= FRAMES; c++) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < gold.size(); i++) {
        boolean g = gold.get(i).theme() == c;
        boolean p = predicted[i] == c;
        tp += g && p ? 1 : 0;
        fp += !g && p ? 1 : 0;
        fn += g && !p ? 1 : 0;
      }
      macro += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return new Score((double) correct / gold.size(), macro / FRAMES, gold.size());
  }

  /**
   * The mapped frame with most hits (ties: the more frequent frame in training); no hit: the
   * training majority. Fits only the class counts.
   */
  public static int[] mappingRule(
      List<GvfcHeadline> train, List<GvfcHeadline> test, Map<Integer, String> mapping) {
    int[] prior = new int[FRAMES + 1];
    train.forEach(h -> prior[h.theme()]++);
    int majority = 1;
    for (int c = 1; c <= FRAMES; c++) {
      majority = prior[c] > prior[majority] ? c : majority;
    }
    int[] out = new int[test.size()];
    for (int i = 0; i < out.length; i++) {
      int best = majority;
      int bestHits = 0;
      for (int c = 1; c <= FRAMES; c++) {
        String frame = mapping.get(c);
        int hits = frame == null ? 0 : test.get(i).frameHits().getOrDefault(frame, 0);
        if (hits > bestHits || (hits == bestHits && hits > 0 && prior[c] > prior[best])) {
          best = c;
          bestHits = hits;
        }
      }
      out[i] = best;
    }
    return out;
  }

  /** One-vs-rest L2 logistic regression over log(1 + hits) per frame and the top lemma flags. */
  public static int[] logistic(
      List<GvfcHeadline> train,
      List<GvfcHeadline> test,
      List<String> frames,
      int lemmas,
      double lambda) {
    List<String> vocabulary = vocabulary(train, lemmas);
    return oneVsRest(
        train, matrix(train, frames, vocabulary), matrix(test, frames, vocabulary), lambda);
  }

  /**
   * One-vs-rest L2 logistic regression over the headlines' sentence vectors ({@link
   * GvfcHeadline#vector}, which every headline must have).
   */
  public static int[] sentenceVectors(
      List<GvfcHeadline> train, List<GvfcHeadline> test, double lambda) {
    return oneVsRest(train, vectors(train), vectors(test), lambda);
  }

  private static double[][] vectors(List<GvfcHeadline> data) {
    double[][] x = new double[data.size()][];
    for (int i = 0; i < x.length; i++) {
      float[] v = data.get(i).vector();
      if (v.length == 0) {
        throw new IllegalArgumentException("headline " + (i + 1) + " has no sentence vector");
      }
      x[i] = new double[v.length];
      for (int j = 0; j < v.length; j++) {
        x[i][j] = v[j];
      }
    }
    return x;
  }

  /** Per test row the frame whose one-vs-rest model gives the highest probability. */
  private static int[] oneVsRest(
      List<GvfcHeadline> train, double[][] x, double[][] xt, double lambda) {
    double[][] prob = new double[xt.length][FRAMES + 1];
    for (int c = 1; c <= FRAMES; c++) {
      boolean[] y = new boolean[train.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = train.get(i).theme() == c;
      }
      LogisticRegression.Fit fit = LogisticRegression.fit(x, y, lambda);
      for (int i = 0; i < xt.length; i++) {
        prob[i][c] = fit.probability(xt[i]);
      }
    }
    int[] out = new int[xt.length];
    for (int i = 0; i < out.length; i++) {
      int best = 1;
      for (int c = 2; c <= FRAMES; c++) {
        best = prob[i][c] > prob[i][best] ? c : best;
      }
      out[i] = best;
    }
    return out;
  }

  /** Multinomial Naive Bayes over lemma counts (Laplace smoothing), vocabulary from training. */
  public static int[] naiveBayes(List<GvfcHeadline> train, List<GvfcHeadline> test) {
    return naiveBayes(train, test, List.of());
  }

  /**
   * The same with each hit of a lexicon frame as one more word ({@code frame:<id>}), so the lexicon
   * pools the evidence of its terms, including terms too rare to be learnt from the training
   * headlines.
   */
  public static int[] naiveBayes(
      List<GvfcHeadline> train, List<GvfcHeadline> test, List<String> frames) {
    return naiveBayesWords(words(train, frames), train, words(test, frames));
  }

  private static List<List<String>> words(List<GvfcHeadline> data, List<String> frames) {
    List<List<String>> out = new ArrayList<>();
    for (GvfcHeadline h : data) {
      List<String> w = new ArrayList<>(h.lemmas());
      for (String f : frames) {
        for (int n = 0; n < h.frameHits().getOrDefault(f, 0); n++) {
          w.add("frame:" + f);
        }
      }
      out.add(w);
    }
    return out;
  }

  private static int[] naiveBayesWords(
      List<List<String>> trainWords, List<GvfcHeadline> train, List<List<String>> testWords) {
    Map<Integer, Map<String, Integer>> counts = new HashMap<>();
    int[] docs = new int[FRAMES + 1];
    int[] totals = new int[FRAMES + 1];
    Set<String> vocabulary = new HashSet<>();
    for (int d = 0; d < train.size(); d++) {
      int theme = train.get(d).theme();
      docs[theme]++;
      for (String l : trainWords.get(d)) {
        if (!STOP.contains(l)) {
          counts.computeIfAbsent(theme, c -> new HashMap<>()).merge(l, 1, Integer::sum);
          totals[theme]++;
          vocabulary.add(l);
        }
      }
    }
    int[] out = new int[testWords.size()];
    for (int i = 0; i < out.length; i++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int c = 1; c <= FRAMES; c++) {
        double lp = Math.log((docs[c] + 1.0) / (train.size() + (double) FRAMES));
        for (String l : testWords.get(i)) {
          if (vocabulary.contains(l)) {
            int n = counts.getOrDefault(c, Map.of()).getOrDefault(l, 0);
            lp += Math.log((n + 1.0) / (totals[c] + vocabulary.size()));
          }
        }
        if (lp > best) {
          best = lp;
          out[i] = c;
        }
      }
    }
    return out;
  }

  private static List<String> vocabulary(List<GvfcHeadline> train, int size) {
    if (size == 0) {
      return List.of();
    }
    Map<String, Integer> df = new HashMap<>();
    for (GvfcHeadline h : train) {
      new HashSet<>(h.lemmas()).forEach(l -> df.merge(l, 1, Integer::sum));
    }
    return df.entrySet().stream()
        .filter(e -> !STOP.contains(e.getKey()) && e.getValue() >= 3)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(size)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static double[][] matrix(
      List<GvfcHeadline> data, List<String> frames, List<String> vocabulary) {
    double[][] x = new double[data.size()][frames.size() + vocabulary.size()];
    for (int i = 0; i < x.length; i++) {
      GvfcHeadline h = data.get(i);
      for (int j = 0; j < frames.size(); j++) {
        x[i][j] = Math.log1p(h.frameHits().getOrDefault(frames.get(j), 0));
      }
      Set<String> present = new HashSet<>(h.lemmas());
      for (int j = 0; j < vocabulary.size(); j++) {
        x[i][frames.size() + j] = present.contains(vocabulary.get(j)) ? 1 : 0;
      }
    }
    return x;
  }
}
