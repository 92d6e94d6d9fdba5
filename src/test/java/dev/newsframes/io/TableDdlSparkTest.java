package dev.newsframes.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.sql.SqlScript;
import dev.newsframes.testing.SampleWarehouse;
import dev.newsframes.testing.SparkTestSession;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** The generated DDL mounts every table of a real warehouse in DuckDB and in Spark SQL. */
class TableDdlSparkTest {

  @Test
  void duckDbViewsSeeEveryRowWithTheDeclaredTypes() throws Exception {
    Warehouse w = SampleWarehouse.get().warehouse();
    String script =
        TableDdl.script(SqlDialect.DUCKDB, Tables.ALL)
            .replace("'notebooks-data/warehouse'", "'" + w.root() + "'");

    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement sql = duck.createStatement()) {
      for (String statement : SqlScript.statements(script)) {
        sql.execute(statement);
      }
      for (Table t : Tables.ALL) {
        assertThat(scalar(sql, "SELECT count(*) FROM " + t.name()))
            .as("%s rows in DuckDB", t.name())
            .isEqualTo(w.read(t).count());
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet rs = sql.executeQuery("DESCRIBE " + t.name())) {
          while (rs.next()) {
            types.put(rs.getString("column_name"), rs.getString("column_type"));
          }
        }
        Map<String, String> declared = new LinkedHashMap<>();
        for (StructField f : t.schema().fields()) {
          declared.put(f.name(), TableDdl.type(f.dataType(), SqlDialect.DUCKDB));
        }
        assertThat(types)
            .as("%s column types in DuckDB", t.name())
            .containsExactlyEntriesOf(declared);
      }
      assertThat(scalar(sql, "SELECT count(*) FROM articles WHERE published_date IS NULL"))
          .as("the undated article's null partition")
          .isEqualTo(1);
    }
  }

  @Test
  void sparkSqlTablesSeeEveryRow() {
    SparkSession spark = SparkTestSession.get();
    Warehouse w = SampleWarehouse.get().warehouse();
    spark.conf().set("warehouse", w.root());
    try {
      for (String statement : SqlScript.statements(TableDdl.script(SqlDialect.SPARK, Tables.ALL))) {
        spark.sql(statement);
      }
      for (Table t : Tables.ALL) {
        assertThat(spark.table("newsframes." + t.name()).count())
            .as("%s rows through the Spark SQL table", t.name())
            .isEqualTo(w.read(t).count());
      }
    } finally {
      spark.sql("DROP DATABASE IF EXISTS newsframes CASCADE");
      spark.conf().unset("warehouse");
    }
  }

  private static long scalar(Statement sql, String query) throws Exception {
    try (ResultSet rs = sql.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
