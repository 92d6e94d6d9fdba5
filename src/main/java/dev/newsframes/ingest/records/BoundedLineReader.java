package dev.newsframes.ingest.records;

import dev.newsframes.common.StrictUtf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.ReaderInputStream;

/**
 * Reads UTF-8 lines of at most a given number of bytes: a longer line is skipped to its end and
 * reported by its length, never held in memory, so one enormous record (a gzip bomb of a single
 * line) cannot exhaust the heap. A line that is not UTF-8 (invalid sequences, or NUL bytes as
 * UTF-16 has) comes without text; a UTF-16LE line's newline {@code 0A 00} is taken whole, so its
 * {@code 00} does not spoil the next line.
 *
 * <p>Readers pass their stream through {@link #decodedByItsMark} first, so a file that starts with
 * a byte-order mark is read in the encoding it names.
 */
final class BoundedLineReader {
  /** A line's text, or only its length when it is longer than the limit or not UTF-8. */
  record Line(Optional<String> text, long bytes, Encoding encoding) {}

  /** Whether a line's bytes decode as UTF-8. */
  enum Encoding {
    UTF_8,
    NOT_UTF_8
  }

  private final InputStream in;
  private final long maxBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int end;
  private boolean utf16Newline;

  BoundedLineReader(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * {@code in} as UTF-8 bytes when it starts with a UTF-16 byte-order mark (as Windows tools write
   * "Unicode" text), without any mark, so a UTF-8 mark does not begin the first line. Streamed: the
   * line limit still holds.
   */
  static InputStream decodedByItsMark(InputStream in) throws IOException {
    BOMInputStream marked =
        BOMInputStream.builder()
            .setInputStream(in)
            .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE)
            .get();
    String charset = marked.getBOMCharsetName();
    if (charset == null || charset.equals(StandardCharsets.UTF_8.name())) {
      return marked;
    }
    return ReaderInputStream.builder()
        .setReader(new InputStreamReader(marked, charset))
        .setCharset(StandardCharsets.UTF_8)
        .get();
  }

  /** The next line without its terminator ({@code \n} or {@code \r\n}); empty at the end. */
  Optional<Line> next() throws IOException {
    line.reset();
    long bytes = 0;
    boolean newline = false;
    boolean nul = false;
    while (!newline) {
      if (pos == end && !fill()) {
        if (bytes == 0) {
          return Optional.empty();
        }
        break;
      }
      if (utf16Newline && buf[pos] == 0) {
        pos++; // the second byte of a UTF-16LE newline
        utf16Newline = false;
        continue;
      }
      utf16Newline = false;
      int from = pos;
      while (pos < end && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - from;
      for (int i = from; i < pos && !nul; i++) {
        nul = buf[i] == 0;
      }
      if (pos < end) {
        newline = true;
        utf16Newline = n > 0 && buf[pos - 1] == 0;
        pos++;
      }
      if (bytes + n <= maxBytes) {
        line.write(buf, from, n);
      } else if (line.size() > 0) {
        line.reset(); // over the limit: stop holding it, count to the end of the line
      }
      bytes += n;
      if (newline && bytes == 0) {
        return Optional.of(new Line(Optional.of(""), 0, Encoding.UTF_8));
      }
    }
    if (bytes > maxBytes) {
      return Optional.of(new Line(Optional.empty(), bytes, Encoding.UTF_8));
    }
    Optional<String> text = nul ? Optional.empty() : StrictUtf8.decode(line.toByteArray());
    if (text.isEmpty()) {
      return Optional.of(new Line(Optional.empty(), bytes, Encoding.NOT_UTF_8));
    }
    String t = text.get();
    return Optional.of(
        new Line(
            Optional.of(t.endsWith("\r") ? t.substring(0, t.length() - 1) : t),
            bytes,
            Encoding.UTF_8));
  }

  private boolean fill() throws IOException {
    end = Math.max(in.read(buf, 0, buf.length), 0);
    pos = 0;
    return end > 0;
  }
}
