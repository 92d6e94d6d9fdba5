package dev.newsframes.cli.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  @Test
  void laysOutRowsAsSparkShowDoes() {
    ResultTable t =
        new ResultTable(
            List.of("month", "balance"),
            List.of(List.of("2023-05-01", "0.25"), List.of("2023-06-01", "NULL")),
            true);

    assertThat(t.render(60))
        .isEqualTo(
            """
            +----------+-------+
            |     month|balance|
            +----------+-------+
            |2023-05-01|   0.25|
            |2023-06-01|   NULL|
            +----------+-------+
            only showing top 2 rows
            """);
    assertThat(t.render(0)).contains("|2023-05-01|0.25   |");
  }

  @Test
  void cutsLongCellsAtTheWidth() {
    ResultTable t = new ResultTable(List.of("t"), List.of(List.of("abcdefghij")), false);
    assertThat(t.render(8)).contains("|abcde...|").doesNotContain("only showing");
    assertThat(t.render(0)).contains("|abcdefghij|");
  }

  @Test
  void cellsReadAsSparkWritesThem() {
    assertThat(CellText.of(null)).isEqualTo("NULL");
    assertThat(CellText.of(List.of("a", "b"))).isEqualTo("[a, b]");
    assertThat(CellText.of(new Object[] {1, null})).isEqualTo("[1, NULL]");
    assertThat(CellText.of(Map.of("k", 1))).isEqualTo("{k -> 1}");
    assertThat(CellText.of(LocalDate.of(2023, 5, 1))).isEqualTo("2023-05-01");
    assertThat(CellText.of(Timestamp.valueOf("2023-05-01 10:00:00")))
        .isEqualTo("2023-05-01 10:00:00");
    assertThat(CellText.of(Timestamp.valueOf("2023-05-01 10:00:00.25")))
        .isEqualTo("2023-05-01 10:00:00.25");
    assertThat(CellText.of(0.5)).isEqualTo("0.5");
  }
}
