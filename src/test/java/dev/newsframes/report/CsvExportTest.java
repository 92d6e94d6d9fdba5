package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

  @Test
  void formulasInTextCellsAreNeutralisedNumbersAreNot() {
    assertThat(CsvExport.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(CsvExport.cell("+1")).isEqualTo("'+1");
    assertThat(CsvExport.cell("-cmd|' /C calc'!A0")).startsWith("'-");
    assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExport.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvExport.cell("\r=1+1")).isEqualTo("'\r=1+1");
    assertThat(CsvExport.cell(" =1+1")).as("after leading spaces").isEqualTo("' =1+1");
    assertThat(CsvExport.cell("\uFF1D1+1")).as("full-width equals sign").isEqualTo("'\uFF1D1+1");
    assertThat(CsvExport.cell("a=b")).as("a trigger inside the text").isEqualTo("a=b");
    assertThat(CsvExport.cell("   ")).isEqualTo("   ");
    assertThat(CsvExport.cell(-0.25)).as("a negative number stays a number").isEqualTo("-0.25");
    assertThat(CsvExport.cell(-3L)).isEqualTo("-3");
    assertThat(CsvExport.cell("plain")).isEqualTo("plain");
  }

  @Test
  void cellsOfEveryType() {
    assertThat(CsvExport.cell(null)).isEmpty();
    assertThat(CsvExport.cell(1.0E-4)).isEqualTo("0.0001");
    assertThat(CsvExport.cell(2.0)).isEqualTo("2");
    assertThat(CsvExport.cell(Double.NaN)).isEmpty();
    assertThat(CsvExport.cell(LocalDate.of(2023, 5, 1))).isEqualTo("2023-05-01");
    assertThat(CsvExport.cell(List.of("ban", "=x")))
        .as("lists joined, then neutralised")
        .isEqualTo("ban; =x");
    assertThat(CsvExport.cell(List.of("=x", "ban"))).isEqualTo("'=x; ban");
    assertThat(CsvExport.cell(true)).isEqualTo("true");
  }

  @Test
  void writesQuotedRfc4180WithABomAndStopsAtTheLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sub/t.csv");
    List<List<?>> rows =
        List.of(
            Arrays.asList("a, \"quoted\"\nline", 1L, null),
            Arrays.asList("b", 2L, 0.5),
            Arrays.asList("c", 3L, 0.25));

    long written = CsvExport.write(file, List.of("text", "n", "x"), rows.iterator(), 2);

    assertThat(written).isEqualTo(2);
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(content).as("byte-order mark for spreadsheets").startsWith("\uFEFFtext,n,x\r\n");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(content.substring(1)))
            .getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("text")).isEqualTo("a, \"quoted\"\nline");
    assertThat(records.get(0).get("x")).isEmpty();
    assertThat(records.get(1).get("x")).isEqualTo("0.5");
  }
}
