package dev.newsframes.trends.presence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Assigns examples to k cross-validation folds with the same share of positives in each.
 *
 * <p>Each stratum (positives, negatives) is shuffled with one {@code new Random(seed)} and dealt
 * round robin, each continuing where the previous stopped, so fold sizes differ by at most one and
 * the same labels and seed always give the same folds.
 */
public final class StratifiedFolds {
  private StratifiedFolds() {}

  /** The fold, in {@code [0, k)}, of each example, stratified by its label. */
  public static int[] assign(boolean[] labels, int k, long seed) {
    int[] strata = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      strata[i] = labels[i] ? 0 : 1;
    }
    return assign(strata, k, seed);
  }

  /**
   * The fold, in {@code [0, k)}, of each example, stratified by {@code strata} (small non-negative
   * codes, e.g. one per combination of two labels); strata are dealt in increasing code order.
   */
  public static int[] assign(int[] strata, int k, long seed) {
    if (k < 2 || k > strata.length) {
      throw new IllegalArgumentException(
          "need 2 <= k <= " + strata.length + " examples, got k = " + k);
    }
    SortedMap<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < strata.length; i++) {
      groups.computeIfAbsent(strata[i], s -> new ArrayList<>()).add(i);
    }
    Random random = new Random(seed);
    int[] folds = new int[strata.length];
    int next = 0;
    for (List<Integer> group : groups.values()) {
      Collections.shuffle(group, random);
      for (int i : group) {
        folds[i] = next++ % k;
      }
    }
    return folds;
  }
}
