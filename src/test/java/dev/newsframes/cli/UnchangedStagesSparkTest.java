package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.io.StageState;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.testing.SampleWarehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on a warehouse where nothing changed skip their work; any change (an input table
 * rewritten, an output deleted, --full-refresh, other options) recomputes. A skipped stage leaves
 * its files as they were, a recomputed one writes new ones (Spark names every file anew), so file
 * stamps tell which happened.
 */
class UnchangedStagesSparkTest {
  @TempDir Path dir;
  private final StageState files = StageState.inFolder(new Configuration(), "/tmp", "test");

  private Path copyOfTheSampleWarehouse() throws IOException {
    Path w = dir.resolve("warehouse");
    for (Table t : List.of(Tables.ARTICLES, Tables.SENTENCES, Tables.MENTIONS)) {
      FileUtils.copyDirectory(
          Path.of(SampleWarehouse.get().warehouse().path(t)).toFile(),
          w.resolve(t.name()).toFile());
    }
    return w;
  }

  private String stamp(Path w, List<Table> tables) {
    return files.stamp(tables.stream().map(t -> w.resolve(t.name()).toString()).toList());
  }

  @Test
  void trendsSkipsUntilSomethingItReadsOrWroteChanges() throws IOException {
    Path w = copyOfTheSampleWarehouse();
    String warehouse = w.toString();

    assertThat(Main.execute("trends", "--warehouse", warehouse)).isEqualTo(ExitCode.OK);
    String computed = stamp(w, Tables.TRENDS_OUTPUTS);
    assertThat(Main.execute("trends", "--warehouse", warehouse)).isEqualTo(ExitCode.OK);
    assertThat(stamp(w, Tables.TRENDS_OUTPUTS)).as("unchanged: skipped").isEqualTo(computed);

    assertThat(Main.execute("trends", "--warehouse", warehouse, "--period", "month,week"))
        .isEqualTo(ExitCode.OK);
    String weekly = stamp(w, Tables.TRENDS_OUTPUTS);
    assertThat(weekly).as("other options: recomputed").isNotEqualTo(computed);

    Path sentences = w.resolve("sentences");
    try (Stream<Path> parts = Files.walk(sentences)) {
      Path part = parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.move(
          part, part.resolveSibling("moved-" + part.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }
    assertThat(Main.execute("trends", "--warehouse", warehouse, "--period", "month,week"))
        .isEqualTo(ExitCode.OK);
    String afterInput = stamp(w, Tables.TRENDS_OUTPUTS);
    assertThat(afterInput).as("an input table changed: recomputed").isNotEqualTo(weekly);

    FileUtils.deleteDirectory(w.resolve("evidence").toFile());
    assertThat(Main.execute("trends", "--warehouse", warehouse, "--period", "month,week"))
        .isEqualTo(ExitCode.OK);
    assertThat(w.resolve("evidence")).as("a deleted output is written again").isDirectory();
    String afterDelete = stamp(w, Tables.TRENDS_OUTPUTS);

    assertThat(
            Main.execute(
                "trends", "--warehouse", warehouse, "--period", "month,week", "--full-refresh"))
        .isEqualTo(ExitCode.OK);
    assertThat(stamp(w, Tables.TRENDS_OUTPUTS))
        .as("--full-refresh recomputes")
        .isNotEqualTo(afterDelete);
  }

  @Test
  void reportSkipsOnAnUnchangedWarehouse() throws IOException {
    String warehouse = SampleWarehouse.get().warehouse().root();
    Path out = dir.resolve("report");
    String[] args = {"report", "--warehouse", warehouse, "--output", out.toString()};

    assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
    String written = files.stamp(List.of(out.toString()));
    assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
    assertThat(files.stamp(List.of(out.toString()))).as("skipped").isEqualTo(written);

    Files.delete(out.resolve("index.html"));
    assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("index.html")).as("a deleted page is written again").isNotEmptyFile();
  }

  @Test
  void ingestSkipsUnchangedInputs() throws IOException {
    Path input = dir.resolve("input");
    FileUtils.copyDirectory(SampleWarehouse.get().root().resolve("input").toFile(), input.toFile());
    Path w = dir.resolve("ingested");
    String[] args = {"ingest", "--input", input.toString(), "--warehouse", w.toString()};

    assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
    String written = stamp(w, Tables.INGEST_OUTPUTS);
    assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
    assertThat(stamp(w, Tables.INGEST_OUTPUTS)).as("skipped").isEqualTo(written);

    Files.writeString(
        input.resolve("later.jsonl"), "{\"title\": \"New\", \"text\": \"A new story.\"}\n");
    assertThat(Main.execute(args)).isEqualTo(ExitCode.OK);
    assertThat(stamp(w, Tables.INGEST_OUTPUTS)).as("a new input file").isNotEqualTo(written);
  }
}
