package dev.newsframes.ingest.manifest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entries of a manifest CSV, looked up by the path of an input file, plus the problems met
 * while reading it.
 *
 * <p>Serializable so a job can broadcast it. Lookups never fail: an input with no entry, or with
 * several equally good ones, gets {@link Optional#empty()}.
 */
public final class Manifest implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Map<String, ManifestEntry> byPath = new LinkedHashMap<>();
  private final Map<String, List<ManifestEntry>> byName = new HashMap<>();
  private final List<ManifestProblem> problems;

  /**
   * Indexes entries; a later entry for a path already present is ignored and noted as a problem.
   */
  public Manifest(List<ManifestEntry> entries, List<ManifestProblem> problems) {
    List<ManifestProblem> all = new ArrayList<>(problems);
    for (ManifestEntry e : entries) {
      String key = key(e.file());
      ManifestEntry first = byPath.putIfAbsent(key, e);
      if (first != null) {
        all.add(
            new ManifestProblem(
                e.line(), "duplicate file " + e.file() + " (first on line " + first.line() + ")"));
        continue;
      }
      byName.computeIfAbsent(fileName(key), k -> new ArrayList<>()).add(e);
    }
    this.problems = List.copyOf(all);
  }

  /** A manifest with no entries. */
  public static Manifest empty() {
    return new Manifest(List.of(), List.of());
  }

  /** Entries in file order, without duplicates. */
  public List<ManifestEntry> entries() {
    return List.copyOf(byPath.values());
  }

  public List<ManifestProblem> problems() {
    return problems;
  }

  public int size() {
    return byPath.size();
  }

  /**
   * The entry for an input file given by any path or URI that ends with the manifest's relative
   * path (so {@code /data/x/pages/3.txt} and {@code hdfs://nn/x/pages/3.txt.gz} both find {@code
   * pages/3.txt}); failing that, the only entry with the same file name.
   */
  public Optional<ManifestEntry> find(String inputFile) {
    String path = key(inputFile);
    List<ManifestEntry> named = byName.getOrDefault(fileName(path), List.of());
    ManifestEntry best = null;
    for (ManifestEntry e : named) {
      String rel = key(e.file());
      boolean suffix = path.equals(rel) || path.endsWith("/" + rel);
      if (suffix && (best == null || rel.length() > key(best.file()).length())) {
        best = e;
      }
    }
    if (best == null && named.size() == 1) {
      best = named.get(0);
    }
    return Optional.ofNullable(best);
  }

  /**
   * One problem per entry that no input file finds ({@link #find}): a row for a file that is
   * missing, misnamed or outside the inputs. Its metadata reaches no article.
   */
  public List<ManifestProblem> unmatched(Collection<String> inputFiles) {
    Set<ManifestEntry> used = new HashSet<>();
    for (String f : inputFiles) {
      find(f).ifPresent(used::add);
    }
    List<ManifestProblem> out = new ArrayList<>();
    for (ManifestEntry e : byPath.values()) {
      if (!used.contains(e)) {
        out.add(
            new ManifestProblem(e.line(), "no input file matches " + e.file() + "; row unused"));
      }
    }
    return out;
  }

  /** The entry whose file is exactly this path relative to the manifest's folder. */
  public Optional<ManifestEntry> byRelativePath(String relativePath) {
    return Optional.ofNullable(byPath.get(key(relativePath)));
  }

  /** The entry with this bare file name, when exactly one has it. */
  public Optional<ManifestEntry> byFileName(String name) {
    List<ManifestEntry> named = byName.getOrDefault(fileName(key(name)), List.of());
    return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
  }

  /** A path compared without "./", with forward slashes and without a ".gz" ending. */
  private static String key(String path) {
    return stripCompression(normalise(path));
  }

  private static String normalise(String path) {
    String p = path.strip().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    return p;
  }

  private static String stripCompression(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".gz") ? path.substring(0, path.length() - 3) : path;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
