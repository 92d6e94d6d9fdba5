package dev.newsframes.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The record of one run, written as JSON to {@code <warehouse>/_runs/<run id>.json}: command and
 * arguments, inputs, per-stage durations and counts, rows per table, versions, the configuration
 * fingerprint, and how the run ended. Scheduled runs leave an audit trail analysts can join to.
 */
public final class RunManifest {
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final String runId;
  private final Map<String, Object> doc = new LinkedHashMap<>();
  private final List<Map<String, Object>> stages = new ArrayList<>();
  private final Instant started = Instant.now();

  public RunManifest(String command, List<String> args) {
    runId = ID_TIME.format(started) + "-" + UUID.randomUUID().toString().substring(0, 8);
    doc.put("run_id", runId);
    doc.put("command", command);
    doc.put("arguments", List.copyOf(args));
    doc.put("started_at", started.toString());
    doc.put("stages", stages);
  }

  public String runId() {
    return runId;
  }

  /** Adds a top-level entry (inputs, versions, fingerprints...). */
  public RunManifest put(String key, Object value) {
    doc.put(key, value);
    return this;
  }

  /** Records a finished stage with its duration and counts. */
  public void stage(String name, Duration duration, Map<String, ?> counts) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("stage", name);
    s.put("duration_ms", duration.toMillis());
    s.putAll(counts);
    stages.add(s);
  }

  /** Writes the manifest with its outcome; returns where it was written. */
  public String write(Configuration conf, String warehouse, int exitCode, String status)
      throws IOException {
    Instant finished = Instant.now();
    doc.put("finished_at", finished.toString());
    doc.put("duration_ms", Duration.between(started, finished).toMillis());
    doc.put("exit_code", exitCode);
    doc.put("status", status);
    Path path = new Path(new Path(warehouse, "_runs"), runId + ".json");
    FileSystem fs = path.getFileSystem(conf);
    try (OutputStream out = fs.create(path, true)) {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, doc);
    }
    return path.toString();
  }
}
