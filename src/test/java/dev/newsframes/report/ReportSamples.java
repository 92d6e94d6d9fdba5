package dev.newsframes.report;

import dev.newsframes.report.ReportData.BalanceFrames;
import dev.newsframes.report.ReportData.BalancePoint;
import dev.newsframes.report.ReportData.CsvFile;
import dev.newsframes.report.ReportData.DataQuality;
import dev.newsframes.report.ReportData.EntityPoint;
import dev.newsframes.report.ReportData.EntitySummary;
import dev.newsframes.report.ReportData.EvidenceItem;
import dev.newsframes.report.ReportData.Extent;
import dev.newsframes.report.ReportData.FrameInfo;
import dev.newsframes.report.ReportData.LanguageCount;
import dev.newsframes.report.ReportData.SharePoint;
import dev.newsframes.report.ReportData.SpikeItem;
import dev.newsframes.report.ReportData.TopicCoverage;
import dev.newsframes.report.ReportData.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Report data built in code, with hostile strings wherever scraped text can appear. */
final class ReportSamples {
  private ReportSamples() {}

  static final String SCRIPT = "<script>document.title='PWNED'</script>";
  static final String IMG = "<img src=x onerror=\"document.title='PWNED'\">";
  static final String ATTR_BREAK = "\" onmouseover=\"document.title='PWNED'";
  static final String JS_URL = "javascript:document.title='PWNED'";

  static final LocalDate JAN = LocalDate.of(2023, 1, 1);
  static final LocalDate FEB = LocalDate.of(2023, 2, 1);
  static final LocalDate MAR = LocalDate.of(2023, 3, 1);

  static final List<FrameInfo> FRAMES =
      List.of(
          new FrameInfo("regulation", "Regulation", "ai_policy", "AI as something to govern."),
          new FrameInfo("competitiveness", "Competitiveness", "ai_policy", "AI as a race."));

  /** Three months of data whose texts, titles, sources, URLs and entities are hostile. */
  static ReportData hostile() {
    EvidenceItem bad =
        new EvidenceItem(
            "regulation",
            MAR,
            "Lawmakers want oversight " + SCRIPT + " and a ban " + IMG,
            List.of("oversight", "ban"),
            "Title " + SCRIPT + ATTR_BREAK,
            JS_URL,
            "Source " + IMG,
            Optional.of(LocalDate.of(2023, 3, 14)),
            Optional.of(-0.6),
            "negative");
    EvidenceItem good =
        new EvidenceItem(
            "competitiveness",
            FEB,
            "China leads the race",
            List.of("china", "the race"),
            "A fine title",
            "https://news.example/a?x=1&y='2'",
            "news.example",
            Optional.of(LocalDate.of(2023, 2, 2)),
            Optional.of(0.4),
            "positive");
    return new ReportData(
        "/tmp/warehouse",
        Instant.parse("2026-01-01T00:00:00Z"),
        Optional.of("month"),
        "ai_policy",
        FRAMES,
        new BalanceFrames("regulation", "Regulation", "competitiveness", "Competitiveness"),
        List.of(
            new SharePoint("regulation", JAN, 0.2, 1, 5),
            new SharePoint("regulation", FEB, 0.25, 1, 4),
            new SharePoint("regulation", MAR, 0.8, 4, 5),
            new SharePoint("competitiveness", JAN, 0.6, 3, 5),
            new SharePoint("competitiveness", FEB, 0.5, 2, 4),
            new SharePoint("competitiveness", MAR, 0.2, 1, 5)),
        List.of(
            new BalancePoint(
                JAN, Optional.of(-0.5), Optional.of(-0.9), Optional.of(0.1), 5, 1, 3, 4),
            new BalancePoint(FEB, Optional.empty(), Optional.empty(), Optional.empty(), 4, 0, 0, 0),
            new BalancePoint(
                MAR, Optional.of(0.6), Optional.of(0.2), Optional.of(1.0), 5, 4, 1, 5)),
        List.of(
            new EntitySummary("OpenAI", "ORGANIZATION", 4, 6, Optional.of(0.3)),
            new EntitySummary(SCRIPT + "Evil Corp", "ORGANIZATION", 2, 2, Optional.of(-0.7)),
            new EntitySummary("China", "COUNTRY", 1, 1, Optional.empty())),
        List.of(
            new EntityPoint("OpenAI", JAN, 1, 2, Optional.of(0.5)),
            new EntityPoint("OpenAI", MAR, 3, 4, Optional.of(0.2)),
            new EntityPoint(SCRIPT + "Evil Corp", FEB, 2, 2, Optional.of(-0.7)),
            new EntityPoint("China", MAR, 1, 1, Optional.empty())),
        List.of(
            new SpikeItem(1, "frame", "regulation", MAR, 0.8, 4, 0.22, Optional.of(3.1), "z_score"),
            new SpikeItem(
                2,
                "entity",
                SCRIPT + "Evil Corp",
                FEB,
                0.5,
                2,
                0,
                Optional.empty(),
                "rise_over_flat_window")),
        3,
        Map.of(1, List.of(bad)),
        List.of(bad, good),
        new DataQuality(
            4,
            20,
            3,
            2,
            1,
            15,
            90,
            Map.of("malformed_record", 2L, SCRIPT, 1L),
            List.of(new LanguageCount("en", 18, 15), new LanguageCount("es", 2, 0)),
            Map.of("timeout", 1L)),
        List.of(
            new Validation(
                Instant.parse("2025-12-30T10:00:00Z"),
                "labels/" + SCRIPT + ".jsonl",
                "shipped model",
                "cv",
                "regulation",
                "regulation",
                292,
                0.85,
                0.84,
                0.846,
                Optional.of(0.80),
                Optional.of(0.89),
                0.429,
                0.429)),
        Optional.of(new TopicCoverage("ai", 9, 14, Optional.of(false))),
        List.of("Table 'x' is missing " + SCRIPT),
        List.of(new CsvFile("csv/frame_trends.csv", "frame_trends", 12, Extent.WHOLE_TABLE)));
  }

