package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.testing.SampleWarehouse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandSparkTest {

  @Test
  void writesTheReportFolder(@TempDir Path out) {
    String warehouse = SampleWarehouse.get().warehouse().root();

    int code =
        Main.execute(
            "report",
            "--warehouse",
            warehouse,
            "--output",
            out.toString(),
            "--show-period",
            "week");

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("index.html")).isNotEmptyFile();
    assertThat(out.resolve("charts/frame-shares.svg")).isNotEmptyFile();
    assertThat(out.resolve("csv/frame_trends.csv")).isNotEmptyFile();
  }

  @Test
  void badOptionsFailBeforeSparkWithAUsageError() {
    assertThat(Main.execute("report", "--show-period", "year")).isEqualTo(ExitCode.USAGE);
    assertThat(Main.execute("report", "--show-entities", "0")).isEqualTo(ExitCode.USAGE);
  }
}
