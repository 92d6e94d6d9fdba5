package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublishersTest {
  @Test
  void listedSitesGetTheirNameOthersTheirRegistrableDomain() {
    assertThat(Publishers.name("https://venturebeat.com/2019/08/07/x"))
        .as("listed")
        .contains("VentureBeat");
    assertThat(Publishers.name("https://www.technologyreview.com/x"))
        .as("www")
        .contains("MIT Technology Review");
    assertThat(Publishers.name("https://news.example.co.uk:8443/a?b"))
        .as("co.uk, port")
        .contains("example.co.uk");
    assertThat(Publishers.name("http://user@blog.example.com/"))
        .as("user info")
        .contains("example.com");
    assertThat(Publishers.name("https://192.168.1.4/page")).as("IP").contains("192.168.1.4");
    assertThat(Publishers.name("pages/3.txt")).as("not a URL").isEmpty();
    assertThat(Publishers.name(null)).as("null").isEmpty();
  }

  @Test
  void registrableDomains() {
    assertThat(Publishers.registrableDomain("www.bbc.co.uk")).isEqualTo("bbc.co.uk");
    assertThat(Publishers.registrableDomain("m.abc.net.au")).isEqualTo("abc.net.au");
    assertThat(Publishers.registrableDomain("a.b.example.org")).isEqualTo("example.org");
    assertThat(Publishers.registrableDomain("localhost")).isEqualTo("localhost");
    assertThat(Publishers.host("HTTPS://WWW.Vox.COM./x")).isEqualTo(Optional.of("www.vox.com"));
  }
}
