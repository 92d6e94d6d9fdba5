package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Structural checks that a report page can run no script, whatever text it shows. */
final class PageSafety {
  private PageSafety() {}

  /** Parses {@code html} as a browser would and asserts every rule of the report's safety model. */
  static Document assertSafe(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script, iframe, object, embed, base, form, svg, math, link"))
        .as("elements that run or load code")
        .isEmpty();
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey().toLowerCase(Locale.ROOT))
            .as("attribute of <%s>", e.tagName())
            .doesNotStartWith("on")
            .isNotEqualTo("style")
            .isNotEqualTo("srcdoc");
      }
    }
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        assertThat(a.attr("rel")).as("rel of %s", href).isEqualTo("noopener noreferrer nofollow");
      } else {
        assertThat(href)
            .as("a non-web link is an anchor or a report file")
            .matches("#[a-z0-9-]+|(csv|charts)/[a-z_-]+\\.(csv|svg)");
      }
    }
    for (Element img : doc.select("img")) {
      assertThat(img.attr("src"))
          .as("images are the report's charts")
          .matches("charts/[a-z-]+\\.svg");
    }
    assertThat(doc.select("style")).as("one stylesheet").hasSize(1);
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("default-src 'none'")
        .doesNotContain("script-src");
    return doc;
  }
}
