package dev.newsframes.lab.evaluate;

import java.util.List;
import java.util.Map;

/**
 * One GVFC headline as the models see it: its main frame (Theme1, 1 to 9), its lemmas (lower case,
 * in order) and the lexicon's hits per frame id.
 */
public record GvfcHeadline(int theme, List<String> lemmas, Map<String, Integer> frameHits) {
  public GvfcHeadline {
    if (theme < 1 || theme > GvfcModels.FRAMES) {
      throw new IllegalArgumentException("GVFC main frame must be 1 to 9, got " + theme);
    }
    lemmas = List.copyOf(lemmas);
    frameHits = Map.copyOf(frameHits);
  }
}
