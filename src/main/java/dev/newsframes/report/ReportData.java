package dev.newsframes.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the report shows, already aggregated and bounded: what {@code ReportJob} collects from
 * the warehouse and the charts and page are rendered from. Every string that came from scraped
 * pages (titles, sentences, sources, URLs, entity names) is untrusted.
 *
 * @param warehouse where the tables were read
 * @param generatedAt when the report was made
 * @param granularity the period of every series shown ({@code day}, {@code week} or {@code month});
 *     empty when there are no trend tables
 * @param frameGroup the frame group charted (e.g. {@code ai_policy})
 * @param frames the frames of {@code frameGroup}, in lexicon order
 * @param balanceFrames the frames at +1 and -1 of the balance index
 * @param shares frame shares per period, for the frames shown
 * @param balance the balance index per period
 * @param entities the top entities of the shown periods, most covered first
 * @param entityPoints the top entities per period
 * @param spikes the spikes listed, newest first, numbered from 1
 * @param totalSpikes all spikes of the granularity, including those not listed
 * @param spikeEvidence sentences behind each listed spike, by spike number
 * @param frameEvidence the strongest sentences per frame shown
 * @param quality the data-quality numbers
 * @param validation the latest {@code evaluate frames} figures kept in the warehouse, or none
 * @param topic how many articles are on the topic ({@code article_topics}), when trends scored one
 * @param notes what is missing or truncated, in words, for the reader
 * @param csvFiles the CSV exports written beside the page
 */
