package dev.newsframes.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footer check on hand-made files; a table Spark wrote passes it in PresenceStatesSparkTest.
 */
class ParquetFootersTest {
  @TempDir Path dir;

  @Test
  void aFileThatIsNotParquetIsNamedAndBookkeepingFilesAreSkipped() throws IOException {
    Files.writeString(dir.resolve("_SUCCESS"), "", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(".part-00000.parquet.crc"), "crc", StandardCharsets.UTF_8);
    assertThat(ParquetFooters.firstUnreadable(new Configuration(), dir.toString()))
        .as("no data file: nothing unreadable")
        .isEmpty();

    Files.writeString(dir.resolve("part-00000.parquet"), "not a parquet file");

    assertThat(ParquetFooters.firstUnreadable(new Configuration(), dir.toString()))
        .hasValueSatisfying(m -> assertThat(m).contains("part-00000.parquet"));
  }

  @Test
  void aMissingFolderIsReportedNotThrown() {
    assertThat(ParquetFooters.firstUnreadable(new Configuration(), dir.resolve("gone").toString()))
        .hasValueSatisfying(m -> assertThat(m).contains("gone"));
  }
}
