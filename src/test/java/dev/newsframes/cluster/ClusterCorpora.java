package dev.newsframes.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The small corpora the cluster tests ingest, written under a test directory. */
final class ClusterCorpora {
  private ClusterCorpora() {}

  private static final List<String> SENTENCES =
      List.of(
          "Lawmakers debated whether frontier models should pass safety tests before release.",
          "Executives said new data centres would bring jobs and keep the industry competitive.",
          "An agency proposed audits of automated hiring tools used by large employers.",
          "Investors poured money into chip start-ups racing rivals in China.",
          "Civil liberties groups asked for limits on face recognition by the police.",
          "The ministry promised faster permits for power lines that feed AI campuses.",
          "Researchers published an evaluation of how often chatbots invent citations.",
          "A court weighed whether training on news archives is fair use.");

  /**
   * The seed page of {@code notebooks-data/input} (not the bundled White House sample beside it:
   * minutes of CoreNLP per executor) and the fixtures in {@code cluster/corpus}.
   */
  static Path smallCorpus(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path seed =
        BuildOutputs.root().resolve("notebooks-data/input/marsbit-trump-ai-executive-order.txt");
    Files.copy(seed, dir.resolve(seed.getFileName()));
    Path fixtures = BuildOutputs.root().resolve("src/test/resources/cluster/corpus");
    try (Stream<Path> files = Files.list(fixtures)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()));
      }
    }
    return dir;
  }

  /**
   * {@code files} JSON Lines files of three articles each, generated from a few sentences so that
   * some articles repeat (exact duplicates) and dates spread over several days (partitions).
   */
  static Path generatedCorpus(Path dir, int files) throws IOException {
    Files.createDirectories(dir);
    for (int f = 0; f < files; f++) {
      StringBuilder lines = new StringBuilder();
      for (int r = 0; r < 3; r++) {
        int n = (f * 3 + r) % 40; // 40 distinct articles, so later files repeat earlier ones
        String text =
            SENTENCES.get(n % 8)
                + " "
                + SENTENCES.get((n / 8 + n + 3) % 8)
                + " Report number "
                + n
                + " of the series.";
        lines.append(
            String.format(
                Locale.ROOT,
                "{\"title\": \"Briefing %d\", \"text\": \"%s\", \"date\": \"2026-05-%02dT08:00:00Z\", "
                    + "\"url\": \"https://briefs.example/%d/%d\", \"source\": \"Example Briefs\"}%n",
                n,
                text,
                10 + n % 5,
                f,
                n));
      }
      Files.writeString(
          dir.resolve(String.format(Locale.ROOT, "briefs-%03d.jsonl", f)),
          lines,
          StandardCharsets.UTF_8);
    }
    return dir;
  }
}
