package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClimateLabelsTest {
  @TempDir Path dir;

  static final String HEADER = "ID\tsource\tmbfc\tdate\ttext\tRE\tHI\tCO\tMO\tEC\n";

  @Test
  void quotedTextsAnswersAndTheKnownShortRowAreRead() throws Exception {
    Path tsv =
        Files.writeString(
            dir.resolve("a.tsv"),
            HEADER
                + "0\tredstate\tright_bias\t2019-12-02\t\"Rebrand \"\"Climate Change\"\"\tnow\""
                + "\tFalse\tFalse\tTrue\tTrue\tFalse\n"
                + "405\tbbc\tleft_center_bias\t2018-01-05\tA text that lost its frames\n"
                + "8\tvox\tx\t2019-01-01\t\"Stray \"quote inside\"\tTrue\tFalse\tFalse\tFalse"
                + "\tFalse\n"
                + "7\tnpr\tleft_center_bias\t2017-03-01\tPlain text\tTrue\tFalse\tFalse\tFalse"
                + "\tTrue\n");

    List<ClimateLabels.Row> rows = ClimateLabels.read(tsv);

    assertThat(rows).extracting(ClimateLabels.Row::id).containsExactly("0", "405", "8", "7");
    assertThat(rows.get(0).text()).isEqualTo("Rebrand \"Climate Change\"\tnow");
    assertThat(rows.get(0).answers())
        .isEqualTo(Map.of("RE", false, "CO", true, "EC", false, "HI", false, "MO", true));
    assertThat(rows.get(1).answers())
        .isEqualTo(Map.of("RE", true, "CO", false, "EC", false, "HI", false, "MO", false));
    assertThat(rows.get(2).text()).as("a stray quote is read past").startsWith("Stray ");
    assertThat(rows.get(2).answers())
        .isEqualTo(Map.of("RE", true, "CO", false, "EC", false, "HI", false, "MO", false));
    assertThat(rows.get(3).answers())
        .isEqualTo(Map.of("RE", true, "CO", false, "EC", true, "HI", false, "MO", false));
    assertThat(ClimateLabels.ingestRecords(rows).get(3))
        .isEqualTo(
            Map.of(
                "id", "climate-7",
                "title", "",
                "text", "Plain text",
                "date", "2017-03-01",
                "language", "en"));
  }

  @Test
  void anotherShortRowIsRefusedWithItsLine() throws Exception {
    Path tsv =
        Files.writeString(
            dir.resolve("b.tsv"), HEADER + "12\tbbc\tx\t2018-01-05\tLost frames too\n");
    assertThatThrownBy(() -> ClimateLabels.read(tsv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2 (ID 12) has 5 cells, the header 10");
  }

  @Test
  void aFileWithoutTheFrameColumnsIsRefused() throws Exception {
    Path tsv = Files.writeString(dir.resolve("c.tsv"), "ID\tdate\ttext\n1\t2018-01-01\tx\n");
    assertThatThrownBy(() -> ClimateLabels.read(tsv))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no frame column RE");
  }
}
