package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.testing.Corpora;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GvfcLabelsTest {
  @TempDir Path dir;

  @Test
  void readsTitleAndMainFrameOfTheDevFormatInOrder() throws Exception {
    // the layout of gvfc-dev.csv: unnamed index column, CRLF lines, a quoted comma
    Path csv = dir.resolve("gvfc.csv");
    Files.writeString(
        csv,
        ",ImageID,Month,ID,news_title,Q1 Relevant,Q2 Focus,original_index,Q3 Theme1,Q3 Theme2\r\n"
            + "1,47,Jan-June,10073,Florida shooter a troubled loner,1,1,486,4,6\r\n"
            + "5,129,Jan-June,10207,\"Walmart, Dick's raise gun age\",1,2,1276,9,99\r\n",
        StandardCharsets.UTF_8);
    assertThat(GvfcLabels.read(csv))
        .containsExactly(
            new GvfcLabels.Row("Florida shooter a troubled loner", 4),
            new GvfcLabels.Row("Walmart, Dick's raise gun age", 9));
  }

  @Test
  void skipsHeadlinesWithoutAMainFrame() throws Exception {
    // the layout of gvfc-all-dev.csv: 99 = relevant but no frame
    Path csv = dir.resolve("all.csv");
    Files.writeString(
        csv,
        "news_title,Q1 Relevant,Q2 Focus,Q3 Theme1,Q3 Theme2\n"
            + "NRA sues Florida,1,2,1,3\n"
            + "Shooting at a mall,1,1,99,99\n",
        StandardCharsets.UTF_8);
    assertThat(GvfcLabels.read(csv)).containsExactly(new GvfcLabels.Row("NRA sues Florida", 1));
  }

  @Test
  void namesTheFileAndRecordOfABadFrame() throws Exception {
    Path missing = dir.resolve("missing.csv");
    Files.writeString(missing, "title,Q3 Theme1\nx,1\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GvfcLabels.read(missing)).hasMessageContaining("'news_title'");
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "news_title,Q3 Theme1\nok,2\nx,12\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GvfcLabels.read(bad))
        .hasMessageContaining("bad.csv record 2")
        .hasMessageContaining("1 to 9, got 12");
  }

  @Test
  void ingestRecordsKeepTheOrderAndForceEnglish() {
    List<Map<String, String>> records =
        GvfcLabels.ingestRecords(
            List.of(new GvfcLabels.Row("First", 3), new GvfcLabels.Row("Second", 5)));
    assertThat(records).extracting(r -> r.get("text")).containsExactly("First", "Second");
    assertThat(records).extracting(r -> r.get("id")).containsExactly("gvfc-0", "gvfc-1");
    assertThat(records).allSatisfy(r -> assertThat(r).containsEntry("language", "en"));
  }

  @Test
  void theSharedDevHalfHasTheFrameCountsItsReadmeGives() throws Exception {
    Path csv = Corpora.require("nlp/gvfc/gvfc-dev.csv");
    Map<Integer, Long> counts =
        GvfcLabels.read(csv).stream()
            .collect(Collectors.groupingBy(GvfcLabels.Row::theme, Collectors.counting()));
    assertThat(counts)
        .as("gvfc-dev.csv Theme1 counts, corpora/nlp/gvfc/README.md")
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(1, 18L, 2, 99L, 3, 193L, 4, 34L, 5, 73L, 6, 60L, 7, 114L, 8, 24L, 9, 44L));
  }
}
