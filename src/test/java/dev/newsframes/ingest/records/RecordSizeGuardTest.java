package dev.newsframes.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.FileIngester;
import dev.newsframes.ingest.InputSource;
import dev.newsframes.ingest.ParseOptions;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** One size guard for every record reader: a record past the limit is a reject, never an OOM. */
class RecordSizeGuardTest {
  static final String TEXT = StructuredInputsTest.TEXT;

  static String jsonLine(String url, String text) {
    return "{\"title\":\"T\",\"text\":\"" + text + "\",\"url\":\"" + url + "\"}\n";
  }

  /** {@code n} bytes of 'a' without holding them: a decompressed bomb of one line. */
  static InputStream repeated(long n) {
    return new InputStream() {
      long left = n;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        Arrays.fill(b, off, off + k, (byte) 'a');
        left -= k;
        return k;
      }
    };
  }

  static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static FileOutcome ingest(String name, ParseOptions options, InputStream... parts) {
    return FileIngester.ingest(
        PageContext.ofFile(name),
        InputSource.ofStream(
            () -> new SequenceInputStream(Collections.enumeration(List.of(parts)))),
        options);
  }

  @Test
  void aJsonLineLongerThanAnyStringIsATooLargeRejectAndTheNextLinesAreRead() {
    FileOutcome o =
        ingest(
            "bomb.jsonl",
            ParseOptions.defaults(),
            bytes(jsonLine("https://x.test/1", TEXT)),
            repeated((1L << 31) + 10),
            bytes("\n" + jsonLine("https://x.test/3", TEXT + " Later.")));
    assertThat(o.articles()).as("the records around the bomb").hasSize(2);
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .as("the bomb line")
        .containsExactly(Tuple.tuple(2L, "too_large"));
    assertThat(o.rejects().get(0).message()).contains("2147483658 bytes", "--max-file-size");
  }

  @Test
  void aValidJsonLineWithA25MbStringIsAnArticleNotInvalidJson() {
    String big = "word ".repeat(5_000_000);
    FileOutcome o =
        ingest("big.jsonl", ParseOptions.defaults(), bytes(jsonLine("https://x.test/b", big)));
    assertThat(o.rejects()).as("rejects").isEmpty();
    assertThat(o.articles()).as("articles").hasSize(1);
  }

  @Test
  void aCsvRecordPastTheLimitIsATooLargeReject() {
    ParseOptions small = new ParseOptions(2000, null, null, FieldMapping.defaults());
    String csv =
        "title,text,url\n"
            + "\"A\",\""
            + TEXT
            + "\",https://x.test/a\n"
            + "\"B\",\""
            + "x".repeat(200_000)
            + "\",https://x.test/b\n";
    FileOutcome o = ingest("export.csv", small, bytes(csv));
    assertThat(o.articles()).as("articles").hasSize(1);
    assertThat(o.rejects())
        .extracting(r -> r.reason().code())
        .as("reasons")
        .containsExactly("too_large");
  }
}
