package dev.newsframes.trends;

import dev.newsframes.common.Hashes;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated set of frames, usually read from {@code jobs/frames.yaml}.
 *
 * <p>Construction validates everything (unique snake_case ids, at least one term per frame, lemmas
 * of one word, phrases of several, no duplicate terms, exclusions that can cancel something) and
 * throws a {@link FrameLexiconException} listing every problem with its file and frame id.
 */
public final class FrameLexicon implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern NER_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");

  private final String source;
  private final List<Frame> frames;
  private final String fingerprint;

  private FrameLexicon(String source, List<Frame> frames) {
    this.source = source;
    this.frames = List.copyOf(frames);
    this.fingerprint = Hashes.sha256Hex(this.frames.toString());
  }

  /** Reads and validates a lexicon file (UTF-8). */
  public static FrameLexicon load(Path file) {
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new FrameLexiconException(
          file.toString(), List.of("cannot read the file: " + e.getMessage()), e);
    }
    return parse(yaml, file.toString());
  }

  /** Parses and validates lexicon YAML; {@code source} names it in error messages. */
  public static FrameLexicon parse(String yaml, String source) {
    return of(source, FrameLexiconYaml.read(yaml, source));
  }

  /** Validates frames built in code. */
  public static FrameLexicon of(String source, List<Frame> frames) {
    List<String> problems = new ArrayList<>();
    if (frames.isEmpty()) {
      problems.add("no frames");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < frames.size(); i++) {
      Frame f = frames.get(i);
      String where = "frame '" + f.id() + "' (#" + (i + 1) + ")";
      if (!f.id().isEmpty() && !ids.add(f.id())) {
        problems.add(where + ": duplicate id; frame ids must be unique");
      }
      problems.addAll(FrameChecks.problems(f, where));
    }
    if (!problems.isEmpty()) {
      throw new FrameLexiconException(source, problems);
    }
    return new FrameLexicon(source, frames);
  }

  /** Where the lexicon came from (a file path, or a name given in code). */
  public String source() {
    return source;
  }

  /** The frames in file order. */
  public List<Frame> frames() {
    return frames;
  }

  /** The frame with this id. */
  public Optional<Frame> frame(String id) {
    return frames.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The groups in order of first appearance. */
  public List<String> groups() {
    Set<String> groups = new LinkedHashSet<>();
    frames.forEach(f -> groups.add(f.group()));
    return List.copyOf(groups);
  }

  /** Whether any frame fires on entity mentions, so matching needs the mentions table. */
  public boolean usesEntities() {
    return frames.stream().anyMatch(Frame::usesEntities);
  }

  /**
   * SHA-256 (hex) of the normalised frames: equal for lexicons that match the same way, whatever
   * their comments or layout. Recorded in run manifests.
   */
  public String fingerprint() {
    return fingerprint;
  }

  /** A matcher for this lexicon. */
  public FrameMatcher matcher() {
    return new FrameMatcher(this);
  }

  @Override
  public String toString() {
    return "FrameLexicon[" + source + ", " + frames.size() + " frames, " + fingerprint + "]";
  }

  static boolean isId(String s) {
    return ID.matcher(s).matches();
  }

  static boolean isNerType(String s) {
    return NER_TYPE.matcher(s).matches();
  }
}
