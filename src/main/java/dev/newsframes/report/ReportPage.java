package dev.newsframes.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The report page: a self-contained static {@code index.html} (inline CSS, no script, no network)
 * built as a jsoup DOM, so every scraped string is a text node or attribute value that jsoup
 * escapes on output. A Content-Security-Policy forbids scripts as a second line of defence.
 */
public final class ReportPage {
  /** No script, no fetch, no frames; styles inline; images from the report folder only. */
  static final String CSP =
      "default-src 'none'; img-src 'self' data: file:; style-src 'unsafe-inline'; "
          + "base-uri 'none'; form-action 'none'";

  private static final String CSS = resource("report.css");
  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private ReportPage() {}

  /** The page for {@code data}, showing {@code charts} (their SVG files sit in {@code charts/}). */
  public static String render(ReportData data, List<Chart> charts) {
    return render(data, charts, Optional.empty());
  }

  /** The page, its title and first paragraph saying what the corpus is when it is described. */
  public static String render(
      ReportData data, List<Chart> charts, Optional<CorpusDescription> corpus) {
    Document doc = Document.createShell("");
    doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    head(doc.head(), corpus);
    header(doc.body(), data, corpus);
    Element main = doc.body().appendElement("main").addClass("wrap");
    if (!data.notes().isEmpty()) {
      Element notes = main.appendElement("section").id("notes").addClass("notes");
      notes.appendElement("h2").text("Read this first");
      Element ul = notes.appendElement("ul");
      data.notes().forEach(n -> ul.appendElement("li").text(n));
    }
    Overview.append(main, data);
    ChartSections.frames(main, data, find(charts, "frame-shares"));
    ChartSections.balance(main, data, find(charts, "balance"));
    ChartSections.entities(main, data, find(charts, "entities"));
    EvidenceSections.spikes(main, data);
    EvidenceSections.frameEvidence(main, data);
    QualitySection.append(main, data);
    downloads(main, data, charts);
    footer(doc.body(), data);
    return doc.outerHtml();
  }

  /** "How AI policy is framed over time", or a title without a topic. */
  static String title(Optional<CorpusDescription> corpus) {
    return corpus
        .map(c -> "How " + c.topic() + " is framed over time")
        .orElse("How the coverage is framed over time");
  }

  private static void head(Element head, Optional<CorpusDescription> corpus) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
    head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
    head.appendElement("meta").attr("name", "generator").attr("content", "newsframes report");
    head.appendElement("title").text(title(corpus) + " · newsframes report");
    head.appendElement("style").appendChild(new DataNode(CSS));
  }

  private static void header(Element body, ReportData data, Optional<CorpusDescription> corpus) {
    Element wrap =
        body.appendElement("header").addClass("top").appendElement("div").addClass("wrap");
    wrap.appendElement("p").addClass("eyebrow").text("newsframes report");
    wrap.appendElement("h1").text(title(corpus));
    StringBuilder meta = new StringBuilder();
    corpus.filter(c -> !c.name().isEmpty()).ifPresent(c -> meta.append(c.name()).append(" · "));
    Overview.range(data).ifPresent(r -> meta.append(r).append(" · "));
    data.granularity().ifPresent(g -> meta.append("by ").append(g).append(" · "));
    meta.append("generated ").append(GENERATED.format(data.generatedAt()));
    wrap.appendElement("p").addClass("meta").text(meta.toString());
    corpus
        .filter(c -> !c.description().isEmpty())
        .ifPresent(c -> wrap.appendElement("p").addClass("corpus").text(c.description()));
    Element nav = wrap.appendElement("nav");
    String[][] links = {
      {"overview", "Overview"},
      {"frames", "Frames"},
      {"balance", "Balance"},
      {"entities", "Entities"},
      {"spikes", "Spikes"},
      {"evidence", "Evidence"},
      {"quality", "Data quality"},
      {"downloads", "Downloads"}
    };
    for (String[] l : links) {
      nav.appendElement("a").attr("href", "#" + l[0]).text(l[1]);
    }
  }

  static Element section(Element main, String id, String title, String lead) {
    Element s = main.appendElement("section").id(id);
    s.appendElement("h2").text(title);
    s.appendElement("p").addClass("lead").text(lead);
    return s;
  }

  private static void downloads(Element main, ReportData data, List<Chart> charts) {
    Element s =
        section(
            main,
            "downloads",
            "Downloads",
            "The trend tables as CSV for spreadsheets (text cells that a spreadsheet would read as a"
                + " formula start with an apostrophe), and the charts as SVG.");
    Element ul = s.appendElement("div").addClass("panel").appendElement("ul");
    for (ReportData.CsvFile f : data.csvFiles()) {
      Element li = ul.appendElement("li");
      li.appendElement("a").attr("href", f.file()).text(f.file());
      li.appendText(
          " — "
              + f.table()
              + ", "
              + Html.count(f.rows())
              + " rows"
              + (f.extent() == ReportData.Extent.FIRST_ROWS ? " (the first rows only)" : ""));
    }
    for (Chart c : charts) {
      ul.appendElement("li").appendElement("a").attr("href", c.file()).text(c.file());
    }
    if (data.csvFiles().isEmpty() && charts.isEmpty()) {
      ul.appendElement("li").addClass("empty").text("Nothing to download yet.");
    }
  }

  private static void footer(Element body, ReportData data) {
    Element f = body.appendElement("footer").appendElement("div").addClass("wrap");
    f.appendElement("p")
        .text(
            "Generated by newsframes from the warehouse at "
                + data.warehouse()
                + ". Each cluster of duplicate copies counts once; teasers and undated articles"
                + " are left out of the series. Scraped text is shown as text, never as markup,"
                + " and only http(s) links are followed.");
  }

  private static Optional<Chart> find(List<Chart> charts, String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  private static String resource(String name) {
    try (InputStream in = ReportPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to ReportPage");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }
}
