package dev.newsframes.cluster;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Every table present in a warehouse as its rows in JSON, sorted: two warehouses hold the same data
 * exactly when these are equal, whatever the file layout or row order. Timings ({@code elapsed_ms})
 * are left out, doubles compared to 9 decimals.
 */
final class WarehouseContents {
  private WarehouseContents() {}

  /** Table name to its sorted rows, for every table of {@link Tables#ALL} the warehouse has. */
  static Map<String, List<String>> of(SparkSession spark, Path root) {
    Warehouse warehouse = new Warehouse(spark, root.toString());
    Map<String, List<String>> tables = new TreeMap<>();
    for (Table t : Tables.ALL) {
      if (warehouse.exists(t)) {
        // how long a document took is the one column that differs between identical runs
        List<String> rows =
            new ArrayList<>(
                roundedDoubles(warehouse.read(t).drop("elapsed_ms")).toJSON().collectAsList());
        rows.sort(null);
        tables.put(t.name(), rows);
      }
    }
    return tables;
  }

  /**
   * Top-level doubles rounded to 9 decimals: a mean summed over partitions in another order (a
   * cluster's executors vs local threads) differs in its last bit, which is no difference in data.
   */
  private static Dataset<Row> roundedDoubles(Dataset<Row> rows) {
    Dataset<Row> out = rows;
    for (StructField f : rows.schema().fields()) {
      if (f.dataType().equals(DataTypes.DoubleType)) {
        out = out.withColumn(f.name(), functions.round(functions.col(f.name()), 9));
      }
    }
    return out;
  }
}
