package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.report.CorpusDescription;
import dev.newsframes.report.ReportJob;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The report is titled from corpus.yaml beside its warehouse, never from another's. */
class ReportCorpusOptionTest {
  @TempDir Path dir;

  private static ReportJob.Options parse(String... args) {
    ReportCommand command = new ReportCommand();
    new CommandLine(command).parseArgs(args);
    return ((ReportOptions) command.options).toStage(command.spark.warehouse).options();
  }

  @Test
  void theCorpusBesideTheWarehouseLabelsTheReportAndNoOtherDoes() throws Exception {
    Path sample = Files.createDirectories(dir.resolve("sample"));
    Files.writeString(sample.resolve("corpus.yaml"), "topic: AI policy\n");

    assertThat(parse("--warehouse", sample.resolve("warehouse").toString()).corpus())
        .as("corpus.yaml beside the warehouse")
        .map(CorpusDescription::topic)
        .hasValue("AI policy");
    assertThat(parse("--warehouse", dir.resolve("other/warehouse").toString()).corpus())
        .as("a warehouse with no corpus.yaml beside it")
        .isEmpty();
    assertThat(parse("--warehouse", "s3a://bucket/warehouse").corpus())
        .as("a remote warehouse")
        .isEmpty();
  }

  @Test
  void theDefaultReportFolderIsNamedAfterItsWarehouse() {
    assertThat(parse("--warehouse", dir.resolve("notebooks-data/warehouse").toString()).output())
        .isEqualTo(dir.resolve("notebooks-data/report"));
    assertThat(parse("--warehouse", dir.resolve("ai-tech").toString()).output())
        .as("two warehouses in one folder get two reports")
        .isEqualTo(dir.resolve("ai-tech-report"));
    assertThat(parse("--warehouse", dir.resolve("climate").toString()).output())
        .isEqualTo(dir.resolve("climate-report"));
    assertThat(parse("--warehouse", "hdfs://nn/warehouse").output()).isEqualTo(Path.of("report"));
  }

  @Test
  void aCorpusFileGivenMustExist() {
    assertThatThrownBy(() -> parse("--corpus", dir.resolve("missing.yaml").toString()))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("Corpus description not found");
  }
}
