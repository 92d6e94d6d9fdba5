package dev.newsframes.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Versions stamped in at build time. Read from a resource rather than jar manifests, which the
 * shaded job jar does not keep, so a cluster run and a local run report (and fingerprint) the same
 * versions.
 */
public final class BuildInfo {
  private static final Properties PROPS = load();

  private BuildInfo() {}

  public static String newsframesVersion() {
    return PROPS.getProperty("newsframes.version", "dev");
  }

  /**
   * When this newsframes was built: part of the stamp of every skippable stage, so a rebuilt
   * newsframes (whose code may count differently) recomputes instead of serving old tables.
   */
  public static String buildStamp() {
    return newsframesVersion() + " built " + PROPS.getProperty("newsframes.built", "unknown");
  }

  public static String coreNlpVersion() {
    return PROPS.getProperty("corenlp.version", "unknown");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream("/newsframes-build.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read newsframes-build.properties", e);
    }
    return p;
  }
}
