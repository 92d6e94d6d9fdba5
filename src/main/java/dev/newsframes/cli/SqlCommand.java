package dev.newsframes.cli;

import dev.newsframes.io.Warehouse;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsframes sql}: Spark SQL over the warehouse, every table registered as a view. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Spark SQL over the warehouse; every table is a view of the same name.",
      "Without a query, reads statements from standard input, one per line (an interactive shell)."
    })
public final class SqlCommand implements Callable<Integer> {
  @Mixin SparkOptions spark = new SparkOptions();

  @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The SQL statement to run.")
  String query;

  @Option(
      names = "--rows",
      defaultValue = "40",
      description = "Rows to show (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(
      names = "--wide",
      description = "Show full cell contents instead of truncating at 60 characters.")
  boolean wide;

  @Override
  public Integer call() throws Exception {
    SparkSession session = spark.session("sql");
    Warehouse warehouse = spark.warehouse(session);
    List<String> views = warehouse.registerViews();
    if (query != null) {
      show(session.sql(query));
      return ExitCode.OK;
    }
    System.out.println(
        "tables: "
            + String.join(", ", views)
            + "  (end a line with ; or just press enter; Ctrl-D quits)");
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = prompt(in)) != null; ) {
      String sql = line.strip().replaceFirst(";$", "");
      if (sql.isEmpty()) {
        continue;
      }
      try {
        show(session.sql(sql));
      } catch (RuntimeException e) {
        System.out.println("error: " + e.getMessage());
      }
    }
    return ExitCode.OK;
  }

  private static String prompt(BufferedReader in) throws java.io.IOException {
    System.out.print("newsframes> ");
    System.out.flush();
    return in.readLine();
  }

  private void show(Dataset<Row> result) {
    result.show(rows, wide ? 0 : 60, false);
  }
}
