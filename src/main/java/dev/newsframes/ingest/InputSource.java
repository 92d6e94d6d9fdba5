package dev.newsframes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;

/** Where an input file's bytes come from. */
public interface InputSource {
  /**
   * Opens the raw (possibly compressed) bytes from the start. Called once, and again by the WARC
   * reader to read on after a record it cannot read.
   */
  InputStream open() throws IOException;

  /** The Hadoop path and configuration, for formats read by random access (Parquet). */
  Optional<HadoopFile> hadoopFile();

  /** A file on a Hadoop file system. */
  record HadoopFile(Path path, Configuration conf) {}

  /** A file on any Hadoop file system: local, hdfs://, s3a://. */
  static InputSource of(Path path, Configuration conf) {
    return new InputSource() {
      @Override
      public InputStream open() throws IOException {
        FileSystem fs = path.getFileSystem(conf);
        // the checksum layer builds a ".<name>.crc" path that a colon in the name turns into a
        // URI error; local inputs have no checksum files to verify
        return fs instanceof LocalFileSystem local
            ? local.getRawFileSystem().open(path)
            : fs.open(path);
      }

      @Override
      public Optional<HadoopFile> hadoopFile() {
        return Optional.of(new HadoopFile(path, conf));
      }
    };
  }

  /** Bytes from a stream only (tests, and callers without Hadoop). */
  static InputSource ofStream(IoSupplier opener) {
    return new InputSource() {
      @Override
      public InputStream open() throws IOException {
        return opener.get();
      }

      @Override
      public Optional<HadoopFile> hadoopFile() {
        return Optional.empty();
      }
    };
  }

  /** Opens a stream. */
  @FunctionalInterface
  interface IoSupplier {
    InputStream get() throws IOException;
  }
}
