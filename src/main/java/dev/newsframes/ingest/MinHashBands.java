package dev.newsframes.ingest;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures cut into bands, and the Jaccard similarity they estimate, for near-duplicate
 * detection.
 *
 * <p>Hand-written because Spark MLlib's {@code MinHashLSH} makes each hash table of one MinHash (OR
 * of single hashes, no AND within a table): two texts become candidates as soon as one minimum
 * shingle agrees, so on a corpus whose texts share common phrases the candidate pairs, and the time
 * to check them, grow with the square of the corpus ({@code bench scale}: the join had not ended
 * after 15 minutes at 50,000 records). A band of {@value #ROWS} hashes must agree whole: texts of
 * Jaccard similarity J become candidates with probability 1 - (1 - J^r)^b, about 0.99996 at J = 0.8
 * and 0.025 at J = 0.05 with b = {@value #BANDS} bands of r = {@value #ROWS}.
 */
final class MinHashBands {
  static final int BANDS = 10;
  static final int ROWS = 2;
  // the prime and the (1 + x) * a + b family of Spark's MinHashLSH
  private static final long PRIME = 2038074743L;
  private static final long[] A = new long[BANDS * ROWS];
  private static final long[] B = new long[BANDS * ROWS];

  static {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < A.length; i++) {
      A[i] = 1 + random.nextLong(PRIME - 1);
      B[i] = random.nextLong(PRIME - 1);
    }
  }

  private MinHashBands() {}

  /** The shingles' distinct 32-bit hashes, sorted, as bytes (4 per hash, big-endian). */
  static byte[] hashes(List<String> shingles) {
    int[] h = new int[shingles.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = mix(shingles.get(i).hashCode());
    }
    int[] distinct = Arrays.stream(h).sorted().distinct().toArray();
    ByteBuffer out = ByteBuffer.allocate(distinct.length * 4);
    for (int v : distinct) {
      out.putInt(v);
    }
    return out.array();
  }

  /**
   * One key per band, each naming its band and the band's {@value #ROWS} minimum hashes: texts that
   * share a key are candidates. Empty for a text with no shingle.
   */
  static long[] bandKeys(byte[] hashes) {
    int[] h = ints(hashes);
    if (h.length == 0) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long key = band;
      for (int r = 0; r < ROWS; r++) {
        int f = band * ROWS + r;
        long min = Long.MAX_VALUE;
        for (int x : h) {
          long v = ((1L + (x & 0xffffffffL)) * A[f] + B[f]) % PRIME;
          min = Math.min(min, v);
        }
        key = key * 0x9E3779B97F4A7C15L + min;
      }
      keys[band] = key;
    }
    return keys;
  }

  /** The Jaccard similarity of two sets of hashes in {@link #hashes} form. */
  static double jaccard(byte[] a, byte[] b) {
    int[] x = ints(a);
    int[] y = ints(b);
    if (x.length == 0 && y.length == 0) {
      return 1.0;
    }
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < x.length && j < y.length) {
      if (x[i] == y[j]) {
        common++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) common / (x.length + y.length - common);
  }

  private static int[] ints(byte[] bytes) {
    int[] out = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(out);
    return out;
  }

  /** MurmurHash3's finaliser: spreads String.hashCode's bits over the whole int. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }
}
