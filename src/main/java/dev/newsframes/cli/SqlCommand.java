package dev.newsframes.cli;

import dev.newsframes.io.Warehouse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsframes sql}: Spark SQL over the warehouse, every table registered as a view. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Spark SQL over the warehouse; every table is a view of the same name.",
      "With --file, runs the statements of a SQL file (separated by semicolons) in order.",
      "Without either, reads statements from standard input, one per line (an interactive shell)."
    })
public final class SqlCommand implements Callable<Integer> {
  @Mixin SparkOptions spark = new SparkOptions();

  @Parameters(
      arity = "0..1",
      paramLabel = "QUERY",
      description = "The SQL to run: one statement, or several separated by semicolons.")
  String query;

  @Option(
      names = {"-f", "--file"},
      paramLabel = "FILE",
      description = "A SQL file to run, e.g. notebooks-data/queries/spike-weeks.sql.")
  Path file;

  @Spec CommandSpec spec;

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
    List<String> script = script();
    SparkSession session = spark.session("sql");
    Warehouse warehouse = spark.warehouse(session);
    List<String> views = warehouse.registerViews();
    if (!script.isEmpty()) {
      for (String statement : script) {
        show(session.sql(statement));
      }
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

  /** The statements of QUERY or --file; empty for the shell. Bad options fail before Spark. */
  private List<String> script() throws IOException {
    if (query != null && file != null) {
      throw new ParameterException(spec.commandLine(), "Give either a QUERY or --file, not both");
    }
    if (file == null && query == null) {
      return List.of();
    }
    if (file != null && !Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "SQL file not found: " + file);
    }
    String text = file == null ? query : Files.readString(file, StandardCharsets.UTF_8);
    List<String> statements = SqlScript.statements(text);
    if (statements.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "No SQL statement in " + (file == null ? "QUERY" : file));
    }
    return statements;
  }

  private static String prompt(BufferedReader in) throws IOException {
    System.out.print("newsframes> ");
    System.out.flush();
    return in.readLine();
  }

  private void show(Dataset<Row> result) {
    result.show(rows, wide ? 0 : 60, false);
  }
}
