package dev.newsframes.io;

import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * A warehouse table: a Parquet directory {@code <warehouse>/<name>/}.
 *
 * @param schema every column, including partition columns
 * @param partitionColumns Hive-style partition columns, in directory order
 */
public record Table(String name, StructType schema, List<String> partitionColumns) {
  public Table {
    partitionColumns = List.copyOf(partitionColumns);
  }
}