  /** {@code d} without spikes: none found, none listed. */
  static ReportData withoutSpikes(ReportData d) {
    return with(d, d.balance(), List.of(), 0);
  }

  /** {@code d} with other balance points. */
  static ReportData withBalance(ReportData d, List<BalancePoint> balance) {
    return with(d, balance, d.spikes(), d.totalSpikes());
  }

  /** {@code d} with other entity points. */
  static ReportData withEntityPoints(ReportData d, List<EntityPoint> points) {
    return with(d, d.balance(), d.spikes(), d.totalSpikes(), points);
  }

  private static ReportData with(
      ReportData d, List<BalancePoint> balance, List<SpikeItem> spikes, long totalSpikes) {
    return with(d, balance, spikes, totalSpikes, d.entityPoints());
  }

  private static ReportData with(
      ReportData d,
      List<BalancePoint> balance,
      List<SpikeItem> spikes,
      long totalSpikes,
      List<EntityPoint> entityPoints) {
    return new ReportData(
        d.warehouse(),
        d.generatedAt(),
        d.granularity(),
        d.frameGroup(),
        d.frames(),
        d.balanceFrames(),
        d.shares(),
        balance,
        d.entities(),
        entityPoints,
        spikes,
        totalSpikes,
        spikes.isEmpty() ? Map.of() : d.spikeEvidence(),
        d.frameEvidence(),
        d.quality(),
        d.validation(),
        d.topic(),
        d.notes(),
        d.csvFiles());
  }

  /** No trend data at all, as on a warehouse where only ingest ran. */
  static ReportData empty() {
    return new ReportData(
        "/tmp/warehouse",
        Instant.parse("2026-01-01T00:00:00Z"),
        Optional.empty(),
        "ai_policy",
        List.of(),
        new BalanceFrames("regulation", "regulation", "competitiveness", "competitiveness"),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0,
        Map.of(),
        List.of(),
        new DataQuality(1, 2, 0, 0, 0, 0, 0, Map.of(), List.of(), Map.of()),
        List.of(),
        Optional.empty(),
        List.of("Table 'frame_trends' is missing"),
        List.of());
  }
}
