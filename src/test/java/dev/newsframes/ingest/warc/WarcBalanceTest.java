package dev.newsframes.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.Reject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Every WARC record is counted once: an article, a reject or skipped, never two of these. */
class WarcBalanceTest {
  private static byte[] record(int n, WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      w.write(
          new WarcResponse.Builder(URI.create("https://news.example.com/story/" + n))
              .date(Instant.parse("2024-03-06T12:00:00Z"))
              .body(
                  MediaType.HTTP_RESPONSE,
                  WarcFileReaderTest.http("text/html; charset=utf-8", WarcFileReaderTest.PAGE))
              .build());
    }
    return out.toByteArray();
  }

  private static byte[] concat(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  private static String ascii(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  private static byte[] withContentLength(byte[] record, String length) {
    String text = ascii(record).replaceFirst("Content-Length: \\d+", "Content-Length: " + length);
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static FileOutcome read(String name, byte[] bytes) {
    return WarcFileReaderTest.ingest(name, bytes);
  }

  private static long counted(FileOutcome o) {
    return o.articles().size() + o.rejects().size() + o.skipped();
  }

  @Test
  void aRecordWhoseContentLengthRunsPastTheEndIsOneRejectNotAlsoAnArticle() throws IOException {
    byte[] second = record(2, WarcCompression.NONE);
    int declared = ascii(second).split("\r\n\r\n", 2)[1].length() + 100_000;
    FileOutcome o =
        read(
            "past-eof.warc",
            concat(
                List.of(
                    record(1, WarcCompression.NONE),
                    withContentLength(second, Integer.toString(declared)))));
    assertThat(o.articles()).as("the first record only").hasSize(1);
    assertThat(o.rejects()).extracting(r -> r.reason().code()).containsExactly("malformed_record");
    assertThat(o.rejects().get(0).message()).contains("ends inside the record");
    assertThat(counted(o)).as("two records").isEqualTo(2);
  }

  @Test
  void aNegativeContentLengthIsOneRejectAndNothingSkipped() throws IOException {
    FileOutcome o =
        read(
            "negative.warc",
            concat(
                List.of(
                    record(1, WarcCompression.NONE),
                    withContentLength(record(2, WarcCompression.NONE), "-5"))));
    assertThat(o.articles()).hasSize(1);
    assertThat(o.skipped()).isZero();
    assertThat(o.rejects()).extracting(r -> r.reason().code()).containsExactly("malformed_record");
    assertThat(counted(o)).as("two records").isEqualTo(2);
  }

  @Test
  void aBadHeaderInAPlainWarcIsOneRejectAndTheRecordsAfterItAreRead() throws IOException {
    FileOutcome o =
        read(
            "middle.warc",
            concat(
                List.of(
                    record(1, WarcCompression.NONE),
                    withContentLength(record(2, WarcCompression.NONE), "-5"),
                    record(3, WarcCompression.NONE))));
    assertThat(o.articles())
        .extracting(a -> a.url().orElseThrow())
        .containsExactly("https://news.example.com/story/1", "https://news.example.com/story/3");
    assertThat(o.rejects()).hasSize(1);
    assertThat(counted(o)).isEqualTo(3);
  }

  @Test
  void aGzipMemberThatFailsItsCheckAfterItsDataIsOneRejectNotAlsoAnArticle() throws IOException {
    List<byte[]> members = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      members.add(record(i, WarcCompression.GZIP));
    }
    byte[] second = members.get(1);
    second[second.length - 1] ^= 0x01; // the member's stored size: checked after its data are read
    FileOutcome o = read("bad-size.warc.gz", concat(members));
    assertThat(o.articles())
        .extracting(a -> a.url().orElseThrow())
        .containsExactly("https://news.example.com/story/1", "https://news.example.com/story/3");
    assertThat(o.rejects())
        .extracting(Reject::position)
        .containsExactly((long) members.get(0).length);
    assertThat(counted(o)).as("three records").isEqualTo(3);
  }

  @Test
  void theRecordsAfterACorruptGzipMemberAreRecovered() throws IOException {
    List<byte[]> members = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      members.add(record(i, WarcCompression.GZIP));
    }
    byte[] corrupt = members.get(1);
    for (int i = 20; i < corrupt.length - 20; i++) {
      corrupt[i] = (byte) 0xFF; // the deflate data of member 2; its gzip header stays
    }
    long start = members.get(0).length;
    FileOutcome o = read("corrupt.warc.gz", concat(members));
    assertThat(o.articles())
        .extracting(a -> a.url().orElseThrow())
        .containsExactly(
            "https://news.example.com/story/1",
            "https://news.example.com/story/3",
            "https://news.example.com/story/4");
    assertThat(o.rejects()).extracting(Reject::position).containsExactly(start);
    assertThat(o.rejects().get(0).message()).contains("corrupt").contains("read on from byte");
    assertThat(counted(o)).as("four records").isEqualTo(4);
  }
}
