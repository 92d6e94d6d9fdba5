package dev.newsframes.cli.tooling;

import dev.newsframes.ingest.html.ExtractedArticle;
import dev.newsframes.ingest.html.HtmlArticleExtractor;
import dev.newsframes.ingest.html.ShingleF1;
import dev.newsframes.lab.evaluate.MetadataAccuracy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
      throw new ParameterException(
          spec.commandLine(), "Give --fundus DIR, --trafilatura DIR or both.");
    }
    for (Path dir : new Path[] {fundus, trafilatura}) {
      if (dir != null && !Files.isDirectory(dir)) {
        throw new ParameterException(
            spec.commandLine(), "Cannot read labelled pages in " + dir + ": not a directory.");
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
    Tally tally = new Tally();
    for (LabelledPage page : pages) {
      ExtractedArticle a = HtmlArticleExtractor.extract(HtmlFiles.read(page.file()), page.url());
      tally.title(page, a, verbose ? out : null);
      tally.date(page, a, verbose ? out : null);
      tally.text(page, a, verbose ? out : null);
    }
    tally.print(name, pages.size(), out);
  }

  /** Counts of one labelled set. */
  private static final class Tally {
    int titled, exact, normalised, dated, sameDay, nearDay;
    int withFound, withMissed, withoutFound, withoutAbsent;
    final List<ShingleF1.PageMatch> bodies = new ArrayList<>();

    void title(LabelledPage page, ExtractedArticle a, PrintWriter log) {
      if (page.title().isBlank()) {
        return;
      }
      titled++;
      boolean isExact = MetadataAccuracy.titleExact(page.title(), a.title());
      boolean isNormalised = isExact || MetadataAccuracy.titleNormalised(page.title(), a.title());
      exact += isExact ? 1 : 0;
      normalised += isNormalised ? 1 : 0;
      if (log != null && !isNormalised) {
        log.printf(
            Locale.ROOT,
            "  title %s%n    want: %s%n    got:  %s%n",
            page.id(),
            page.title(),
            a.title());
      }
    }

    void date(LabelledPage page, ExtractedArticle a, PrintWriter log) {
      if (page.day().isEmpty()) {
        return;
      }
      dated++;
      LocalDate want = page.day().get();
      boolean ok = MetadataAccuracy.sameDay(want, a.published());
      sameDay += ok ? 1 : 0;
      // one UTC day off is usually the publisher's local evening rather than a wrong date
      boolean near =
          a.published()
              .filter(d -> Math.abs(d.day().toEpochDay() - want.toEpochDay()) <= 1)
              .isPresent();
      nearDay += near ? 1 : 0;
      if (log != null && !ok) {
        log.printf(
            Locale.ROOT,
            "  date  %s want %s got %s%n",
            page.id(),
            want,
            a.published().orElse(null));
      }
    }

    void text(LabelledPage page, ExtractedArticle a, PrintWriter log) {
      if (!page.body().isBlank()) {
        ShingleF1.PageMatch m = ShingleF1.match(page.body(), a.body());
        bodies.add(m);
        if (log != null && m.f1() < 0.8) {
          log.printf(
              Locale.ROOT, "  body  %s P=%.3f R=%.3f%n", page.id(), m.precision(), m.recall());
        }
      }
      for (String s : page.with()) {
        boolean found = MetadataAccuracy.containsSnippet(a.body(), s);
        withFound += found ? 1 : 0;
        withMissed += found ? 0 : 1;
      }
      for (String s : page.without()) {
        boolean found = MetadataAccuracy.containsSnippet(a.body(), s);
        withoutFound += found ? 1 : 0;
        withoutAbsent += found ? 0 : 1;
      }
    }

    void print(String name, int pages, PrintWriter out) {
      out.printf(
          Locale.ROOT,
          "%-12s pages=%d  title exact=%.3f normalised=%.3f (of %d)"
              + "  date day=%.3f within-1-day=%.3f (of %d)%n",
          name,
          pages,
          share(exact, titled),
          share(normalised, titled),
          titled,
          share(sameDay, dated),
          share(nearDay, dated),
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
        int all = withFound + withMissed + withoutFound + withoutAbsent;
        out.printf(
            Locale.ROOT,
            "%-12s snippets precision=%.3f recall=%.3f F1=%.3f accuracy=%.3f%n",
            name,
            p,
            r,
            2 * p * r / (p + r),
            share(withFound + withoutAbsent, all));
      }
    }
  }

  private static double share(int part, int whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