public record ReportData(
    String warehouse,
    Instant generatedAt,
    Optional<String> granularity,
    String frameGroup,
    List<FrameInfo> frames,
    BalanceFrames balanceFrames,
    List<SharePoint> shares,
    List<BalancePoint> balance,
    List<EntitySummary> entities,
    List<EntityPoint> entityPoints,
    List<SpikeItem> spikes,
    long totalSpikes,
    Map<Integer, List<EvidenceItem>> spikeEvidence,
    List<EvidenceItem> frameEvidence,
    DataQuality quality,
    List<Validation> validation,
    Optional<TopicCoverage> topic,
    List<String> notes,
    List<CsvFile> csvFiles) {

  public ReportData {
    frames = List.copyOf(frames);
    shares = List.copyOf(shares);
    balance = List.copyOf(balance);
    entities = List.copyOf(entities);
    entityPoints = List.copyOf(entityPoints);
    spikes = List.copyOf(spikes);
    spikeEvidence = Map.copyOf(spikeEvidence);
    frameEvidence = List.copyOf(frameEvidence);
    validation = List.copyOf(validation);
    notes = List.copyOf(notes);
    csvFiles = List.copyOf(csvFiles);
  }

  /** The same data with the CSV exports written beside the page and the notes as they are now. */
  public ReportData withExports(List<CsvFile> files, List<String> allNotes) {
    return new ReportData(
        warehouse,
        generatedAt,
        granularity,
        frameGroup,
        frames,
        balanceFrames,
        shares,
        balance,
        entities,
        entityPoints,
        spikes,
        totalSpikes,
        spikeEvidence,
        frameEvidence,
        quality,
        validation,
        topic,
        allNotes,
        files);
  }

  /**
   * Whether no spike was found and no period shown holds the {@link ReportCharts#SMALL_PERIOD}
   * articles the default spike rule needs to test it: "no spikes" would then claim a test that
   * never ran.
   */
  public boolean spikesUntested() {
    return totalSpikes == 0
        && !balance.isEmpty()
        && balance.stream().noneMatch(p -> p.articles() >= ReportCharts.SMALL_PERIOD);
  }

  /** The label of a frame id, or the id itself when the frame is not in the catalog. */
  public String frameLabel(String frame) {
    return frames.stream()
        .filter(f -> f.id().equals(frame))
        .map(FrameInfo::label)
        .findFirst()
        .orElse(frame);
  }

  /** The position of a frame among those shown (its color), or -1. */
  public int frameIndex(String frame) {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).id().equals(frame)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * One row of {@code frame_validation}: how the product's presence agreed with coded articles.
   *
   * @param method {@code applied} (what trends computed) or {@code cv} (cross-validated fit)
   * @param question the codebook question, e.g. {@code regulation} or {@code about_ai}
   * @param f1Low the 95% bootstrap interval of {@code f1}, lower bound (empty in tables written
   *     before the intervals)
   * @param f1High its upper bound
   */
  public record Validation(
      Instant evaluatedAt,
      String labels,
      String presence,
      String method,
      String question,
      String frame,
      int n,
      double precision,
      double recall,
      double f1,
      Optional<Double> f1Low,
      Optional<Double> f1High,
      double productShare,
      double codersShare) {}

  /**
   * How much of the warehouse is on the topic trends scored.
   *
   * @param topic its id, e.g. {@code ai}
   * @param onTopic articles where the topic is present
   * @param articles articles scored for it
   * @param trendsOnTopicOnly whether the last trends run counted only the on-topic articles ({@code
   *     --topic-only}); empty when that run did not record it
   */
  public record TopicCoverage(
      String topic, long onTopic, long articles, Optional<Boolean> trendsOnTopicOnly) {}

  /** A frame of the lexicon, as the {@code frames} table lists it. */
  public record FrameInfo(String id, String label, String group, String description) {}

  /** The frames at either end of the balance index, with their labels. */
  public record BalanceFrames(
      String positive, String positiveLabel, String negative, String negativeLabel) {}

  /** The share of a period's articles that carry a frame: {@code articles / periodArticles}. */
  public record SharePoint(
      String frame, LocalDate period, double share, long articles, long periodArticles) {}

  /**
   * The balance index of a period; {@code balance} is empty when no article had either frame, and
   * the interval is empty when it could not be computed.
   */
  public record BalancePoint(
      LocalDate period,
      Optional<Double> balance,
      Optional<Double> ciLow,
      Optional<Double> ciHigh,
      long articles,
      long positiveArticles,
      long negativeArticles,
      long scoredArticles) {

    /**
     * The interval in words: "−0.40 … +0.08", or why there is none: no article with either frame,
     * or too few of them for a bootstrap to mean anything.
     */
    public String intervalText() {
      if (ciLow.isPresent() && ciHigh.isPresent()) {
        return Html.signed(ciLow.get()) + " … " + Html.signed(ciHigh.get());
      }
      if (scoredArticles == 0) {
        return articles == 0 ? "no articles" : "no article with either frame";
      }
      return "too few articles (" + scoredArticles + ") for an interval";
    }
  }

  /** An entity over all shown periods. */
  public record EntitySummary(
      String entity,
      String nerType,
      long articles,
      long mentions,
      Optional<Double> meanSentiment) {}

  /** An entity in one period. */
  public record EntityPoint(
      String entity,
      LocalDate period,
      long articles,
      long mentions,
      Optional<Double> meanSentiment) {}

  /**
   * A spike of a frame or entity series.
   *
   * @param number position in the list, from 1; names its evidence anchor
   * @param seriesType {@code frame} or {@code entity}
   * @param value the share of the period's articles
   * @param z the z-score; empty for a rise over a flat window
   */
  public record SpikeItem(
      int number,
      String seriesType,
      String series,
      LocalDate period,
      double value,
      long count,
      double windowMean,
      Optional<Double> z,
      String rule) {}

  /** A sentence shown as evidence, with where it comes from. */
  public record EvidenceItem(
      String frame,
      LocalDate period,
      String text,
      List<String> matchedTerms,
      String title,
      String url,
      String source,
      Optional<LocalDate> date,
      Optional<Double> sentiment,
      String sentimentLabel) {
    public EvidenceItem {
      matchedTerms = List.copyOf(matchedTerms);
    }
  }

  /** Articles in one detected language, and how many of them were annotated. */
  public record LanguageCount(String language, long articles, long annotated) {}

  /**
   * What went into the warehouse and what did not make it into the trends.
   *
   * @param inputFiles distinct input files behind articles and rejects
   * @param undated articles without a publication date, left out of every series
   */
  public record DataQuality(
      long inputFiles,
      long articles,
      long teasers,
      long duplicates,
      long undated,
      long annotatedArticles,
      long sentences,
      Map<String, Long> rejectsByReason,
      List<LanguageCount> languages,
      Map<String, Long> annotationErrorsByKind) {
    public DataQuality {
      rejectsByReason = Map.copyOf(rejectsByReason);
      languages = List.copyOf(languages);
      annotationErrorsByKind = Map.copyOf(annotationErrorsByKind);
    }

    /** All rejects. */
    public long rejects() {
      return rejectsByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Non-English articles that were not annotated. */
    public long nonEnglishNotAnnotated() {
      return languages.stream()
          .filter(l -> !"en".equals(l.language()))
          .mapToLong(l -> l.articles() - l.annotated())
          .sum();
    }

    /** All annotation errors. */
    public long annotationErrors() {
      return annotationErrorsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** A CSV export: file name (relative to the report), its table and the rows written. */
  public record CsvFile(String file, String table, long rows, Extent extent) {}

  /** Whether a CSV export holds its whole table or only the first rows of it. */
  public enum Extent {
    WHOLE_TABLE,
    FIRST_ROWS
  }
}
