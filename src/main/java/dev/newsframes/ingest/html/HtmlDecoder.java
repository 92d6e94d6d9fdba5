package dev.newsframes.ingest.html;

import dev.newsframes.common.StrictUtf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page to text, choosing the charset in order: a byte-order mark,
 * UTF-8 when the bytes are valid UTF-8, the HTTP header's charset, a {@code <meta>} charset in the
 * first 4 KiB, and windows-1252 otherwise.
 *
 * <p>Never throws: unknown or unsupported charset names fall through to the next rule, and bytes
 * that do not decode become U+FFFD. Hand-written because jsoup only decodes into a Document and
 * callers need the text.
 */
public final class HtmlDecoder {
  private static final int SNIFF_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
  private static final Charset FALLBACK = Charset.forName("windows-1252");

  private HtmlDecoder() {}

  /** Decodes a page without transport metadata. */
  public static String decode(byte[] bytes) {
    return decode(bytes, Optional.empty());
  }

  /**
   * Decodes a page.
   *
   * @param httpCharset the charset named by the HTTP Content-Type header, when known
   */
  public static String decode(byte[] bytes, Optional<String> httpCharset) {
    if (bytes == null || bytes.length == 0) {
      return "";
    }
    Optional<Charset> bom = bomCharset(bytes);
    if (bom.isPresent()) {
      int skip = bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new String(bytes, skip, bytes.length - skip, bom.get());
    }
    // Bytes that are valid UTF-8 are UTF-8 whatever the page declares: long text in another
    // multi-byte or 8-bit encoding is almost never valid UTF-8, while re-saved pages often keep
    // a stale declaration.
    Optional<String> utf8 = StrictUtf8.decode(bytes);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    Charset declared =
        httpCharset.flatMap(HtmlDecoder::charset).or(() -> meta(bytes)).orElse(FALLBACK);
    return new String(bytes, declared);
  }

  private static Optional<Charset> bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    return Optional.empty();
  }

  private static Optional<Charset> meta(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? charset(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> charset(String name) {
    try {
      Charset cs = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
      // a page cannot really be UTF-16 once its meta tag was readable as ASCII
      return cs.name().startsWith("UTF-16") ? Optional.of(StandardCharsets.UTF_8) : Optional.of(cs);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
