package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.IngestJob;
import dev.newsframes.io.StageState;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.FakeAnnotator;
import dev.newsframes.testing.SparkTestSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** annotate with nothing new: a stand-in annotator counts how often a model is loaded. */
class AnnotateNothingNewSparkTest {
  /** Annotators created in this JVM (local Spark runs the tasks here). */
  static final AtomicInteger CREATED = new AtomicInteger();

  static final AnnotatorFactory COUNTING =
      config -> {
        CREATED.incrementAndGet();
        return new FakeAnnotator();
      };

  @TempDir Path dir;

  @Test
  void nothingNewLoadsNoModelAndRewritesNoTable() throws Exception {
    SparkSession spark = SparkTestSession.get();
    Path input = Files.createDirectories(dir.resolve("input"));
    Files.writeString(
        input.resolve("news.jsonl"),
        String.join(
            "\n",
            "{\"url\": \"https://a.example/1\", \"title\": \"Lawmakers weigh AI oversight\","
                + " \"date\": \"2024-01-09\", \"text\": \"Lawmakers weighed new oversight of AI"
                + " models on Tuesday. The bill would require safety testing.\"}",
            "{\"url\": \"https://a.example/2\", \"title\": \"Chip makers race China\","
                + " \"date\": \"2024-02-09\", \"text\": \"American chip makers are racing to keep"
                + " pace with China. Investment in research grew.\"}"),
        StandardCharsets.UTF_8);
    Warehouse warehouse = new Warehouse(spark, dir.resolve("warehouse").toString());
    new IngestJob(IngestJob.Options.of(List.of(input.toString()))).run(spark, warehouse);
    AnnotateJob job = new AnnotateJob(FakeAnnotator.jobOptions().withAnnotators(COUNTING));

    CREATED.set(0);
    AnnotateJob.Result first = job.run(spark, warehouse);
    assertThat(first.annotated()).isEqualTo(2);
    assertThat(CREATED.get())
        .as(
            "annotators created: one per partition with a document, not one per partition (%d)",
            spark.sparkContext().defaultParallelism() * 8)
        .isBetween(1, 2);

    StageState files = StageState.inWarehouse(warehouse.hadoopConf(), warehouse.root(), "test");
    String before = files.stamp(warehouse.paths(Tables.ANNOTATE_OUTPUTS));
    CREATED.set(0);
    AnnotateJob.Result again = job.run(spark, warehouse);

    assertThat(CREATED.get()).as("annotators created with nothing new").isZero();
    assertThat(again.annotated()).isZero();
    assertThat(again.skipped()).isEqualTo(2);
    assertThat(again.summary()).contains("nothing to annotate, no model loaded");
    assertThat(files.stamp(warehouse.paths(Tables.ANNOTATE_OUTPUTS)))
        .as("annotate tables untouched, so trends can skip too")
        .isEqualTo(before);
  }
}
