package dev.newsframes.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes HTML bytes the way browsers do (WHATWG encoding sniffing, simplified): byte-order mark,
 * then the transport's charset (HTTP header), then a {@code <meta charset>} in the first 4 KiB,
 * then UTF-8 if the bytes are valid UTF-8, else windows-1252. HTML never fails to decode; invalid
 * bytes become U+FFFD.
 */
public final class HtmlCharset {
  private static final int PRESCAN_BYTES = 4096;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private HtmlCharset() {}

  /** The page as text. */
  public static String decode(byte[] bytes, Optional<String> transportCharset) {
    Charset cs = choose(bytes, transportCharset);
    int skip = cs == StandardCharsets.UTF_8 && hasUtf8Bom(bytes) ? 3 : 0;
    return new String(bytes, skip, bytes.length - skip, cs);
  }

  /** The charset {@link #decode} uses. */
  public static Charset choose(byte[] bytes, Optional<String> transportCharset) {
    if (hasUtf8Bom(bytes)) {
      return StandardCharsets.UTF_8;
    }
    Optional<Charset> declared =
        transportCharset.flatMap(HtmlCharset::lookup).or(() -> metaCharset(bytes));
    if (declared.isPresent()) {
      return declared.get();
    }
    return isValidUtf8(bytes) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
  }

  static Optional<Charset> metaCharset(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? lookup(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    // browsers read these labels as their supersets
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    } else if (n.equals("gb2312") || n.equals("gbk")) {
      n = "gb18030";
    }
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }
}
