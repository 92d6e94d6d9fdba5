package dev.newsframes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.ingest.manifest.ManifestColumns;
import dev.newsframes.ingest.manifest.ManifestSpec;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.SparkTestSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest end to end on the seed page plus deliberately bad inputs, in local Spark. */
class IngestJobSparkTest {
  static final Path SEED = Path.of("notebooks-data/input/marsbit-trump-ai-executive-order.txt");
  @TempDir static Path tmp;
  static SparkSession spark;
  static Warehouse warehouse;
  static Path input;
  static IngestJob.Result first;

  @BeforeAll
  static void ingest() throws IOException {
    spark = SparkTestSession.get();
    input = tmp.resolve("input");
    Files.createDirectories(input);
    Files.copy(SEED, input.resolve("seed.txt"));
    // the same page again, gzipped: an exact copy of every record
    try (OutputStream out =
        new GZIPOutputStream(Files.newOutputStream(input.resolve("seed-copy.txt.gz")))) {
      out.write(Files.readAllBytes(SEED));
    }
    writeBadInputs(input);
    warehouse = new Warehouse(spark, tmp.resolve("warehouse").toString());
    first = new IngestJob(options()).run(spark, warehouse);
  }

  static IngestJob.Options options() {
    return IngestJob.Options.of(List.of(input.toString()));
  }

