package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "jav&#x09;ascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//evil.example/x",
        "/relative/path",
        "file:///etc/passwd",
        "https://",
        "http://exa mple.com/",
        "https://news.example/\u0000",
        ""
      })
  void everythingButAbsoluteHttpIsText(String url) {
    assertThat(SafeUrl.link(url)).as("link for %s", url).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://news.example/2023/05/story?id=1&page=2",
        "HTTP://NEWS.EXAMPLE/x",
        "http://127.0.0.1:8080/a#frag"
      })
  void absoluteHttpUrlsAreLinks(String url) {
    assertThat(SafeUrl.link(url)).as("link for %s", url).contains(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://news.example/ünïcode", "https://news.example/a\"b"})
  void linksAreAsciiOrRejected(String url) {
    assertThat(SafeUrl.link(url).orElse("")).as("link for %s", url).matches("\\p{ASCII}*");
  }

  @Test
  void nullIsText() {
    assertThat(SafeUrl.link(null)).isEmpty();
  }
}
