package dev.newsframes.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class UnreadableFileTest {
  // the messages as Spark 4 and parquet-mr give them for a corrupt and a cut-short file
  static final String FILE =
      "file:///wh/articles/published_date=2024-03-04/part-00000-6742.c000.zstd.parquet";

  static Exception sparkFailure(Throwable cause) {
    return new RuntimeException(
        "Job aborted due to stage failure",
        new RuntimeException(
            "[FAILED_READ_FILE.NO_HINT] Encountered error while reading file "
                + FILE
                + ".  SQLSTATE: KD001",
            cause));
  }

  @Test
  void aCorruptFileIsOneLineNamingTheFileTheTableAndTheCause() {
    String m =
        UnreadableFile.message(
                sparkFailure(
                    new IOException(
                        "can not read class org.apache.parquet.format.FileMetaData",
                        new IllegalStateException("don't know what type: 15"))))
            .orElseThrow();
    assertThat(m)
        .doesNotContain("\n")
        .startsWith("cannot read " + FILE + " (IllegalStateException: don't know what type: 15)")
        .contains("delete the table articles and re-run the stage that writes it");
  }

  @Test
  void aFileCutShortNamesItsPathOnce() {
    String m =
        UnreadableFile.message(
                sparkFailure(
                    new RuntimeException(
                        FILE.replace("file://", "file:")
                            + " is not a Parquet file. Expected magic number at tail")))
            .orElseThrow();
    assertThat(m).contains("(RuntimeException: is not a Parquet file. Expected magic number");
    assertThat(m.split("parquet", -1)).as("the path once").hasSize(2);
  }

  @Test
  void otherFailuresAreLeftAlone() {
    assertThat(UnreadableFile.message(new IllegalStateException("no such column"))).isEmpty();
    assertThat(UnreadableFile.table("file:///wh/frames/part-0.parquet")).contains("frames");
  }
}
