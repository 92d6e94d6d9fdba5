package dev.newsframes.cli.sql;

import dev.newsframes.io.UnreadableFile;
import dev.newsframes.io.Warehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.DescribeColumn;
import org.apache.spark.sql.catalyst.plans.logical.DescribeFunction;
import org.apache.spark.sql.catalyst.plans.logical.DescribeRelation;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoDir;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ParsedStatement;
import org.apache.spark.sql.catalyst.plans.logical.ShowColumns;
import org.apache.spark.sql.catalyst.plans.logical.ShowFunctions;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.ShowViews;
import scala.collection.Iterator;
import scala.collection.Seq;

/**
 * Spark SQL over a warehouse ({@code hdfs://}, {@code s3a://}, or any with {@code --engine spark}),
 * every table registered as a temporary view by {@link Warehouse#registerViews}.
 *
 * <p>Read-only: {@link ReadOnlySql}, then Spark's own parser: the parsed plan may hold no command
 * (INSERT OVERWRITE DIRECTORY, CREATE TABLE AS, SET, ADD JAR, CACHE TABLE...) but the few that only
 * describe (SHOW TABLES, DESCRIBE...). Errors are Spark's message without the plan.
 */
public final class SparkSqlEngine implements SqlEngine {
  /** Commands that only read the catalog. */
  private static final Set<Class<?>> DESCRIBING =
      Set.of(
          ShowTables.class,
          ShowViews.class,
          ShowColumns.class,
          ShowFunctions.class,
          DescribeRelation.class,
          DescribeColumn.class,
          DescribeFunction.class);

  private final SparkSession spark;
  private final List<String> tables;

  private SparkSqlEngine(SparkSession spark, List<String> tables) {
    this.spark = spark;
    this.tables = List.copyOf(tables);
  }

  /**
   * Registers the warehouse's tables as views.
   *
   * @throws SqlProblem (invalid) when the warehouse holds no table
   */
  public static SparkSqlEngine open(SparkSession spark, Warehouse warehouse) throws SqlProblem {
    List<String> views = warehouse.registerViews();
    if (views.isEmpty()) {
      throw new SqlProblem(
          SqlProblem.Kind.INVALID,
          "No warehouse at "
              + warehouse.root()
              + ": no table there. Run 'newsframes run' (or ingest) first, or pass --warehouse.",
          List.of());
    }
    return new SparkSqlEngine(spark, views);
  }

  @Override
  public String name() {
    return "Spark SQL " + spark.version();
  }

  @Override
  public List<String> tables() {
    return tables;
  }

  @Override
  public ResultTable query(String statement, int maxRows) throws SqlProblem {
    check(statement);
    try {
      Dataset<Row> result = spark.sql(statement);
      List<Row> rows = result.limit(maxRows + 1).collectAsList();
      List<List<String>> cells = new ArrayList<>();
      for (Row r : rows.subList(0, Math.min(maxRows, rows.size()))) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
          row.add(CellText.of(javaValue(r.get(i))));
        }
        cells.add(row);
      }
      return new ResultTable(List.of(result.columns()), cells, rows.size() > maxRows);
    } catch (Exception e) { // Scala throws AnalysisException, a checked exception, undeclared
      if (e instanceof AnalysisException a) {
        throw new SqlProblem(SqlProblem.Kind.INVALID, a.getSimpleMessage(), tables);
      }
      throw new SqlProblem(
          SqlProblem.Kind.FAILED, UnreadableFile.message(e).orElseGet(() -> firstLine(e)), tables);
    }
  }

  /** Refuses a statement whose parsed plan holds a command other than SHOW or DESCRIBE. */
  void check(String statement) throws SqlProblem {
    Optional<String> refused = ReadOnlySql.refusal(statement);
    if (refused.isPresent()) {
      throw new SqlProblem(SqlProblem.Kind.REFUSED, refused.get(), tables);
    }
    LogicalPlan plan;
    try {
      plan = spark.sessionState().sqlParser().parsePlan(statement);
    } catch (ParseException e) {
      throw new SqlProblem(SqlProblem.Kind.INVALID, e.getSimpleMessage(), tables);
    }
    Optional<String> writing = writingNode(plan);
    if (writing.isPresent()) {
      throw new SqlProblem(
          SqlProblem.Kind.REFUSED,
          ReadOnlySql.message("Spark reads it as " + writing.get()),
          tables);
    }
  }

  /** The first node of the plan that could write or change the session, by its class name. */
  public static Optional<String> writingNode(LogicalPlan plan) {
    boolean writes =
        plan instanceof ParsedStatement
            || plan instanceof InsertIntoDir
            || plan instanceof Command && !DESCRIBING.contains(plan.getClass());
    if (writes) {
      return Optional.of(plan.getClass().getSimpleName());
    }
    Iterator<LogicalPlan> children = plan.children().iterator();
    while (children.hasNext()) {
      Optional<String> found = writingNode(children.next());
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Spark's Scala values as Java ones: arrays as lists, structs as lists of their fields. */
  private static Object javaValue(Object v) {
    if (v instanceof Row r) {
      List<Object> fields = new ArrayList<>();
      for (int i = 0; i < r.size(); i++) {
        fields.add(javaValue(r.get(i)));
      }
      return new Struct(fields);
    } else if (v instanceof Seq<?> s) {
      List<Object> items = new ArrayList<>();
      Iterator<?> it = s.iterator();
      while (it.hasNext()) {
        items.add(javaValue(it.next()));
      }
      return items;
    }
    return v;
  }

  /** A struct's fields, shown as {@code {a, b}}. */
  private record Struct(List<Object> fields) {
    @Override
    public String toString() {
      return "{" + String.join(", ", fields.stream().map(CellText::of).toList()) + "}";
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  @Override
  public void close() {
    // the session belongs to the command
  }
}
