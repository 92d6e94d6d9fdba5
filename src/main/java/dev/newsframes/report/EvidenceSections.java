package dev.newsframes.report;

import dev.newsframes.common.Clip;
import dev.newsframes.report.ReportData.EvidenceItem;
import dev.newsframes.report.ReportData.FrameInfo;
import dev.newsframes.report.ReportData.SpikeItem;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The spike list with its evidence, and the strongest evidence sentences per frame. */
final class EvidenceSections {
  private EvidenceSections() {}

  static void spikes(Element main, ReportData data) {
    Element s =
        ReportPage.section(
            main,
            "spikes",
            "Spikes",
            "Periods where a frame or a top entity took a far larger share of the coverage than in"
                + " the periods before (z-score over a trailing window, or a first rise over a flat"
                + " one). Follow a spike to the sentences behind it.");
    List<SpikeItem> spikes = data.spikes();
    if (spikes.isEmpty()) {
      s.appendElement("div")
          .addClass("panel")
          .appendElement("p")
          .addClass("empty")
          .text(
              data.spikesUntested()
                  ? "No period was tested for spikes: every "
                      + data.granularity().orElse("period")
                      + " shown has fewer than "
                      + ReportCharts.SMALL_PERIOD
                      + " articles, the least the spike rule tests by default (trends"
                      + " --spike-min-period-articles)."
                  : data.totalSpikes() == 0 ? "No spikes detected." : "No spikes listed.");
      return;
    }
    List<Integer> num = List.of(3, 4, 5, 6);
    Element table =
        Html.table(
            s.appendElement("div").addClass("panel"),
            List.of(
                "#",
                data.granularity().orElse("period"),
                "series",
                "share",
                "usual",
                "z",
                "articles",
                "evidence"),
            num);
    String g = data.granularity().orElse("day");
    for (SpikeItem spike : spikes) {
      List<EvidenceItem> evidence = data.spikeEvidence().getOrDefault(spike.number(), List.of());
      Element tr =
          Html.row(
              table,
              num,
              Integer.toString(spike.number()),
              PeriodFormat.label(g, spike.period()),
              "",
              Html.percent(spike.value()),
              Html.percent(spike.windowMean()),
              spike.z().map(z -> String.format(Locale.ROOT, "%.1f", z)).orElse("new"),
              Html.count(spike.count()),
              "");
      seriesCell(tr.child(2), spike, data);
      if (evidence.isEmpty()) {
        tr.child(7).addClass("muted").text("none stored");
      } else {
        tr.child(7)
            .appendElement("a")
            .attr("href", "#spike-" + spike.number())
            .text(evidence.size() + (evidence.size() == 1 ? " sentence" : " sentences"));
      }
    }
    if (data.totalSpikes() > spikes.size()) {
      s.appendElement("p")
          .addClass("muted")
          .text(
              "The "
                  + spikes.size()
                  + " most recent of "
                  + Html.count(data.totalSpikes())
                  + " spikes; all of them are in csv/spikes.csv.");
    }
    for (SpikeItem spike : spikes) {
      List<EvidenceItem> evidence = data.spikeEvidence().getOrDefault(spike.number(), List.of());
      if (evidence.isEmpty()) {
        continue;
      }
      Element box = s.appendElement("div").addClass("spike-evidence").id("spike-" + spike.number());
      Element h = box.appendElement("h3");
      h.appendText(spike.number() + ". ");
      seriesCell(h, spike, data);
      h.appendText(" — " + PeriodFormat.label(g, spike.period()));
      evidenceList(box, evidence);
    }
  }

  private static void seriesCell(Element cell, SpikeItem spike, ReportData data) {
    if (spike.seriesType().equals("frame")) {
      int i = data.frameIndex(spike.series());
      cell.appendElement("span").addClass("chip").addClass(Html.colorClass(i));
      cell.appendText(data.frameLabel(spike.series()));
    } else {
      cell.appendElement("span").addClass("tag").addClass("entity").text(spike.seriesType());
      cell.appendText(spike.series());
    }
  }

  static void frameEvidence(Element main, ReportData data) {
    Element s =
        ReportPage.section(
            main,
            "evidence",
            "Evidence per frame",
            "The sentences that hit each frame hardest (most different frame terms, then most"
                + " hits, then strongest sentiment), with the article they come from: the drill-down behind the numbers."
                + " The sentiment beside each is the sentence's tone from annotate's sentence"
                + " model: by default CoreNLP's stock model, trained on film reviews, whose sign"
                + " agreed with annotators on 58% of news headlines (SemEval; README, \"News-domain"
                + " sentiment\"). Read it as a hint, not a measurement.");
    if (data.frameEvidence().isEmpty()) {
      s.appendElement("div")
          .addClass("panel")
          .appendElement("p")
          .addClass("empty")
          .text("No evidence sentences yet: run the annotate and trends stages.");
      return;
    }
    for (FrameInfo f : data.frames()) {
      List<EvidenceItem> items =
          data.frameEvidence().stream().filter(e -> e.frame().equals(f.id())).toList();
      if (items.isEmpty()) {
        continue;
      }
      Element h = s.appendElement("h3").id("evidence-" + data.frameIndex(f.id()));
      h.appendElement("span").addClass("chip").addClass(Html.colorClass(data.frameIndex(f.id())));
      h.appendText(f.label());
      if (!f.description().isBlank()) {
        s.appendElement("p").addClass("lead").text(f.description());
      }
      evidenceList(s, items);
    }
  }

  private static void evidenceList(Element parent, List<EvidenceItem> items) {
    Element ul = parent.appendElement("ul").addClass("evidence");
    for (EvidenceItem e : items) {
      Element li = ul.appendElement("li");
      Html.appendHighlighted(
          li.appendElement("blockquote"), QuoteMarks.trimStray(e.text()), e.matchedTerms());
      Element src = li.appendElement("p").addClass("src");
      Html.link(src, e.title().isBlank() ? "(untitled)" : e.title(), e.url()).addClass("title");
      if (!e.source().isBlank()) {
        src.appendText(" · " + e.source());
      }
      e.date().ifPresent(d -> src.appendText(" · " + PeriodFormat.day(d)));
      e.sentiment()
          .ifPresent(
              v ->
                  src.appendElement("span")
                      .addClass(Html.tone(e.sentiment()))
                      .text(" · sentiment " + Html.signed(v)));
      if (!e.url().isBlank() && SafeUrl.link(e.url()).isEmpty()) {
        src.appendText(" · link withheld (not an http or https URL): ");
        src.appendElement("code").text(Clip.withEllipsis(e.url(), 100));
      }
      if (!e.matchedTerms().isEmpty()) {
        Element terms = li.appendElement("p").addClass("src");
        e.matchedTerms().forEach(t -> terms.appendElement("span").addClass("tag").text(t));
      }
    }
  }
}
