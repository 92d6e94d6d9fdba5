package dev.newsframes.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless on a local file: its DOM after scripts had their chance,
 * or a screenshot. Each run gets a fresh profile; no network but what the page itself asks for.
 *
 * <p>Tests call {@link #require()}, which skips them with a message when chromium is absent ({@code
 * scripts/test} installs it). {@code -Dnewsframes.chromium=PATH} picks another binary.
 */
public final class HeadlessChromium {
  private static final long TIMEOUT_SECONDS = 90;
  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** The browser; skips the calling test when it is not installed. */
  public static HeadlessChromium require() {
    Path binary = Path.of(System.getProperty("newsframes.chromium", "/usr/bin/chromium"));
    assumeTrue(
        Files.isExecutable(binary),
        () ->
            "skipped: no chromium at "
                + binary
                + " (apt-get install -y chromium; scripts/test does)");
    return new HeadlessChromium(binary);
  }

  /** The serialized DOM of the page after load, scripts and 3 s of (virtual) time. */
  public String dumpDom(Path page) {
    return run(page, List.of("--virtual-time-budget=3000", "--dump-dom"));
  }

  /** Writes a PNG screenshot of the page's first {@code width x height} pixels. */
  public Path screenshot(Path page, Path png, int width, int height) {
    run(
        page,
        List.of(
            "--hide-scrollbars",
            "--virtual-time-budget=3000",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath()));
    if (!Files.isRegularFile(png)) {
      throw new IllegalStateException("chromium wrote no screenshot to " + png);
    }
    return png;
  }

  private String run(Path page, List<String> extra) {
    Path profile = null;
    try {
      profile = Files.createTempDirectory("newsframes-chromium-");
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  binary.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-quic",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--user-data-dir=" + profile));
      cmd.addAll(extra);
      cmd.add(page.toAbsolutePath().toUri().toString());
      // to files, so a hung browser cannot block a pipe read: the timeout below always applies
      Path stdout = Files.createTempFile("newsframes-chromium-", ".out");
      Path stderr = Files.createTempFile("newsframes-chromium-", ".err");
      Process p =
          new ProcessBuilder(cmd)
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      p.getOutputStream().close();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IllegalStateException(
            "chromium did not finish in " + TIMEOUT_SECONDS + " s: " + cmd);
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(
            "chromium exited with " + p.exitValue() + ": " + Files.readString(stderr));
      }
      String out = Files.readString(stdout, StandardCharsets.UTF_8);
      Files.delete(stdout);
      Files.delete(stderr);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot run " + binary, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running chromium", e);
    } finally {
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover profile in the temp dir is harmless
    }
  }
}
