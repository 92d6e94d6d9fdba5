package dev.newsframes.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.FileIngester;
import dev.newsframes.ingest.InputSource;
import dev.newsframes.ingest.ParseOptions;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.testing.Corpora;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {
  static final String PAGE =
      "<html><head><title>Senate weighs AI safety bill</title>"
          + "<meta property=\"article:published_time\" content=\"2024-03-05T09:00:00Z\"></head><body>"
          + "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article><h1>Senate weighs AI safety bill</h1>"
          + "<p>The Senate on Tuesday began debating a bill that would require safety testing of the most capable AI models before release.</p>"
          + "<p>Supporters said oversight was overdue, while industry groups warned that new rules could slow innovation and cost jobs.</p>"
          + "<p>The bill's sponsors expect a vote before the summer recess, aides said.</p></article>"
          + "<footer>Copyright 2024 Example News</footer></body></html>";

  static byte[] http(String contentType, String body) {
    String head =
        "HTTP/1.1 200 OK\r\n"
            + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
            + "Content-Length: "
            + body.getBytes(StandardCharsets.UTF_8).length
            + "\r\n\r\n";
    return (head + body).getBytes(StandardCharsets.UTF_8);
  }

  /** A per-record-gzipped WARC: request, good response, PDF response, response without type. */
  static byte[] warc() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      Instant t = Instant.parse("2024-03-06T12:00:00Z");
      URI u = URI.create("https://news.example.com/2024/03/05/senate-ai-bill");
      w.write(
          new WarcRequest.Builder(u)
              .date(t)
              .body(
                  MediaType.HTTP_REQUEST,
                  "GET / HTTP/1.1\r\nHost: news.example.com\r\n\r\n"
                      .getBytes(StandardCharsets.US_ASCII))
              .build());
      w.write(
          new WarcResponse.Builder(u)
              .date(t)
              .body(MediaType.HTTP_RESPONSE, http("text/html; charset=utf-8", PAGE))
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example.com/report.pdf"))
              .date(t)
              .body(MediaType.HTTP_RESPONSE, http("application/pdf", "%PDF-1.4"))
              .build());
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example.com/x"))
              .date(t)
              .body(MediaType.HTTP_RESPONSE, http(null, PAGE))
              .build());
    }
    return out.toByteArray();
  }

  static FileOutcome ingest(String name, byte[] bytes) {
    return FileIngester.ingest(
        PageContext.ofFile(name),
        InputSource.ofStream(() -> new ByteArrayInputStream(bytes)),
        ParseOptions.defaults());
  }

  @Test
  void responsesWithHtmlBecomeArticlesAndTheRestIsCounted() throws IOException {
    FileOutcome o = ingest("crawl.warc.gz", warc());
    assertThat(o.articles()).hasSize(1);
    Article a = o.articles().get(0);
    assertThat(a.url()).contains("https://news.example.com/2024/03/05/senate-ai-bill");
    assertThat(a.title()).isEqualTo("Senate weighs AI safety bill");
    assertThat(a.crawlTime()).as("WARC-Date").contains(Instant.parse("2024-03-06T12:00:00Z"));
    assertThat(a.published().orElseThrow().instant())
        .isEqualTo(Instant.parse("2024-03-05T09:00:00Z"));
    assertThat(a.body()).contains("safety testing").doesNotContain("Home", "Copyright");
    assertThat(a.language()).contains("en");
    assertThat(o.skipped()).as("the request record").isEqualTo(1);
    assertThat(o.rejects())
        .extracting(r -> r.reason().code())
        .containsExactly("not_html", "no_content_type");
    assertThat(o.rejects())
        .extracting(Reject::position)
        .as("byte offsets of the records")
        .allSatisfy(p -> assertThat(p).isPositive())
        .doesNotHaveDuplicates();
  }

  @Test
  void uncompressedWarcIsReadToo() throws IOException {
    byte[] gz = warc();
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes();
    FileOutcome o = ingest("crawl.warc", plain);
    assertThat(o.articles()).hasSize(1);
    assertThat(o.rejects()).hasSize(2);
  }

  @Test
  void brokenRecordsOfTheSharedCorpusAreRejectsWithOffsets() throws IOException {
    Path dir = Corpora.require("warc/batch-extractor/records");
    FileOutcome valid =
        ingest(
            "test-valid-response.warc",
            Files.readAllBytes(dir.resolve("test-valid-response.warc")));
    assertThat(valid.articles()).as("the valid response").hasSize(1);
    assertThat(valid.articles().get(0).url().orElseThrow()).startsWith("https://hindi.news18.com/");
    // the record's HTML is itself double-encoded (UTF-8 read as MacRoman), so no language check
    assertThat(valid.articles().get(0).title()).isNotBlank();
    assertThat(valid.rejects())
        .as("bytes after the declared Content-Length are not a record")
        .extracting(r -> r.reason().code())
        .containsExactly("malformed_record");
    assertThat(code(dir, "test-invalid-response-no-content-type.warc"))
        .isEqualTo("no_content_type");
    assertThat(code(dir, "test-invalid-response-not-text-html.warc")).isEqualTo("not_html");
    assertThat(code(dir, "test-invalid-response-no-source.warc")).isEqualTo("bad_target_uri");
    FileOutcome undeclared =
        ingest("x.warc", Files.readAllBytes(dir.resolve("test-invalid-response-not-utf8.warc")));
    assertThat(undeclared.articles())
        .as("no charset in the header, but <meta charset=utf-8>: decoded")
        .hasSize(1);
    FileOutcome request = ingest("r.warc", Files.readAllBytes(dir.resolve("test-request.warc")));
    assertThat(request.articles()).isEmpty();
  }

  private static String code(Path dir, String file) throws IOException {
    FileOutcome o = ingest(file, Files.readAllBytes(dir.resolve(file)));
    assertThat(o.articles()).as(file).isEmpty();
    assertThat(o.rejects().get(0).position()).as("offset of the first record").isZero();
    return o.rejects().get(0).reason().code();
  }

  @Test
  void commonCrawlFileWithManyRecordTypes() throws IOException {
    Path f = Corpora.require("warc/chatnoir-resiliparse/warcfile.warc.gz");
    FileOutcome o = ingest(f.toString(), Files.readAllBytes(f));
    long total = o.articles().size() + o.rejects().size() + o.skipped();
    assertThat(total).as("50 records, all accounted for").isEqualTo(50);
    assertThat(o.skipped()).as("warcinfo, requests and metadata").isGreaterThanOrEqualTo(33);
    assertThat(o.articles()).as("HTML responses").hasSizeGreaterThan(5);
  }
}
