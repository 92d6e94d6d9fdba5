package dev.newsframes.ingest.manifest;

import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/** Reads a manifest on the driver from any Hadoop file system, and keeps it out of the inputs. */
public final class ManifestFiles {
  private ManifestFiles() {}

  /** The manifest's rows and problems; an empty manifest when there is none. */
  public static Manifest read(Configuration conf, Optional<ManifestSpec> spec) throws IOException {
    if (spec.isEmpty()) {
      return Manifest.empty();
    }
    Path path = new Path(spec.get().path());
    try (Reader in =
        new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8)) {
      return ManifestReader.read(in, spec.get().columns());
    }
  }

  /** The input files without the manifest itself, when it sits among them. */
  public static List<String> without(
      Configuration conf, List<String> files, Optional<ManifestSpec> spec) throws IOException {
    if (spec.isEmpty()) {
      return files;
    }
    Path manifest = new Path(spec.get().path());
    String qualified = manifest.getFileSystem(conf).makeQualified(manifest).toString();
    return files.stream().filter(f -> !f.equals(qualified)).toList();
  }

  /**
   * The manifest's problems as rejects of the manifest file, with one for each row that names none
   * of {@code inputFiles}: one reject per manifest line, whatever the number of its problems.
   */
  public static List<Reject> rejects(
      Manifest manifest, ManifestSpec spec, Collection<String> inputFiles) {
    List<ManifestProblem> problems = new ArrayList<>(manifest.problems());
    problems.addAll(manifest.unmatched(inputFiles));
    Map<Long, List<String>> byLine = new TreeMap<>();
    List<Reject> out = new ArrayList<>();
    for (ManifestProblem p : problems) {
      if (p.line() == 0) {
        out.add(reject(spec, 0, RejectReason.MALFORMED_RECORD, "manifest: " + p.message()));
      } else {
        byLine.computeIfAbsent(p.line(), l -> new ArrayList<>()).add(p.message());
      }
    }
    // a row whose only problem is naming no file of this run is well formed: said so by its reason
    Set<Long> malformed = new HashSet<>();
    manifest.problems().forEach(p -> malformed.add(p.line()));
    byLine.forEach(
        (line, messages) ->
            out.add(
                reject(
                    spec,
                    line,
                    malformed.contains(line)
                        ? RejectReason.MALFORMED_RECORD
                        : RejectReason.UNMATCHED_MANIFEST_ROW,
                    "manifest line " + line + ": " + String.join("; ", messages))));
    return out;
  }

  private static Reject reject(ManifestSpec spec, long line, RejectReason reason, String message) {
    return new Reject(spec.path(), line, reason, message, "");
  }
}
