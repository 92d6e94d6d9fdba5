package dev.newsframes.ingest.records;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads UTF-8 lines of at most a given number of bytes: a longer line is skipped to its end and
 * reported by its length, never held in memory, so one enormous record (a gzip bomb of a single
 * line) cannot exhaust the heap.
 */
final class BoundedLineReader {
  /** A line's text, or only its length when it is longer than the limit. */
  record Line(Optional<String> text, long bytes) {}

  private final InputStream in;
  private final long maxBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;

  BoundedLineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}); empty at the end. */
  Optional<Line> next() throws IOException {
    line.reset();
    long bytes = 0;
    boolean newline = false;
    while (!newline) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (bytes == 0) {
            return Optional.empty();
          }
          break;
        }
      }
      int from = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - from;
      if (pos < end) {
        newline = true;
        pos++;
      }
      if (bytes + n <= maxBytes) {
        line.write(buf, from, n);
      } else if (line.size() > 0) {
        line.reset(); // over the limit: stop holding it, count to the end of the line
      }
      bytes += n;
      if (newline && bytes == 0) {
        return Optional.of(new Line(Optional.of(""), 0));
      }
    }
    if (bytes > maxBytes) {
      return Optional.of(new Line(Optional.empty(), bytes));
    }
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    return Optional.of(new Line(Optional.of(text), bytes));
  }
}
