package dev.newsframes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.io.DateWindow;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.SparkTestSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled runs: a date window replaces exactly its own partitions, and re-runs are idempotent.
 */
class IngestWindowSparkTest {
  @TempDir Path tmp;

  static String record(String url, String date, String text) {
    return "{\"url\":\""
        + url
        + "\",\"title\":\""
        + url
        + "\",\"date\":\""
        + date
        + "\",\"text\":\""
        + text
        + "\"}\n";
  }

  static String text(int n) {
    return ("Regulators debated rule number "
            + n
            + " for frontier models on safety testing and oversight. ")
        .repeat(3);
  }

  Map<String, Long> countsByDate(Warehouse w) {
    return w.read(Tables.ARTICLES).groupBy("published_date").count().collectAsList().stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.get(0)), r -> r.getLong(1)));
  }

  @Test
  void windowRunReplacesOnlyItsPartitionsAndRerunsChangeNothing() throws IOException {
    Path day1 = tmp.resolve("in/a.jsonl");
    Files.createDirectories(day1.getParent());
    Files.writeString(
        day1,
        record("https://x.test/1", "2024-03-01", text(1))
            + record("https://x.test/2", "2024-03-02", text(2))
            + record("https://x.test/3", "2024-03-02", text(3))
            + record("https://x.test/4", "2024-03-03", text(4))
            + "{broken\n",
        StandardCharsets.UTF_8);
    Warehouse w = new Warehouse(SparkTestSession.get(), tmp.resolve("wh").toString());
    List<String> in = List.of(tmp.resolve("in").toString());
    new IngestJob(IngestJob.Options.of(in)).run(SparkTestSession.get(), w);
    assertThat(countsByDate(w))
        .isEqualTo(Map.of("2024-03-01", 1L, "2024-03-02", 2L, "2024-03-03", 1L));

    // the day's input changed: article 3 is gone and a new one arrived; only 2024-03-02 is re-run
    Files.writeString(
        day1,
        record("https://x.test/1", "2024-03-01", text(1))
            + record("https://x.test/2", "2024-03-02", text(2))
            + record("https://x.test/5", "2024-03-02", text(5))
            + "{broken\n",
        StandardCharsets.UTF_8);
    DateWindow window =
        new DateWindow(LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-02"));
    IngestJob windowed =
        new IngestJob(IngestJob.Options.builder(in).window(Optional.of(window)).build());
    IngestJob.Result r = windowed.run(SparkTestSession.get(), w);
    assertThat(r.articles()).as("articles in the window").isEqualTo(2);
    assertThat(r.outsideWindow()).as("article of 2024-03-01 not in the window").isEqualTo(1);
    assertThat(countsByDate(w))
        .as("2024-03-03 kept although this run did not see it; 2024-03-02 replaced")
        .isEqualTo(Map.of("2024-03-01", 1L, "2024-03-02", 2L, "2024-03-03", 1L));
    List<String> urls =
        w
            .read(Tables.ARTICLES)
            .filter("published_date = '2024-03-02'")
            .select("url")
            .orderBy("url")
            .collectAsList()
            .stream()
            .map(x -> x.getString(0))
            .toList();
    assertThat(urls).containsExactly("https://x.test/2", "https://x.test/5");

    Map<String, Long> before = tableCounts(w);
    windowed.run(SparkTestSession.get(), w);
    assertThat(tableCounts(w))
        .as("re-running the window leaves every table's count unchanged")
        .isEqualTo(before);
    assertThat(w.read(Tables.REJECTS).groupBy(Tables.INGEST_BATCH).count().collectAsList())
        .extracting(x -> x.getString(0) + "=" + x.getLong(1))
        .containsExactlyInAnyOrder("all=1", "2024-03-02_2024-03-02=1");
  }

  private static Map<String, Long> tableCounts(Warehouse w) {
    return Tables.INGEST_OUTPUTS.stream()
        .collect(Collectors.toMap(t -> t.name(), t -> w.read(t).count()));
  }
}
