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

  private static void sh(Path dir, String command) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", command).directory(dir.toFile()).start();
    assertThat(p.waitFor()).as("exit of %s", command).isZero();
  }

  @Test
  void aFifoIsReportedNotOpened() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("page.txt"), "x");
    sh(in, "mkfifo pipe.txt");
    InputFiles.Listing l = InputFiles.walk(conf, List.of(in.toString()));
    assertThat(l.files()).as("files").singleElement().asString().endsWith("page.txt");
    assertThat(l.unreadable())
        .as("unreadable")
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.path()).endsWith("pipe.txt");
              assertThat(u.problem()).isEqualTo(InputFiles.Problem.NOT_REGULAR_FILE);
            });
  }

  @Test
  void symbolicLinkLoopsAreCutAndEachRealFileListedOnce() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "x");
    Files.writeString(Files.createDirectory(in.resolve("sub")).resolve("b.txt"), "y");
    sh(in, "ln -s . self && ln -s .. sub/up1 && ln -s .. sub/up2 && ln -s a.txt alias.txt");
    InputFiles.Listing l = InputFiles.walk(conf, List.of(in.toString()));
    assertThat(l.files()).as("each real file once").hasSize(2);
    assertThat(l.unreadable())
        .as("loops reported")
        .extracting(InputFiles.Unreadable::problem)
        .containsOnly(InputFiles.Problem.SYMLINK_LOOP)
        .hasSize(3);
  }

  @Test
  void danglingLinksAndUndecodableNamesAreReported() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "x");
    sh(in, "ln -s missing gone.txt && printf x > $'caf\\xe9.txt'");
    InputFiles.Listing l = InputFiles.walk(conf, List.of(in.toString()));
    assertThat(l.files()).as("files").singleElement().asString().endsWith("good.txt");
    assertThat(l.unreadable())
        .extracting(InputFiles.Unreadable::problem)
        .as("problems")
        .containsExactlyInAnyOrder(
            InputFiles.Problem.DANGLING_LINK, InputFiles.Problem.UNREADABLE_NAME);
  }

  @Test
  void aColonInANameIsListed() throws Exception {
    Path in = Files.createDirectory(dir.resolve("in"));
    Files.writeString(in.resolve("a:b.txt"), "x");
    assertThat(InputFiles.list(conf, List.of(in.toString())))
        .singleElement()
        .asString()
        .endsWith("/a:b.txt");
  }
}
