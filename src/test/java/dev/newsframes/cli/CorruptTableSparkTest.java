package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.SampleWarehouse;
import dev.newsframes.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table with a corrupt Parquet file: one line naming the file, exit code 1. */
class CorruptTableSparkTest {

  @Test
  void aCorruptParquetFileIsOneLineNamingItAndExitCode1(@TempDir Path dir) throws Exception {
    Warehouse w = new Warehouse(SparkTestSession.get(), dir.resolve("wh").toString());
    w.replace(Tables.FRAMES, SampleWarehouse.get().warehouse().read(Tables.FRAMES));
    Path file;
    try (Stream<Path> files = Files.walk(dir.resolve("wh/frames"))) {
      file = files.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
    }
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      // cut short, as by a full disk or a copy that stopped: the footer is gone (garbage over
      // the middle of a file this small may hit only statistics, which nothing reads)
      f.setLength(f.length() / 2);
    }
    Files.deleteIfExists(file.resolveSibling("." + file.getFileName() + ".crc"));

    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      code =
          Main.execute(
              "sql",
              "--warehouse",
              w.root(),
              "--engine",
              "spark",
              "SELECT count(*), sum(length(frame)) FROM frames");
    } finally {
      System.setErr(stderr);
    }

    assertThat(code).isEqualTo(ExitCode.FAILURE);
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines)
        .filteredOn(l -> l.startsWith("newsframes sql: "))
        .singleElement()
        .asString()
        .contains("cannot read ", file.getFileName().toString(), "corrupt", "table frames");
    assertThat(lines).as("no stack frames").noneMatch(l -> l.strip().startsWith("at "));
  }
}
