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
  void aWarehouseWithoutAnyTableIsAUsageErrorNotAnEmptyReport(@TempDir Path dir) {
    String mistyped = dir.resolve("no-such-warehouse").toString();
    Path out = dir.resolve("report");

    assertThat(Main.execute("report", "--warehouse", mistyped, "--output", out.toString()))
        .isEqualTo(ExitCode.USAGE);
    assertThat(out.resolve("index.html")).doesNotExist();
    // two mistyped paths must not checksum alike
    assertThat(Main.execute("checksum", "--warehouse", mistyped)).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void badOptionsFailBeforeSparkWithAUsageError() {
    assertThat(Main.execute("report", "--show-period", "year")).isEqualTo(ExitCode.USAGE);
    assertThat(Main.execute("report", "--show-entities", "0")).isEqualTo(ExitCode.USAGE);
  }
}
