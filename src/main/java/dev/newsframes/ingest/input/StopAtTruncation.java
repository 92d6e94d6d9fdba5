package dev.newsframes.ingest.input;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.ZipException;

/**
 * A decompressed stream that ends, instead of failing, where its gzip data is cut short or corrupt,
 * and remembers why: a record reader over it keeps the records before the cut, and the caller turns
 * the cut into one reject.
 */
public final class StopAtTruncation extends FilterInputStream {
  private IOException cut;

  /** Wraps the decompressed stream {@code in}. */
  public StopAtTruncation(InputStream in) {
    super(in);
  }

  /** Why the data ended early, if it did. */
  public Optional<IOException> cut() {
    return Optional.ofNullable(cut);
  }

  @Override
  public int read() throws IOException {
    if (cut != null) {
      return -1;
    }
    try {
      return super.read();
    } catch (EOFException | ZipException e) {
      cut = e;
      return -1;
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (cut != null) {
      return -1;
    }
    try {
      return super.read(b, off, len);
    } catch (EOFException | ZipException e) {
      cut = e;
      return -1;
    }
  }
}
