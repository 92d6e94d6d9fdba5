package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local input that is not there is a usage error before Spark starts. */
class MissingInputTest {
  @TempDir Path dir;

  @Test
  void aMissingLocalInputFailsBeforeAnyRunStarts() {
    Path warehouse = dir.resolve("warehouse");
    String missing = dir.resolve("no-such-input").toString();

    for (String command : new String[] {"ingest", "run"}) {
      int code = Main.execute(command, "--warehouse", warehouse.toString(), "-i", missing);

      assertThat(code).as(command).isEqualTo(ExitCode.USAGE);
      // a run that started would have written its manifest under the warehouse
      assertThat(warehouse).as(command + ": nothing started").doesNotExist();
    }
  }

  @Test
  void aLocalGlobThatMatchesNothingFailsBeforeAnyRunStartsAndOneThatMatchesPasses()
      throws IOException {
    Path warehouse = dir.resolve("warehouse");
    Files.createDirectories(dir.resolve("pages"));
    String nothing = dir.resolve("pages/*.html").toString();

    int code = Main.execute("ingest", "--warehouse", warehouse.toString(), "-i", nothing);

    assertThat(code).isEqualTo(ExitCode.USAGE);
    assertThat(warehouse).as("nothing started").doesNotExist();
    Files.writeString(dir.resolve("pages/a.html"), "<html></html>");
    assertThat(IngestOptions.missingLocalPath(nothing)).as("the glob now matches a file").isFalse();
  }
}
