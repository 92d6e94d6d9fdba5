package dev.newsframes.lab.evaluate;

import dev.newsframes.lab.evaluate.GvfcStudy.Headline;
import dev.newsframes.trends.presence.LogisticRegression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** The GVFC classifiers compared by {@link GvfcStudy}; each maps (train, test) to test labels. */
final class GvfcModels {
  private GvfcModels() {}

  /** Micro-F1 (= accuracy for one label per headline) and macro-F1 over the 9 frames, CV. */
  static String score(
      List<Headline> data, int[] folds, BiFunction<List<Headline>, List<Headline>, int[]> model) {
    int k = 0;
    for (int f : folds) {
      k = Math.max(k, f + 1);
    }
    int[] predicted = new int[data.size()];
    for (int fold = 0; fold < k; fold++) {
      List<Headline> train = new ArrayList<>();
      List<Headline> test = new ArrayList<>();
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        if (folds[i] == fold) {
          test.add(data.get(i));
          at.add(i);
        } else {
          train.add(data.get(i));
        }
      }
      int[] p = model.apply(train, test);
      for (int j = 0; j < p.length; j++) {
        predicted[at.get(j)] = p[j];
      }
    }
    int correct = 0;
    double macro = 0;
    for (int c = 1; c <= 9; c++) {
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < data.size(); i++) {
        boolean gold = data.get(i).theme() == c;
        boolean pred = predicted[i] == c;
        tp += gold && pred ? 1 : 0;
        fp += !gold && pred ? 1 : 0;
        fn += gold && !pred ? 1 : 0;
      }
      macro += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    for (int i = 0; i < data.size(); i++) {
      correct += predicted[i] == data.get(i).theme() ? 1 : 0;
    }
    return String.format(
        Locale.ROOT, "micro %.3f macro %.3f", (double) correct / data.size(), macro / 9);
  }

  /**
   * The mapped frame with most hits (ties: the more frequent class in training); none: majority.
   */
  static int[] mappingRule(
      List<Headline> train, List<Headline> test, Map<Integer, String> mapping) {
    int[] prior = new int[10];
    train.forEach(h -> prior[h.theme()]++);
    int majority = 1;
    for (int c = 1; c <= 9; c++) {
      majority = prior[c] > prior[majority] ? c : majority;
    }
    int[] out = new int[test.size()];
    for (int i = 0; i < out.length; i++) {
      int best = majority;
      int bestHits = 0;
      for (int c = 1; c <= 9; c++) {
        int hits = test.get(i).frameHits().getOrDefault(mapping.get(c), 0);
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
  static int[] logistic(
      List<Headline> train, List<Headline> test, List<String> frames, int lemmas, double lambda) {
    List<String> vocabulary = vocabulary(train, lemmas);
    double[][] x = matrix(train, frames, vocabulary);
    double[][] xt = matrix(test, frames, vocabulary);
    double[][] prob = new double[test.size()][10];
    for (int c = 1; c <= 9; c++) {
      boolean[] y = new boolean[train.size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = train.get(i).theme() == c;
      }
      LogisticRegression.Fit fit = LogisticRegression.fit(x, y, lambda);
      for (int i = 0; i < xt.length; i++) {
        prob[i][c] = fit.probability(xt[i]);
      }
    }
    int[] out = new int[test.size()];
    for (int i = 0; i < out.length; i++) {
      int best = 1;
      for (int c = 2; c <= 9; c++) {
        best = prob[i][c] > prob[i][best] ? c : best;
      }
      out[i] = best;
    }
    return out;
  }

  /** Multinomial Naive Bayes over lemma counts (Laplace smoothing), vocabulary from training. */
  static int[] naiveBayes(List<Headline> train, List<Headline> test) {
    return naiveBayes(train, test, List.of());
  }

  /**
   * The same with each hit of a lexicon frame as one more word ({@code frame:<id>}), so the lexicon
   * pools the evidence of its terms, including terms too rare to be learnt from the training
   * headlines.
   */
  static int[] naiveBayes(List<Headline> train, List<Headline> test, List<String> frames) {
    return naiveBayesWords(words(train, frames), train, words(test, frames));
  }

  private static List<List<String>> words(List<Headline> data, List<String> frames) {
    List<List<String>> out = new ArrayList<>();
    for (Headline h : data) {
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
      List<List<String>> trainWords, List<Headline> train, List<List<String>> testWords) {
    Map<Integer, Map<String, Integer>> counts = new HashMap<>();
    int[] docs = new int[10];
    int[] totals = new int[10];
    Set<String> vocabulary = new HashSet<>();
    for (int d = 0; d < train.size(); d++) {
      Headline h = train.get(d);
      docs[h.theme()]++;
      for (String l : trainWords.get(d)) {
        if (!GvfcStudy.STOP.contains(l)) {
          counts.computeIfAbsent(h.theme(), c -> new HashMap<>()).merge(l, 1, Integer::sum);
          totals[h.theme()]++;
          vocabulary.add(l);
        }
      }
    }
    int[] out = new int[testWords.size()];
    for (int i = 0; i < out.length; i++) {
      double best = Double.NEGATIVE_INFINITY;
      for (int c = 1; c <= 9; c++) {
        double lp = Math.log((docs[c] + 1.0) / (train.size() + 9.0));
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

  private static List<String> vocabulary(List<Headline> train, int size) {
    if (size == 0) {
      return List.of();
    }
    Map<String, Integer> df = new HashMap<>();
    for (Headline h : train) {
      new HashSet<>(h.lemmas()).forEach(l -> df.merge(l, 1, Integer::sum));
    }
    return df.entrySet().stream()
        .filter(e -> !GvfcStudy.STOP.contains(e.getKey()) && e.getValue() >= 3)
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(size)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static double[][] matrix(
      List<Headline> data, List<String> frames, List<String> vocabulary) {
    double[][] x = new double[data.size()][frames.size() + vocabulary.size()];
    for (int i = 0; i < x.length; i++) {
      Headline h = data.get(i);
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
