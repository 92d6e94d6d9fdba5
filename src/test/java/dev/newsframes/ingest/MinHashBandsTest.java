package dev.newsframes.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MinHashBandsTest {
  private static List<String> shingles(String prefix, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(prefix + " shingle " + i);
    }
    return out;
  }

  private static long sharedBands(byte[] a, byte[] b) {
    long[] x = MinHashBands.bandKeys(a);
    long[] y = MinHashBands.bandKeys(b);
    long shared = 0;
    for (int i = 0; i < x.length; i++) {
      shared += x[i] == y[i] ? 1 : 0;
    }
    return shared;
  }

  @Test
  void jaccardIsExactOverDistinctShingles() {
    byte[] a = MinHashBands.hashes(List.of("a b", "b c", "c d", "c d"));
    byte[] b = MinHashBands.hashes(List.of("b c", "c d", "d e"));
    assertThat(a).hasSize(3 * 4);
    assertThat(MinHashBands.jaccard(a, b)).isCloseTo(2.0 / 4.0, within(1e-12));
    assertThat(MinHashBands.jaccard(a, a)).isEqualTo(1.0);
    assertThat(MinHashBands.jaccard(a, MinHashBands.hashes(List.of("x y")))).isZero();
  }

  @Test
  void aNearCopySharesBandsAndAnUnrelatedTextNone() {
    List<String> story = shingles("story", 300);
    List<String> copy = new ArrayList<>(story.subList(0, 285));
    copy.addAll(shingles("edit", 15)); // Jaccard 285 / 315 = 0.90
    byte[] s = MinHashBands.hashes(story);
    assertThat(MinHashBands.bandKeys(s)).hasSize(MinHashBands.BANDS);
    assertThat(sharedBands(s, MinHashBands.hashes(copy))).as("bands of a near copy").isPositive();
    assertThat(sharedBands(s, MinHashBands.hashes(shingles("other", 300)))).isZero();
    assertThat(MinHashBands.bandKeys(MinHashBands.hashes(List.of()))).isEmpty();
  }

  @Test
  void textsSharingAFewCommonPhrasesAreRarelyCandidates() {
    // 200 texts of 100 shingles, each with 5 drawn from 20 phrases common to the corpus
    // (Jaccard about 0.03): single-hash LSH makes most pairs candidates, bands almost none
    Random random = new Random(1);
    List<byte[]> texts = new ArrayList<>();
    for (int t = 0; t < 200; t++) {
      List<String> s = shingles("text" + t, 95);
      for (int k = 0; k < 5; k++) {
        s.add("common phrase " + random.nextInt(20));
      }
      texts.add(MinHashBands.hashes(s));
    }
    long candidates = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        candidates += sharedBands(texts.get(i), texts.get(j)) > 0 ? 1 : 0;
      }
    }
    assertThat(candidates).as("candidate pairs of 19,900").isLessThan(200);
  }
}
