package dev.newsframes.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.FileIngester;
import dev.newsframes.ingest.InputSource;
import dev.newsframes.ingest.ParseOptions;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** JSON Lines and CSV count every record once: an article or a reject with a reason. */
class RecordBalanceTest {
  static final String TEXT = StructuredInputsTest.TEXT;

  private static FileOutcome ingest(String name, byte[] bytes) {
    return FileIngester.ingest(
        PageContext.ofFile(name),
        InputSource.ofStream(() -> new ByteArrayInputStream(bytes)),
        ParseOptions.defaults());
  }

  private static String jsonLine(int n) {
    return RecordSizeGuardTest.jsonLine("https://example.com/news/" + n, TEXT);
  }

  private static String csvRow(int n) {
    return "\"Row " + n + "\",\"" + TEXT + "\",2024-03-05,https://example.com/csv/" + n + "\n";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aCutGzipKeepsTheLinesBeforeTheCutAndIsOneRejectAfterThem() throws Exception {
    for (String name : List.of("cut.jsonl.gz", "cut.csv.gz")) {
      boolean csv = name.startsWith("cut.csv");
      ByteArrayOutputStream gz = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
        if (csv) {
          z.write(utf8("title,text,date,url\n"));
        }
        for (int n = 1; n <= 200; n++) {
          z.write(utf8(csv ? csvRow(n) : jsonLine(n)));
        }
      }
      byte[] whole = gz.toByteArray();
      byte[] cut = Arrays.copyOf(whole, whole.length / 2);

      FileOutcome o = ingest(name, cut);

      assertThat(o.articles()).as(name).hasSizeGreaterThan(20);
      Reject last = o.rejects().get(o.rejects().size() - 1);
      assertThat(last.reason().code()).isEqualTo("truncated_gzip");
      assertThat(last.message()).contains("the records before it are kept");
      // every record before the cut is an article or a reject (the line the cut split), and the
      // cut's reject comes right after the last of them
      List<Long> before =
          Stream.concat(
                  o.articles().stream().map(a -> a.position()),
                  o.rejects().subList(0, o.rejects().size() - 1).stream().map(Reject::position))
              .sorted()
              .toList();
      assertThat(before.get(before.size() - 1) - before.get(0) + 1).isEqualTo(before.size());
      assertThat(last.position()).isEqualTo(before.get(before.size() - 1) + 1);
      assertThat(ingest(name, whole).rejects()).as("the whole file").isEmpty();
    }
  }

