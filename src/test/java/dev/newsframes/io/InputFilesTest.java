package dev.newsframes.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  private final Configuration conf = new Configuration();

  @Test
  void anEmptyDirectoryIsAnErrorNotAnEmptyInput() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    assertThatThrownBy(() -> InputFiles.list(conf, List.of(empty.toString())))
        .as("an empty input must not replace the warehouse with empty tables")
        .isInstanceOf(InputFiles.InputNotFoundException.class)
        .hasMessageContaining("No input files")
        .hasMessageContaining(empty.toString());
  }

  @Test
  void onlyHiddenOrUnderscoreFilesCountAsNoInput() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve(".hidden.txt"), "x");
    Files.writeString(in.resolve("_SUCCESS"), "");
    Files.writeString(Files.createDirectory(in.resolve("_tmp")).resolve("page.txt"), "x");
    Files.writeString(in.resolve("LICENSE"), "x");
    assertThatThrownBy(() -> InputFiles.list(conf, List.of(in.toString())))
        .isInstanceOf(InputFiles.InputNotFoundException.class)
        .hasMessageContaining("No input files")
        .hasMessageContaining("4 hidden or skipped");
  }

  @Test
  void visibleFilesAreListed() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "x");
    Files.writeString(in.resolve(".b.txt"), "x");
    assertThat(InputFiles.list(conf, List.of(in.toString())))
        .as("visible files")
        .singleElement()
        .asString()
        .endsWith("a.txt");
  }
}
