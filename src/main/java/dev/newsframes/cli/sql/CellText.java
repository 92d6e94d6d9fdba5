package dev.newsframes.cli.sql;

import java.lang.reflect.Array;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A cell value as text, as Spark's {@code show} writes it: {@code NULL}, {@code [a, b]} for arrays,
 * {@code {a, b}} for structs, {@code {k -> v}} for maps, timestamps as {@code yyyy-MM-dd HH:mm:ss}
 * (with a fraction only when there is one).
 */
public final class CellText {
  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .appendPattern("yyyy-MM-dd HH:mm:ss")
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
          .toFormatter();

  private CellText() {}

  /** The text of one value; JDBC arrays and structs are read through. */
  public static String of(Object value) {
    if (value == null) {
      return "NULL";
    } else if (value instanceof Timestamp t) {
      return TIMESTAMP.format(t.toLocalDateTime());
    } else if (value instanceof LocalDateTime t) {
      return TIMESTAMP.format(t);
    } else if (value instanceof java.sql.Array a) { // fqn: java.lang.reflect.Array is imported
      return of(jdbc(() -> a.getArray()));
    } else if (value instanceof Struct s) {
      return "{" + join(List.of(jdbc(s::getAttributes))) + "}";
    } else if (value instanceof Map<?, ?> m) {
      return m.entrySet().stream()
          .map(e -> of(e.getKey()) + " -> " + of(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    } else if (value instanceof Collection<?> c) {
      return "[" + join(c) + "]";
    } else if (value.getClass().isArray() && !(value instanceof byte[])) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < Array.getLength(value); i++) {
        items.add(Array.get(value, i));
      }
      return "[" + join(items) + "]";
    }
    return String.valueOf(value);
  }

  private static String join(Collection<?> items) {
    return items.stream().map(CellText::of).collect(Collectors.joining(", "));
  }

  private interface JdbcValue<T> {
    T get() throws SQLException;
  }

  private static <T> T jdbc(JdbcValue<T> v) {
    try {
      return v.get();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read a result cell: " + e.getMessage(), e);
    }
  }
}
