package dev.newsframes.lab.evaluate;

import dev.newsframes.common.PrecisionRecall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level NER scores as in conlleval: a predicted span counts only if its boundaries and type
 * both match a gold span exactly.
 */
public record NerScores(Map<String, PrecisionRecall> byType) {
  public NerScores {
    byType = Map.copyOf(byType);
  }

  /** Scores of predicted against gold spans; every type seen on either side is reported. */
  public static NerScores of(List<EntitySpan> gold, List<EntitySpan> predicted) {
    Set<EntitySpan> goldSet = new HashSet<>(gold);
    Set<EntitySpan> predictedSet = new HashSet<>(predicted);
    Map<String, long[]> counts = new TreeMap<>(); // type -> {tp, fp, fn}
    for (EntitySpan p : predictedSet) {
      counts.computeIfAbsent(p.type(), t -> new long[3])[goldSet.contains(p) ? 0 : 1]++;
    }
    for (EntitySpan g : goldSet) {
      if (!predictedSet.contains(g)) {
        counts.computeIfAbsent(g.type(), t -> new long[3])[2]++;
      }
    }
    Map<String, PrecisionRecall> byType = new TreeMap<>();
    counts.forEach((t, c) -> byType.put(t, new PrecisionRecall(c[0], c[1], c[2])));
    return new NerScores(byType);
  }

  /** Micro average over all types. */
  public PrecisionRecall overall() {
    PrecisionRecall sum = new PrecisionRecall(0, 0, 0);
    for (PrecisionRecall pr : byType.values()) {
      sum = sum.plus(pr);
    }
    return sum;
  }

  /** Types in alphabetical order. */
  public List<String> types() {
    return new ArrayList<>(new TreeMap<>(byType).keySet());
  }
}