  static void writeBadInputs(Path dir) throws IOException {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    Files.write(dir.resolve("image.txt"), binary);
    byte[] gz = gzip(Files.readAllBytes(SEED));
    Files.write(dir.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    Files.write(
        dir.resolve("latin1.txt"),
        "Título\nEl gobierno aprobó la regulación de la inteligencia artificial en España."
            .getBytes(StandardCharsets.ISO_8859_1));
    try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
      byte[] line =
          "A line of a very long page that goes on and on.\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += line.length) {
        out.write(line);
      }
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bos)) {
      out.write(bytes);
    }
    return bos.toByteArray();
  }

  @Test
  void everyInputIsAccountedFor() {
    assertThat(first.files()).as("files").isEqualTo(7);
    assertThat(first.articles()).as("articles: seed and its copy").isEqualTo(2);
    assertThat(first.teasers()).as("teasers").isEqualTo(8);
    assertThat(first.duplicates()).as("the gzipped copy duplicates all five records").isEqualTo(5);
    assertThat(first.rejectsByReason())
        .as("rejects by reason")
        .isEqualTo(
            Map.of(
                "empty",
                1L,
                "binary",
                1L,
                "truncated_gzip",
                1L,
                "bad_encoding",
                1L,
                "too_large",
                1L));
  }

  @Test
  void entriesThatAreNotFilesBecomeRejectsWithoutBlocking() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("odd-input"));
    Files.copy(SEED, in.resolve("page.txt"));
    Files.write(in.resolve("latin:1.txt"), "Título".getBytes(StandardCharsets.ISO_8859_1));
    Process p =
        new ProcessBuilder("bash", "-c", "mkfifo pipe.txt && ln -s . self")
            .directory(in.toFile())
            .start();
    assertThat(p.waitFor()).as("mkfifo and ln").isZero();

    IngestJob.Result r =
        new IngestJob(IngestJob.Options.of(List.of(in.toString())))
            .run(spark, new Warehouse(spark, tmp.resolve("odd-warehouse").toString()));

    assertThat(r.files())
        .as("files read: the page and the colon-named file, once each")
        .isEqualTo(2);
    assertThat(r.rejectsByReason())
        .as("rejects by reason")
        .isEqualTo(Map.of("not_regular_file", 1L, "symlink_loop", 1L, "bad_encoding", 1L));
  }

  @Test
  void manifestProblemsAreRejectsOfTheManifest() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("manifest-input"));
    Files.copy(SEED, in.resolve("page.txt"));
    Path manifest = tmp.resolve("manifest.csv");
    Files.writeString(
        manifest,
        "file,url,title,date\n"
            + "page.txt,https://x.test/p,Seed,2024-01-01\n"
            + ",https://x.test/q,No file,2024-01-02\n"
            + "gone.txt,https://x.test/g,Missing file,2024-01-03\n"
            + "page.txt,not-a-url,Duplicate with a bad url,2024-01-04\n");
    IngestJob.Result r =
        new IngestJob(
                IngestJob.Options.builder(List.of(in.toString()))
                    .manifest(
                        Optional.of(
                            new ManifestSpec(manifest.toString(), ManifestColumns.defaults())))
                    .build())
            .run(spark, new Warehouse(spark, tmp.resolve("manifest-warehouse").toString()));
    assertThat(r.rejectsByReason())
        .as(
            "rows without a file, with a bad url (and a duplicate): broken; for a missing file: unmatched")
        .containsEntry("malformed_record", 2L)
        .containsEntry("unmatched_manifest_row", 1L);
    assertThat(r.manifestRejects()).isEqualTo(3);
    assertThat(r.rejectRate())
        .as("manifest lines are not records: a manifest wider than the inputs is no bad input")
        .isZero();
    assertThat(r.problem()).isEmpty();
    assertThat(r.summary()).contains("3 rejects (3 of them manifest lines)");
  }

  @Test
  void rejectRowsNameFileAndReason() {
    Map<String, String> byFile =
        warehouse.read(Tables.REJECTS).collectAsList().stream()
            .collect(
                Collectors.toMap(
                    r -> Path.of(r.getString(0).replace("file:", "")).getFileName().toString(),
                    r -> r.getString(2) + ": " + r.getString(3)));
    assertThat(byFile.get("latin1.txt")).startsWith("bad_encoding: not valid UTF-8 at byte 1");
    assertThat(byFile.get("huge.txt")).startsWith("too_large: file is larger than 33554432 bytes");
    assertThat(byFile.get("truncated.txt.gz"))
        .startsWith("truncated_gzip: gzip stream is truncated");
  }

  @Test
  void articlesTableHasPartitionedColumnsAndCanonicalCopies() {
    List<Row> rows =
        warehouse
            .read(Tables.ARTICLES)
            .filter("kind = 'article'")
            .select(
                "title",
                "published_date",
                "date_precision",
                "date_source",
                "language",
                "duplicate_of",
                "input_file")
            .orderBy("duplicate_of")
            .collectAsList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getString(0)).startsWith("Trump Halts AI Executive Order");
    assertThat(rows.get(0).get(1)).hasToString("2026-05-22");
    assertThat(rows.get(0).getString(2)).isEqualTo("day");
    assertThat(rows.get(0).getString(3)).isEqualTo("metadata");
    assertThat(rows.get(0).getString(4)).as("language").isEqualTo("en");
    assertThat(rows.get(0).isNullAt(5)).as("one copy is canonical").isTrue();
    assertThat(rows.get(1).isNullAt(5)).as("the other points at it").isFalse();
    assertThat(
            Files.isDirectory(
                Path.of(warehouse.path(Tables.ARTICLES), "published_date=2026-05-22")))
        .as("partition directory")
        .isTrue();
  }

  @Test
  void eachPartitionIsOneFile() throws IOException {
    // the seed page and its gzipped copy are parsed by different tasks, yet share one day
    for (Table table : List.of(Tables.ARTICLES, Tables.REJECTS, Tables.DUPLICATES)) {
      try (Stream<Path> files = Files.walk(Path.of(warehouse.path(table)))) {
        Map<Path, Long> perFolder =
            files
                .filter(p -> p.getFileName().toString().endsWith(".parquet"))
                .collect(Collectors.groupingBy(Path::getParent, Collectors.counting()));
        assertThat(perFolder).as(table.name()).isNotEmpty();
        assertThat(perFolder.values()).as(table.name() + " files per partition").containsOnly(1L);
      }
    }
  }

  @Test
  void duckDbReadsTheTablesWithTheSameCounts() throws Exception {
    String glob = warehouse.path(Tables.ARTICLES) + "/**/*.parquet";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT count(*), count(DISTINCT article_id), count(*) FILTER (WHERE kind = 'teaser'),"
                    + " min(published_date)::VARCHAR FROM read_parquet('"
                    + glob
                    + "', hive_partitioning = true)")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getLong(1))
          .as("DuckDB row count")
          .isEqualTo(warehouse.read(Tables.ARTICLES).count());
      assertThat(rs.getLong(2)).as("DuckDB distinct ids").isEqualTo(10);
      assertThat(rs.getLong(3)).as("DuckDB teasers").isEqualTo(8);
      assertThat(rs.getString(4)).as("partition column typed as a date").isEqualTo("2026-05-22");
    }
  }

  @Test
  void rerunReplacesInsteadOfDuplicating() throws IOException {
    IngestJob.Result again = new IngestJob(options()).run(spark, warehouse);
    assertThat(again.articles() + again.teasers()).isEqualTo(first.articles() + first.teasers());
    assertThat(warehouse.read(Tables.ARTICLES).count()).isEqualTo(10);
    assertThat(warehouse.read(Tables.REJECTS).count()).isEqualTo(5);
    assertThat(warehouse.read(Tables.ARTICLES).select("article_id").distinct().count())
        .as("ids are unique and stable")
        .isEqualTo(10);
  }
}
