package dev.newsframes.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real corpora ({@code ../shared/corpora}), for tests that skip cleanly without them.
 *
 * <p>The location can be overridden with the {@code newsframes.corpora} system property or the
 * {@code NEWSFRAMES_CORPORA} environment variable.
 */
public final class Corpora {
  private Corpora() {}

  /** The corpora root, which may not exist. */
  public static Path root() {
    String prop = System.getProperty("newsframes.corpora");
    String env = System.getenv("NEWSFRAMES_CORPORA");
    String dir = prop != null ? prop : env != null ? env : "../shared/corpora";
    return Path.of(dir).toAbsolutePath().normalize();
  }

  /** A path under the corpora root; skips the calling test with a message when it is absent. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), () -> "skipped: shared corpus not present at " + p);
    return p;
  }
}
