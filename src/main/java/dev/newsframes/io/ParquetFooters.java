package dev.newsframes.io;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Reads the footer of every data file of a table on the driver: a file that is not Parquet (cut
 * short, overwritten) shows here as one message, before a Spark task fails on it with an error and
 * a stack trace in the log. It does not read the data pages, so damage inside them still shows only
 * when Spark reads them.
 */
public final class ParquetFooters {
  private ParquetFooters() {}

  /** The first data file of {@code dir} whose footer cannot be read, and why; empty when none. */
  public static Optional<String> firstUnreadable(Configuration conf, String dir) {
    Path root = new Path(dir);
    try {
      FileSystem fs = root.getFileSystem(conf);
      for (FileStatus f : fs.listStatus(root)) {
        String name = f.getPath().getName();
        // Spark's and Hadoop's own files (_SUCCESS, .crc) are not data
        if (!f.isFile() || name.startsWith("_") || name.startsWith(".")) {
          continue;
        }
        try (ParquetFileReader r =
            ParquetFileReader.open(HadoopInputFile.fromPath(f.getPath(), conf))) {
          r.getFooter();
        } catch (IOException | RuntimeException e) {
          String m = String.valueOf(e.getMessage());
          return Optional.of(m.contains(name) ? m : f.getPath() + ": " + m);
        }
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(dir + ": " + e.getMessage());
    }
  }
}
