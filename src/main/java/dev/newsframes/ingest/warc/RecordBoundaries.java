package dev.newsframes.ingest.warc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next WARC record may start after bytes that could not be read: the next gzip
 * member header ({@code 1f 8b 08}) in a compressed WARC, the next line starting {@code WARC/1.} in
 * a plain one. A match is only a candidate: the reader tries it, and scans on if it fails too.
 */
final class RecordBoundaries {
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);

  private RecordBoundaries() {}

  /**
   * The offset, counted from the start of {@code in}, of the first candidate record start at or
   * after offset 1, or -1 if none. Reads {@code in} to the match or to its end.
   */
  static long next(InputStream in, boolean gzip) throws IOException {
    byte[] pattern = gzip ? GZIP_MAGIC : WARC_LINE;
    // a plain record starts after the newline that the pattern begins with
    int lead = gzip ? 0 : 1;
    InputStream s = new BufferedInputStream(in, 1 << 16);
    int matched = 0;
    long offset = 0;
    for (int b = s.read(); b >= 0; b = s.read(), offset++) {
      matched = step(pattern, matched, (byte) b);
      if (matched == pattern.length) {
        long start = offset - pattern.length + 1 + lead;
        if (start >= 1) {
          return start;
        }
        matched = 0;
      }
    }
    return -1;
  }

  /** Advances a match of {@code pattern}; its first byte never recurs in it, so no table needed. */
  private static int step(byte[] pattern, int matched, byte b) {
    if (b == pattern[matched]) {
      return matched + 1;
    }
    return b == pattern[0] ? 1 : 0;
  }
}
