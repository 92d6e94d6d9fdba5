package dev.newsframes.cli.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The first rows of a query result as text, laid out as Spark's {@code Dataset.show} does, so both
 * engines print the same table: a box of {@code +---+} rules, cells cut at a width (right-aligned)
 * or whole (left-aligned), and a line saying when more rows exist.
 *
 * @param columns column names
 * @param rows cell texts ({@link CellText}), at most the rows asked for
 * @param more whether the result had more rows than {@code rows}
 */
public record ResultTable(List<String> columns, List<List<String>> rows, boolean more) {
  public ResultTable {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The table, cells cut at {@code truncate} characters (0: whole cells). */
  public String render(int truncate) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(cut(columns, truncate));
    rows.forEach(r -> cells.add(cut(r, truncate)));
    int[] widths = new int[columns.size()];
    for (List<String> row : cells) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(Math.max(widths[i], 3), length(row.get(i)));
      }
    }
    StringBuilder rule = new StringBuilder("+");
    for (int w : widths) {
      rule.append("-".repeat(w)).append('+');
    }
    StringBuilder out = new StringBuilder().append(rule).append('\n');
    for (int r = 0; r < cells.size(); r++) {
      out.append('|');
      for (int i = 0; i < widths.length; i++) {
        String cell = cells.get(r).get(i);
        String pad = " ".repeat(widths[i] - length(cell));
        out.append(truncate > 0 ? pad + cell : cell + pad).append('|');
      }
      out.append('\n');
      if (r == 0) {
        out.append(rule).append('\n');
      }
    }
    out.append(rule).append('\n');
    if (more) {
      out.append("only showing top ")
          .append(rows.size())
          .append(rows.size() == 1 ? " row" : " rows")
          .append('\n');
    }
    return out.toString();
  }

  private static List<String> cut(List<String> row, int truncate) {
    if (truncate <= 0) {
      return row;
    }
    return row.stream()
        .map(
            c ->
                length(c) <= truncate
                    ? c
                    : truncate < 4
                        ? c.substring(0, c.offsetByCodePoints(0, truncate))
                        : c.substring(0, c.offsetByCodePoints(0, truncate - 3)) + "...")
        .toList();
  }

  private static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
