package dev.newsframes.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;

/** Null-safe typed reads of collected rows, by column name. */
final class ReportRows {
  private ReportRows() {}

  static String text(Row r, String column) {
    Object v = r.get(r.fieldIndex(column));
    return v == null ? "" : v.toString();
  }

  static long count(Row r, String column) {
    Object v = r.get(r.fieldIndex(column));
    return v == null ? 0 : ((Number) v).longValue();
  }

  static Optional<Double> number(Row r, String column) {
    Object v = r.get(r.fieldIndex(column));
    return v == null || Double.isNaN(((Number) v).doubleValue())
        ? Optional.empty()
        : Optional.of(((Number) v).doubleValue());
  }

  /** A date column, whichever Java type Spark returns it as. */
  static Optional<LocalDate> date(Row r, String column) {
    Object v = r.get(r.fieldIndex(column));
    if (v instanceof LocalDate d) {
      return Optional.of(d);
    }
    return v == null ? Optional.empty() : Optional.of(((Date) v).toLocalDate());
  }

  static List<String> strings(Row r, String column) {
    int i = r.fieldIndex(column);
    return r.isNullAt(i) ? List.of() : List.copyOf(r.<String>getList(i));
  }
}
