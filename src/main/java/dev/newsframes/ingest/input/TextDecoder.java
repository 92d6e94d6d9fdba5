package dev.newsframes.ingest.input;

import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns input bytes into text: byte-order marks are honoured, otherwise the text must be valid in
 * the expected charset (UTF-8 unless {@code --charset} says otherwise).
 *
 * <p>Binary content and invalid encodings become rejects rather than mojibake in the tables.
 */
public final class TextDecoder {
  private static final int SNIFF_BYTES = 8192;
  private static final double MAX_CONTROL_SHARE = 0.05;

  private TextDecoder() {}

  /** Decoded text, or a reject saying why the bytes are not text. */
  public static DecodeResult decode(String file, byte[] bytes, Optional<Charset> charset) {
    if (isBlank(bytes)) {
      return DecodeResult.failed(Reject.ofFile(file, RejectReason.EMPTY, "file is empty"));
    }
    Charset bom = bomCharset(bytes);
    int skip = bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
    if (bom == null && looksBinary(bytes)) {
      return DecodeResult.failed(
          Reject.ofFile(
              file, RejectReason.BINARY, "content is binary, not text (NUL or control bytes)"));
    }
    Charset cs = bom != null ? bom : charset.orElse(StandardCharsets.UTF_8);
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    CharBuffer out =
        CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 16);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      String msg =
          String.format(
              Locale.ROOT,
              "not valid %s at byte %d; pass --charset with the file's encoding",
              cs.name(),
              in.position());
      return DecodeResult.failed(Reject.ofFile(file, RejectReason.BAD_ENCODING, msg));
    }
    decoder.flush(out);
    out.flip();
    return DecodeResult.ok(out.toString());
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!Character.isWhitespace(b & 0xff)) {
        return false;
      }
    }
    return true;
  }

  private static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * Whether bytes without a byte-order mark look binary (see {@link #looksBinary}): the check the
   * text decoder applies, for readers (HTML) that decode by themselves.
   */
  public static boolean isBinary(byte[] bytes) {
    return bomCharset(bytes) == null && looksBinary(bytes);
  }

  /** NUL bytes, or many control bytes other than whitespace, in the first 8 KiB. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control > n * MAX_CONTROL_SHARE;
  }

  /** Text or a reject. */
  public sealed interface DecodeResult permits Text, Failed {
    private static DecodeResult ok(String text) {
      return new Text(text);
    }

    private static DecodeResult failed(Reject reject) {
      return new Failed(reject);
    }
  }

  /** The decoded text. */
  public record Text(String text) implements DecodeResult {}

  /** Why the bytes are not text. */
  public record Failed(Reject reject) implements DecodeResult {}
}
