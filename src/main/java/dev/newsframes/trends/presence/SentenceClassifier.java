package dev.newsframes.trends.presence;

import java.util.Arrays;
import java.util.Collection;

/**
 * How likely one sentence is to be a coder's quote for a frame, from its encoder state: an L2
 * logistic regression over the unit-length sentence state of {@code source}, fitted on the coders'
 * quote sentences of articles with the frame against sentences of articles without it.
 *
 * <p>A presence model reads it through two article inputs, {@link #MAX} and {@link #TOP3}: the
 * largest log-odds over the article's scored sentences (those with an entity mention, which the
 * entity-sentiment encoder reads anyway) and the mean of the three largest. An article without a
 * scored sentence gets the intercept for both, the log-odds of a sentence at the training mean.
 *
 * @param source the feature source the states come from, in {@code FeatureSource}'s form (the
 *     entity-sentiment head's {@code mean} part: {@link #DEFAULT_SOURCE})
 * @param fit the regression over the state's dimensions
 */
public record SentenceClassifier(String source, LogisticRegression.Fit fit) {
  /** The input: largest sentence log-odds of the article. */
  public static final String MAX = "sentences:max";

  /** The input: mean of the article's three largest sentence log-odds. */
  public static final String TOP3 = "sentences:top3";

  /**
   * The state of the shipped entity-sentiment head's encoder: bge-small's token states averaged
   * over the sentence and over layers 3 to 6.
   */
  public static final String DEFAULT_SOURCE = "bge-small-q:plain:mean:m3,4,5,6";

  public SentenceClassifier {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("a sentence classifier needs its state source");
    }
  }

  /** Whether {@code name} is one of the inputs a sentence classifier gives. */
  public static boolean isInput(String name) {
    return MAX.equals(name) || TOP3.equals(name);
  }

  /** The log-odds that the sentence of {@code state} is a quote for the frame. */
  public double logOdds(float[] state) {
    return fit.logOdds(toDouble(state));
  }

  /** {@link #MAX} and {@link #TOP3} over {@code states}: the intercept twice when empty. */
  public double[] summary(Collection<float[]> states) {
    if (states.isEmpty()) {
      return new double[] {fit.intercept(), fit.intercept()};
    }
    double[] s = states.stream().mapToDouble(this::logOdds).sorted().toArray();
    int n = Math.min(3, s.length);
    double top = 0;
    for (int i = 0; i < n; i++) {
      top += s[s.length - 1 - i];
    }
    return new double[] {s[s.length - 1], top / n};
  }

  /** The value of input {@code name} ({@link #MAX} or {@link #TOP3}) over {@code states}. */
  public double input(String name, Collection<float[]> states) {
    return input(name, summary(states));
  }

  /** The value of input {@code name} in a {@link #summary}. */
  static double input(String name, double[] summary) {
    return MAX.equals(name) ? summary[0] : summary[1];
  }

  /** A state as the regression's inputs. */
  static double[] toDouble(float[] state) {
    double[] x = new double[state.length];
    for (int j = 0; j < x.length; j++) {
      x[j] = state[j];
    }
    return x;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentenceClassifier c
        && source.equals(c.source)
        && fit.intercept() == c.fit.intercept()
        && Arrays.equals(fit.mean(), c.fit.mean())
        && Arrays.equals(fit.scale(), c.fit.scale())
        && Arrays.equals(fit.weights(), c.fit.weights());
  }

  @Override
  public int hashCode() {
    return source.hashCode() * 31 + Arrays.hashCode(fit.weights());
  }
}