  @Test
  void aUtf16JsonLineIsOneBadEncodingRejectAndTheNextLineIsRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(jsonLine(1)));
    out.writeBytes(jsonLine(2).getBytes(StandardCharsets.UTF_16LE)); // its newline is 0A 00
    out.writeBytes(utf8(jsonLine(3)));
    FileOutcome o = ingest("mixed.jsonl", out.toByteArray());
    assertThat(o.articles())
        .extracting(a -> a.url().orElseThrow())
        .containsExactly("https://example.com/news/1", "https://example.com/news/3");
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .containsExactly(Tuple.tuple(2L, "bad_encoding"));
  }

  @Test
  void aUtf16FileWithAByteOrderMarkIsReadAsText() {
    for (var charset : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      // what Windows tools save as "Unicode": a mark, then UTF-16 (String.getBytes writes none)
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.writeBytes("\uFEFF".getBytes(charset));
      out.writeBytes((jsonLine(1) + jsonLine(2)).getBytes(charset));
      FileOutcome o = ingest("unicode.jsonl", out.toByteArray());
      assertThat(o.rejects()).as(charset.name()).isEmpty();
      assertThat(o.articles())
          .as(charset.name())
          .extracting(a -> a.url().orElseThrow())
          .containsExactly("https://example.com/news/1", "https://example.com/news/2");

      String csv = "title,text,date,url\n" + csvRow(1) + csvRow(2);
      out.reset();
      out.writeBytes(("\uFEFF" + csv).getBytes(charset));
      FileOutcome rows = ingest("unicode.csv", out.toByteArray());
      assertThat(rows.rejects()).as(charset.name()).isEmpty();
      assertThat(rows.articles()).extracting(a -> a.title()).containsExactly("Row 1", "Row 2");
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsNotPartOfTheFirstRecord() {
    FileOutcome o = ingest("bom.jsonl", utf8("\uFEFF" + jsonLine(1) + jsonLine(2)));
    assertThat(o.rejects()).isEmpty();
    assertThat(o.articles()).hasSize(2);
    FileOutcome csv = ingest("bom.csv", utf8("\uFEFFtitle,text,date,url\n" + csvRow(1)));
    assertThat(csv.rejects()).isEmpty();
    assertThat(csv.articles()).extracting(a -> a.title()).containsExactly("Row 1");
  }

  @Test
  void aJsonLineOfInvalidUtf8IsABadEncodingReject() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8("{\"title\":\"caf"));
    out.write(0xE9); // Latin-1, not UTF-8
    out.writeBytes(utf8("\"}\n" + jsonLine(2)));
    FileOutcome o = ingest("latin1.jsonl", out.toByteArray());
    assertThat(o.articles()).hasSize(1);
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .containsExactly(Tuple.tuple(1L, "bad_encoding"));
  }

  @Test
  void csvRowsAfterAnUnterminatedQuoteAreRead() {
    String csv =
        "title,text,date,url\n"
            + csvRow(1)
            + "\"Row 2 broken,"
            + TEXT
            + ",2024-03-05,https://example.com/csv/2\n"
            + csvRow(3)
            + csvRow(4)
            + csvRow(5);
    FileOutcome o = ingest("rows.csv", utf8(csv));
    assertThat(o.articles())
        .extracting(a -> a.url().orElseThrow())
        .containsExactly(
            "https://example.com/csv/1",
            "https://example.com/csv/3",
            "https://example.com/csv/4",
            "https://example.com/csv/5");
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .containsExactly(Tuple.tuple(3L, "malformed_record"));
    assertThat(o.rejects().get(0).message())
        .contains("line 3", "lines after it are read as records");
  }

  @Test
  void anUnterminatedQuoteOnTheLastLineIsOneReject() {
    String csv = "title,text,url\n" + "\"T\",\"" + TEXT + "\",https://x.test/1\n\"T2,\"open";
    FileOutcome o = ingest("tail.csv", utf8(csv));
    assertThat(o.articles()).hasSize(1);
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .containsExactly(Tuple.tuple(3L, "malformed_record"));
  }

  @Test
  void csvRowsWithMoreCellsThanTheHeaderAreRejectsWithTheCounts() {
    String csv =
        "title,text,date,url\n"
            + csvRow(1)
            + "\"Row 2\",\""
            + TEXT
            + "\",2024-03-05,https://example.com/csv/2,extra,cells\n"
            + "\"Row 3\",\""
            + TEXT
            + "\",2024-03-05,https://example.com/csv/3,,\n";
    FileOutcome o = ingest("cols.csv", utf8(csv));
    assertThat(o.articles())
        .as("trailing empty cells are not extra columns")
        .extracting(a -> a.url().orElseThrow())
        .containsExactly("https://example.com/csv/1", "https://example.com/csv/3");
    assertThat(o.rejects())
        .extracting(Reject::position, r -> r.reason().code())
        .containsExactly(Tuple.tuple(3L, "malformed_record"));
    assertThat(o.rejects().get(0).message()).contains("6 cells", "4 columns");
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsText() {
    String csv = "title,text\n" + "5\" screens,\"" + TEXT + "\"\n" + "B,\"" + TEXT + "\"\n";
    FileOutcome o = ingest("inch.csv", utf8(csv));
    assertThat(o.rejects()).isEmpty();
    assertThat(o.articles()).extracting(a -> a.title()).containsExactly("5\" screens", "B");
  }
}
