package dev.newsframes.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] body = "<p>café</p>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xef;
    bytes[1] = (byte) 0xbb;
    bytes[2] = (byte) 0xbf;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertThat(HtmlDecoder.decode(bytes)).as("BOM page").isEqualTo("<p>café</p>");
  }

  @Test
  void followsMetaCharsetForNonUtf8Bytes() {
    String page = "<meta charset=\"iso-8859-15\"><p>prix: 5 €, été</p>";
    byte[] bytes = page.getBytes(Charset.forName("ISO-8859-15"));
    assertThat(HtmlDecoder.decode(bytes)).as("Latin-9 page").isEqualTo(page);
  }

  @Test
  void followsHttpCharsetAndFallsBackToWindows1252() {
    String page = "<p>naïve “quotes”</p>";
    assertThat(HtmlDecoder.decode(page.getBytes(Charset.forName("windows-1252"))))
        .as("undeclared non-UTF-8 page")
        .isEqualTo(page);
    byte[] koi8 = "<p>Привет</p>".getBytes(Charset.forName("KOI8-R"));
    assertThat(HtmlDecoder.decode(koi8, Optional.of("koi8-r")))
        .as("HTTP charset")
        .isEqualTo("<p>Привет</p>");
  }

  @Test
  void validUtf8WinsOverStaleDeclaration() {
    String page = "<meta charset=\"gb2312\"><p>人民网 新闻</p>";
    assertThat(HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8)))
        .as("UTF-8 bytes declared as GB2312")
        .isEqualTo(page);
    assertThat(HtmlDecoder.decode(new byte[0])).as("no bytes").isEmpty();
    assertThat(
            HtmlDecoder.decode(
                "<meta charset=bogus-cs><p>x</p>".getBytes(StandardCharsets.US_ASCII)))
        .as("unknown charset name")
        .isEqualTo("<meta charset=bogus-cs><p>x</p>");
  }
}
