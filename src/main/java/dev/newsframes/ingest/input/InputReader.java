package dev.newsframes.ingest.input;

import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * Reads a whole input file into memory, gunzipping transparently, within a size limit.
 *
 * <p>Never throws for bad content: an oversized, truncated or unreadable file becomes a {@link
 * Reject}. WARC files are streamed elsewhere and never pass through here.
 */
public final class InputReader {
  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;

  private InputReader() {}

  /** The bytes of a file, or why they could not be read. */
  public sealed interface ReadResult permits Bytes, Failed {}

  /** The (decompressed) content. */
  public record Bytes(byte[] content, boolean gzipped) implements ReadResult {}

  /** Why the content could not be read. */
  public record Failed(Reject reject) implements ReadResult {}

  /** Whether a stream is compressed; decides how an early end of input is reported. */
  public enum Compression {
    NONE,
    GZIP
  }

  /**
   * Reads {@code content} (already decompressed) fully; stops with {@link RejectReason#TOO_LARGE}
   * once more than {@code maxBytes} bytes are seen, so a huge or gzip-bomb input costs at most that
   * much memory.
   */
  public static ReadResult read(
      String file, InputStream content, long maxBytes, Compression compression) {
    boolean gzipped = compression == Compression.GZIP;
    long read = 0;
    try (InputStream in = content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[65536];
      int n;
      while ((n = in.read(buf)) > 0) {
        read += n;
        if (read > maxBytes) {
          return failed(
              file,
              RejectReason.TOO_LARGE,
              "file is larger than "
                  + maxBytes
                  + " bytes"
                  + (gzipped ? " once decompressed" : "")
                  + "; raise --max-file-size to read it");
        }
        out.write(buf, 0, n);
      }
      return new Bytes(out.toByteArray(), gzipped);
    } catch (EOFException | ZipException e) {
      return failed(
          file,
          gzipped ? RejectReason.TRUNCATED_GZIP : RejectReason.READ_ERROR,
          (gzipped
                  ? "gzip stream is truncated or corrupt after " + read + " bytes: "
                  : "cannot read: ")
              + e.getMessage());
    } catch (IOException e) {
      return failed(file, RejectReason.READ_ERROR, "cannot read: " + e);
    }
  }

  /** Whether the stream starts with the gzip magic bytes; the stream is left unchanged. */
  public static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    return b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2;
  }

  private static Failed failed(String file, RejectReason reason, String message) {
    return new Failed(Reject.ofFile(file, reason, message));
  }
}
