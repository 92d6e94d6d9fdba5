package dev.newsframes.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Reliability harness, not a test: prints the row count and an order-independent checksum of
 * warehouse tables without starting Spark, as a reader that lists files the way Spark does would
 * see them (names starting with {@code .} or {@code _}, except partition directories, are ignored,
 * so a table holding only {@code _temporary} reads as empty).
 *
 * <p>One line per table: {@code table=articles state=ok files=3 rows=200 checksum=...
 * temporary=no}. The checksum is the sum modulo 2^64 of the first 8 bytes of SHA-256 over each
 * row's key columns (articles: article_id and content_hash), so it does not depend on file layout
 * or row order and counts repeated rows. States: {@code ok}, {@code missing} (no directory), {@code
 * empty} (a directory without data files), {@code unreadable} (a data file that is not valid
 * Parquet).
 *
 * <p>Usage: {@code TableFingerprint WAREHOUSE [TABLE...]} (default: articles rejects duplicates);
 * {@code TableFingerprint --rejects WAREHOUSE} lists the rejects (file, position, reason, message);
 * {@code TableFingerprint --dump WAREHOUSE TABLE COLUMN,...} prints string columns of every row.
 */
public final class TableFingerprint {
  private static final Map<String, List<String>> KEYS =
      Map.of(
          "articles", List.of("article_id", "content_hash"),
          "rejects", List.of("input_file", "position", "reason"),
          "duplicates", List.of("article_id", "duplicate_of"));

  private TableFingerprint() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: TableFingerprint WAREHOUSE [TABLE...]");
      System.exit(2);
    }
    if (args[0].equals("--rejects")) {
      listRejects(Path.of(args[1]).resolve("rejects"));
      return;
    }
    if (args[0].equals("--dump")) {
      dump(Path.of(args[1]).resolve(args[2]), List.of(args[3].split(",")));
      return;
    }
    Path warehouse = Path.of(args[0]);
    List<String> tables =
        args.length > 1
            ? List.of(args).subList(1, args.length)
            : List.of("articles", "rejects", "duplicates");
    for (String table : tables) {
      System.out.println(describe(warehouse.resolve(table), table));
    }
  }

  private static String describe(Path dir, String table) {
    if (!Files.isDirectory(dir)) {
      return "table=" + table + " state=missing files=0 rows=0 checksum=- temporary=no";
    }
    String temporary = Files.exists(dir.resolve("_temporary")) ? "yes" : "no";
    List<Path> files;
    try {
      files = dataFiles(dir);
    } catch (IOException e) {
      return "table=" + table + " state=unreadable error=" + oneLine(e) + " temporary=" + temporary;
    }
    long rows = 0;
    long checksum = 0;
    for (Path f : files) {
      try {
        long[] rc = read(f, KEYS.getOrDefault(table, List.of()));
        rows += rc[0];
        checksum += rc[1];
      } catch (IOException | RuntimeException e) {
        return "table="
            + table
            + " state=unreadable file="
            + dir.relativize(f)
            + " error="
            + oneLine(e)
            + " temporary="
            + temporary;
      }
    }
    return String.format(
        "table=%s state=%s files=%d rows=%d checksum=%016x temporary=%s",
        table, files.isEmpty() ? "empty" : "ok", files.size(), rows, checksum, temporary);
  }

  /** Data files as Spark's file index lists them: hidden names and {@code _x} are skipped. */
  private static List<Path> dataFiles(Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> children = Files.list(dir)) {
      for (Path p : children.sorted().toList()) {
        String name = p.getFileName().toString();
        boolean hidden = name.startsWith(".") || name.startsWith("_") && !name.contains("=");
        if (hidden) {
          continue;
        }
        if (Files.isDirectory(p)) {
          out.addAll(dataFiles(p));
        } else {
          out.add(p);
        }
      }
    }
    return out;
  }

  /** Rows and checksum of one Parquet file; only the footer when there are no key columns. */
  private static long[] read(Path file, List<String> keys) throws IOException {
    Configuration conf = new Configuration();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file.toUri());
    long footerRows;
    List<String> present = new ArrayList<>();
    StringBuilder projection = new StringBuilder("message keys {");
    try (ParquetFileReader footer = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
      footerRows = footer.getRecordCount();
      var schema = footer.getFooter().getFileMetaData().getSchema();
      for (String k : keys) {
        if (schema.containsField(k)) {
          present.add(k);
          // each key as the file types it (rejects.position is int64, the others text)
          projection.append(' ').append(schema.getType(k)).append(';');
        }
      }
    }
    if (present.isEmpty() || footerRows == 0) {
      return new long[] {footerRows, 0};
    }
    conf.set(ReadSupport.PARQUET_READ_SCHEMA, projection.append(" }").toString());
    long rows = 0;
    long sum = 0;
    try (ParquetReader<Group> reader =
        ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
      for (Group g; (g = reader.read()) != null; ) {
        rows++;
        sum += rowHash(g, present);
      }
    }
    return new long[] {rows, sum};
  }

  private static void listRejects(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Configuration conf = new Configuration();
    conf.set(
        ReadSupport.PARQUET_READ_SCHEMA,
        "message r { optional binary input_file (STRING); optional int64 position;"
            + " optional binary reason (STRING); optional binary message (STRING); }");
    for (Path f : dataFiles(dir)) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f.toUri());
      try (ParquetReader<Group> reader =
          ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
        for (Group g; (g = reader.read()) != null; ) {
          String file = g.getString("input_file", 0);
          String message = g.getString("message", 0).replaceAll("\\s+", " ");
          System.out.printf(
              "%s @%d %s: %s%n",
              file.substring(file.lastIndexOf('/') + 1),
              g.getLong("position", 0),
              g.getString("reason", 0),
              message.length() > 240 ? message.substring(0, 240) + "..." : message);
        }
      }
    }
  }

  private static void dump(Path dir, List<String> columns) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    Configuration conf = new Configuration();
    StringBuilder projection = new StringBuilder("message d {");
    for (String c : columns) {
      projection.append(" optional binary ").append(c).append(" (STRING);");
    }
    conf.set(ReadSupport.PARQUET_READ_SCHEMA, projection.append(" }").toString());
    for (Path f : dataFiles(dir)) {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f.toUri());
      try (ParquetReader<Group> reader =
          ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
        for (Group g; (g = reader.read()) != null; ) {
          List<String> cells = new ArrayList<>();
          for (String c : columns) {
            String v = g.getFieldRepetitionCount(c) == 0 ? "null" : g.getString(c, 0);
            v = v.replaceAll("\\s+", " ");
            cells.add(v.length() > 80 ? v.substring(0, 80) + "..." : v);
          }
          System.out.println(String.join(" | ", cells));
        }
      }
    }
  }

  private static long rowHash(Group g, List<String> keys) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (String k : keys) {
      String v =
          g.getFieldRepetitionCount(k) == 0
              ? "\u0000null"
              : g.getValueToString(g.getType().getFieldIndex(k), 0);
      sha.update(v.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0x1f);
    }
    byte[] d = sha.digest();
    long h = 0;
    for (int i = 0; i < 8; i++) {
      h = (h << 8) | (d[i] & 0xff);
    }
    return h;
  }

  private static String oneLine(Throwable e) {
    return String.valueOf(e).replaceAll("\\s+", " ");
  }
}
