package dev.newsframes.cli;

import dev.newsframes.ingest.html.ExtractedArticle;
import dev.newsframes.ingest.html.HtmlArticleExtractor;
import dev.newsframes.ingest.html.MetadataAccuracy;
import dev.newsframes.ingest.html.ShingleF1;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Scores extracted titles and dates against labelled page sets: fundus test data and trafilatura's
 * evaluation set; also their main-text labels (fundus body F1, trafilatura with/without snippets).
 */
@Command(
    name = "metadata",
    mixinStandardHelpOptions = true,
    description =
        "Score extracted titles and publication dates (and main text) against the fundus and"
            + " trafilatura labelled page sets.")
public final class EvaluateMetadataCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--fundus",
      paramLabel = "DIR",
      description = "fundus test data: <country>/<Publisher>.json + pages.")
  Path fundus;

  @Option(
      names = "--trafilatura",
      paramLabel = "DIR",
      description = "trafilatura evaluation set: evaldata.json, eval/, cache/.")
  Path trafilatura;

  @Option(names = "--verbose", description = "List every title and date that does not match.")
  boolean verbose;

  /** Runs the command alone, outside {@code newsframes evaluate}, as the benchmark scripts do. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new EvaluateMetadataCommand()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (fundus == null && trafilatura == null) {
      err.println("Give --fundus DIR, --trafilatura DIR or both.");
      return 2;
    }
    for (Path dir : new Path[] {fundus, trafilatura}) {
      if (dir != null && !Files.isDirectory(dir)) {
        err.println("Cannot read labelled pages in " + dir + ": not a directory.");
        return 2;
      }
    }
    if (fundus != null) {
      report("fundus", BenchmarkCorpora.fundus(fundus), out);
    }
    if (trafilatura != null) {
      report("trafilatura", BenchmarkCorpora.trafilatura(trafilatura), out);
    }
    out.flush();
    return 0;
  }

  private void report(String name, List<LabelledPage> pages, PrintWriter out) {
    int titled = 0, exact = 0, normalised = 0, dated = 0, sameDay = 0, nearDay = 0;
    int withFound = 0, withMissed = 0, withoutFound = 0, withoutAbsent = 0;
    List<ShingleF1.PageMatch> bodies = new ArrayList<>();
    for (LabelledPage page : pages) {
      ExtractedArticle a = HtmlArticleExtractor.extract(HtmlFiles.read(page.file()), page.url());
      if (!page.title().isBlank()) {
        titled++;
        boolean isExact = MetadataAccuracy.titleExact(page.title(), a.title());
        boolean isNormalised = isExact || MetadataAccuracy.titleNormalised(page.title(), a.title());
        exact += isExact ? 1 : 0;
        normalised += isNormalised ? 1 : 0;
        if (verbose && !isNormalised) {
          out.printf(
              "  title %s%n    want: %s%n    got:  %s%n", page.id(), page.title(), a.title());
        }
      }
      if (page.day().isPresent()) {
        dated++;
        boolean ok = MetadataAccuracy.sameDay(page.day().get(), a.published());
        sameDay += ok ? 1 : 0;
        // a UTC day one off is usually the publisher's local evening, not a wrong date
        nearDay +=
            a.published()
                    .filter(
                        d -> Math.abs(d.day().toEpochDay() - page.day().get().toEpochDay()) <= 1)
                    .isPresent()
                ? 1
                : 0;
        if (verbose && !ok) {
          out.printf(
              "  date  %s want %s got %s%n",
              page.id(), page.day().get(), a.published().map(Object::toString).orElse("-"));
        }
      }
      if (!page.body().isBlank()) {
        bodies.add(ShingleF1.match(page.body(), a.body()));
      }
      for (String s : page.with()) {
        if (MetadataAccuracy.containsSnippet(a.body(), s)) withFound++;
        else withMissed++;
      }
      for (String s : page.without()) {
        if (MetadataAccuracy.containsSnippet(a.body(), s)) withoutFound++;
        else withoutAbsent++;
      }
    }
    out.printf(
        Locale.ROOT,
        "%-12s pages=%d  title exact=%.3f normalised=%.3f (of %d)  date day=%.3f (of %d)%n",
        name,
        pages.size(),
        share(exact, titled),
        share(normalised, titled),
        titled,
        share(sameDay, dated),
        dated);
    if (!bodies.isEmpty()) {
      ShingleF1.Summary s = ShingleF1.summarize(bodies);
      out.printf(
          Locale.ROOT,
          "%-12s body precision=%.3f recall=%.3f F1=%.3f (of %d)%n",
          name,
          s.precision(),
          s.recall(),
          s.f1(),
          s.pages());
    }
    if (withFound + withMissed > 0) {
      double p = share(withFound, withFound + withoutFound);
      double r = share(withFound, withFound + withMissed);
      out.printf(
          Locale.ROOT,
          "%-12s snippets precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f%n",
          name,
          p,
          r,
          2 * p * r / (p + r),
          share(withFound + withoutAbsent, withFound + withMissed + withoutFound + withoutAbsent));
    }
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
