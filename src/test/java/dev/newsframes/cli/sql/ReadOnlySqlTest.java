package dev.newsframes.cli.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadOnlySqlTest {

  @Test
  void queriesPass() {
    for (String q :
        new String[] {
          "SELECT count(*) FROM articles",
          "  with t AS (SELECT 1) SELECT * FROM t",
          "(SELECT 1) UNION (SELECT 2)",
          "FROM frame_balance",
          "DESCRIBE articles",
          "SHOW TABLES",
          "VALUES (1)",
          "-- a comment first\nSELECT 1",
          "SELECT replace(title, 'a', 'b') FROM articles",
          "SELECT \"set\", `load` FROM t WHERE text LIKE '%insert into%' /* copy */"
        }) {
      assertThat(ReadOnlySql.refusal(q)).as(q).isEmpty();
    }
  }

  @Test
  void anythingThatCouldWriteIsRefused() {
    for (String q :
        new String[] {
          "INSERT OVERWRITE DIRECTORY '/tmp/x' SELECT * FROM articles",
          "insert into articles select * from articles",
          "WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t",
          "COPY articles TO 'notebooks-data/warehouse/x.parquet'",
          "SELECT 1; COPY (SELECT 1) TO 'x.csv'",
          "CREATE TABLE x AS SELECT 1",
          "ATTACH 'x.db'",
          "SET spark.sql.warehouse.dir=/tmp",
          "PRAGMA enable_profiling",
          "SELECT reflect('java.lang.System', 'exit', 0)",
          "EXPLAIN SELECT 1",
          "DROP VIEW articles",
          "",
          "-- only a comment"
        }) {
      assertThat(ReadOnlySql.refusal(q)).as(q).isPresent();
    }
    assertThat(ReadOnlySql.refusal("WITH t AS (SELECT 1) INSERT INTO x SELECT * FROM t"))
        .hasValue(
            "Refused: the sql command only reads the warehouse; INSERT can write or change"
                + " settings (quote it if it is a name).");
  }

  @Test
  void wordsSkipQuotesAndComments() {
    assertThat(SqlWords.of("SELECT 'it\\'s COPY' AS \"drop\", $$insert$$ -- set\n/* x */ FROM t"))
        .containsExactly("SELECT", "AS", "FROM", "T");
  }
}
