package dev.newsframes.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The checked-in DDL files are exactly what {@link TableDdl} generates from {@link Tables}. Run
 * with {@code -Dnewsframes.update-ddl=true} to rewrite them after a schema change.
 */
class TableDdlTest {
  static final Path DIR = Path.of("notebooks-data/ddl");

  @Test
  void checkedInDdlMatchesTheTables() throws Exception {
    boolean update = Boolean.getBoolean("newsframes.update-ddl");
    for (SqlDialect dialect : SqlDialect.values()) {
      Path file = DIR.resolve(dialect.fileName());
      String generated = TableDdl.script(dialect, Tables.ALL);
      if (update) {
        Files.createDirectories(DIR);
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertThat(file).as("%s (regenerate with -Dnewsframes.update-ddl=true)", file).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is stale: regenerate with -Dnewsframes.update-ddl=true", file)
          .isEqualTo(generated);
    }
  }

  @Test
  void typesInEachDialect() {
    StructType qa =
        new StructType().add("question", DataTypes.StringType).add("answer", DataTypes.StringType);
    var nested = DataTypes.createArrayType(qa);

    assertThat(TableDdl.type(nested, SqlDialect.SPARK))
        .isEqualTo("ARRAY<STRUCT<question: STRING, answer: STRING>>");
    assertThat(TableDdl.type(nested, SqlDialect.DUCKDB))
        .isEqualTo("STRUCT(question VARCHAR, answer VARCHAR)[]");
    assertThat(TableDdl.type(nested, SqlDialect.TRINO))
        .isEqualTo("array(row(question varchar, answer varchar))");
    assertThat(TableDdl.type(DataTypes.TimestampType, SqlDialect.TRINO)).isEqualTo("timestamp(3)");
    assertThat(TableDdl.type(DataTypes.IntegerType, SqlDialect.DUCKDB)).isEqualTo("INTEGER");
    assertThat(TableDdl.type(DataTypes.LongType, SqlDialect.TRINO)).isEqualTo("bigint");
  }

  @Test
  void everyTableIsMountedInEveryDialect() {
    for (SqlDialect dialect : SqlDialect.values()) {
      String script = TableDdl.script(dialect, Tables.ALL);
      for (Table t : Tables.ALL) {
        assertThat(script)
            .as("%s mounts %s", dialect, t.name())
            .containsPattern(
                "(TABLE IF NOT EXISTS (newsframes|hive\\.newsframes)\\.|VIEW )" + t.name() + " ");
      }
    }
    assertThat(TableDdl.script(SqlDialect.TRINO, List.of(Tables.ARTICLES)))
        .contains("partitioned_by = ARRAY['published_date']")
        .contains("CALL hive.system.sync_partition_metadata('newsframes', 'articles', 'FULL');");
  }

  @Test
  void trinoNeedsPartitionColumnsLast() {
    Table bad =
        new Table(
            "bad",
            new StructType().add("d", DataTypes.DateType).add("x", DataTypes.StringType),
            List.of("d"));

    assertThatThrownBy(() -> TableDdl.script(SqlDialect.TRINO, List.of(bad)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("partition columns of bad last");
  }
}
