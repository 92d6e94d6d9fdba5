package dev.newsframes.cli.tooling;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.xxhash64;

import dev.newsframes.cli.SparkOptions;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes checksum}: each table's rows and an order-independent checksum of its content,
 * so two warehouses (a re-run, a refactoring, a migration) can be compared line by line.
 */
@Command(
    name = "checksum",
    mixinStandardHelpOptions = true,
    description = {
      "Prints each table's row count and a checksum of its content, to compare two warehouses.",
      "The checksum is the sum of a 64-bit hash of every row, so row order and file layout do not"
          + " matter. Timing columns (elapsed_ms) are left out. Equal lines mean equal tables (up"
          + " to hash collisions)."
    })
public final class ChecksumCommand implements Callable<Integer> {
  /** Columns that measure a run rather than describe the data. */
  private static final Set<String> VOLATILE = Set.of("elapsed_ms");

  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();

  @Option(
      names = "--ignore",
      paramLabel = "COLUMN",
      split = ",",
      description =
          "Columns also left out, e.g. input_file when two warehouses read the same inputs from"
              + " different folders.")
  List<String> ignored = new ArrayList<>();

  @Override
  public Integer call() {
    SparkSession session = spark.sessionWithExecutor("checksum");
    Warehouse warehouse = spark.warehouse(session);
    warehouse.requireSomeTable(); // two mistyped paths must not compare equal
    for (Table t : Tables.ALL) {
      if (!warehouse.exists(t)) {
        spec.commandLine().getOut().printf(Locale.ROOT, "%-20s (absent)%n", t.name());
        continue;
      }
      Row r = checksum(warehouse.read(t), ignored).first();
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%-20s %10d rows  %s%n",
              t.name(),
              r.getLong(0),
              r.isNullAt(1) ? "-" : r.getDecimal(1).toPlainString());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Rows and the sum of each row's xxhash64 (as a decimal, so the sum never overflows). */
  static Dataset<Row> checksum(Dataset<Row> table, List<String> ignored) {
    Column[] columns =
        Arrays.stream(table.columns())
            .filter(c -> !VOLATILE.contains(c) && !ignored.contains(c))
            .map(c -> col(c))
            .toArray(Column[]::new);
    return table.agg(count(lit(1)), sum(xxhash64(columns).cast("decimal(38,0)")).as("checksum"));
  }
}
