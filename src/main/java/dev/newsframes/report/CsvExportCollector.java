package dev.newsframes.report;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.report.ReportData.CsvFile;
import dev.newsframes.report.ReportData.Extent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.StructField;

/**
 * The trend tables as CSV files in {@code csv/}, sorted by their keys. Rows stream to the driver a
 * partition at a time ({@code toLocalIterator}), never all at once, and stop at the row limit.
 */
final class CsvExportCollector {
  /** A table and the columns its export is sorted by. */
  record Export(Table table, List<String> order) {}

  static final List<Export> EXPORTS =
      List.of(
          new Export(Tables.FRAMES, List.of("frame_order")),
          new Export(Tables.FRAME_TRENDS, List.of("granularity", "period_start", "frame")),
          new Export(Tables.FRAME_BALANCE, List.of("granularity", "period_start")),
          new Export(Tables.ENTITY_TRENDS, List.of("granularity", "period_start", "entity")),
          new Export(
              Tables.ENTITY_FRAMES, List.of("granularity", "period_start", "entity", "frame")),
          new Export(
              Tables.SPIKES, List.of("granularity", "period_start", "series_type", "series")),
          new Export(Tables.EVIDENCE, List.of("granularity", "period_start", "frame", "rank")));

  /** The tables exported. */
  static final List<Table> TABLES = EXPORTS.stream().map(Export::table).toList();

  private CsvExportCollector() {}

  static List<CsvFile> write(ReportTablesCollector in, ReportFiles files, long maxRows)
      throws IOException {
    List<CsvFile> written = new ArrayList<>();
    for (Export e : EXPORTS) {
      Optional<Dataset<Row>> table = in.table(e.table());
      if (table.isEmpty()) {
        continue;
      }
      in.describe("CSV export of " + e.table().name());
      Dataset<Row> sorted =
          table
              .get()
              .orderBy(e.order().stream().map(c -> col(c)).toArray(Column[]::new))
              .limit((int) Math.min(Integer.MAX_VALUE - 1, maxRows + 1));
      String file = "csv/" + e.table().name() + ".csv";
      StructField[] fields = sorted.schema().fields();
      Iterator<Row> rows = sorted.toLocalIterator();
      long n =
          CsvExport.write(
              files.resolve(file),
              Arrays.stream(fields).map(StructField::name).toList(),
              new Iterator<List<?>>() {
                @Override
                public boolean hasNext() {
                  return rows.hasNext();
                }

                @Override
                public List<?> next() {
                  return cells(rows.next(), fields);
                }
              },
              maxRows);
      Extent extent = rows.hasNext() ? Extent.FIRST_ROWS : Extent.WHOLE_TABLE;
      if (extent == Extent.FIRST_ROWS) {
        in.note(
            file
                + " holds the first "
                + n
                + " rows of "
                + e.table().name()
                + " only (--csv-max-rows).");
      }
      written.add(new CsvFile(file, e.table().name(), n, extent));
    }
    return written;
  }

  /** The cells of a row as plain Java values: dates as LocalDate, arrays as lists. */
  static List<Object> cells(Row row, StructField[] fields) {
    List<Object> cells = new ArrayList<>(fields.length);
    for (int i = 0; i < fields.length; i++) {
      if (row.isNullAt(i)) {
        cells.add(null);
      } else if (fields[i].dataType() instanceof ArrayType) {
        cells.add(row.getList(i));
      } else if (fields[i].dataType() instanceof DateType) {
        cells.add(ReportRows.date(row, fields[i].name()).orElse(null));
      } else {
        cells.add(row.get(i));
      }
    }
    return cells;
  }
}
