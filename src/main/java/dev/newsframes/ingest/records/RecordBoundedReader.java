package dev.newsframes.ingest.records;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once more than a given number of characters are read since the last {@link
 * #startRecord()}: a size guard for parsers (CSV) that hold a whole record in memory. Readers above
 * it read ahead in blocks, so the guard allows {@value #SLACK} characters beyond the limit.
 */
final class RecordBoundedReader extends FilterReader {
  static final int SLACK = 1 << 16;

  private final long maxChars;
  private long sinceStart;

  RecordBoundedReader(Reader in, long maxChars) {
    super(in);
    this.maxChars = maxChars;
  }

  /** Starts counting a new record. */
  void startRecord() {
    sinceStart = 0;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    count(c < 0 ? 0 : 1);
    return c;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = super.read(cbuf, off, len);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) throws RecordTooLargeException {
    sinceStart += n;
    if (sinceStart > maxChars + SLACK) {
      throw new RecordTooLargeException(maxChars);
    }
  }

  /** A record went past the limit. */
  static final class RecordTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    RecordTooLargeException(long maxChars) {
      super("record longer than " + maxChars + " characters (--max-file-size)");
    }
  }
}
