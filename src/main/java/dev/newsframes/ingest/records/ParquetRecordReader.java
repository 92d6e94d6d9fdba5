package dev.newsframes.ingest.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a Parquet file of articles (such as a CC-NEWS export) row by row; top-level primitive
 * columns become record fields, timestamps as ISO instants. Nested columns are ignored.
 */
public final class ParquetRecordReader {
  private static final long JULIAN_EPOCH_DAY = 2_440_588L;

  private ParquetRecordReader() {}

  public static FileOutcome read(
      Path path,
      Configuration conf,
      PageContext ctx,
      FieldMapping mapping,
      RecordMapper.HtmlExtractor html)
      throws IOException {
    RecordSink sink = new RecordSink(ctx, mapping, html);
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
      long row = 0;
      for (Group g; (g = reader.read()) != null; row++) {
        sink.record(toObject(g), row);
      }
    }
    return sink.outcome();
  }

  private static ObjectNode toObject(Group g) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < g.getType().getFieldCount(); i++) {
      Type t = g.getType().getType(i);
      if (!t.isPrimitive() || g.getFieldRepetitionCount(i) == 0) {
        continue;
      }
      o.put(t.getName(), value(g, i, t.asPrimitiveType()));
    }
    return o;
  }

  private static String value(Group g, int i, PrimitiveType t) {
    LogicalTypeAnnotation logical = t.getLogicalTypeAnnotation();
    return switch (t.getPrimitiveTypeName()) {
      case INT96 -> int96(g.getInt96(i, 0).getBytes()).toString();
      case INT64 ->
          logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts
              ? timestamp(g.getLong(i, 0), ts.getUnit()).toString()
              : Long.toString(g.getLong(i, 0));
      case INT32 ->
          logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation
              ? LocalDate.ofEpochDay(g.getInteger(i, 0)).toString()
              : Integer.toString(g.getInteger(i, 0));
      case BOOLEAN -> Boolean.toString(g.getBoolean(i, 0));
      case FLOAT -> Float.toString(g.getFloat(i, 0));
      case DOUBLE -> Double.toString(g.getDouble(i, 0));
      default -> g.getString(i, 0);
    };
  }

  private static Instant timestamp(long v, LogicalTypeAnnotation.TimeUnit unit) {
    return switch (unit) {
      case MILLIS -> Instant.ofEpochMilli(v);
      case MICROS -> Instant.EPOCH.plus(v, ChronoUnit.MICROS);
      case NANOS -> Instant.EPOCH.plus(v, ChronoUnit.NANOS);
    };
  }

  /** Impala/Spark INT96: 8 bytes of nanos of day, then 4 bytes of Julian day, little-endian. */
  private static Instant int96(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long nanos = b.getLong();
    long julianDay = b.getInt();
    return Instant.EPOCH.plus(julianDay - JULIAN_EPOCH_DAY, ChronoUnit.DAYS).plusNanos(nanos);
  }
}
