package dev.newsframes.cli;

import dev.newsframes.common.Period;
import dev.newsframes.trends.BalanceRule;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.SpikeRule;
import dev.newsframes.trends.TrendsJob;
import dev.newsframes.trends.presence.FramePresenceModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options of the trends stage, shared by {@code trends} and {@code run}. */
public final class TrendsOptions implements StageCommand.StageOptions {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--frames",
      paramLabel = "FILE",
      defaultValue = "jobs/frames.yaml",
      description =
          "Frame lexicon (default: ${DEFAULT-VALUE}); see README 'Frames: how to add a frame'.")
  Path frames;

  @Mixin PresenceOptions presence = new PresenceOptions();

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      split = ",",
      description =
          "Trend granularity: day, week or month; repeatable or comma-separated (default: month).")
  List<String> periods = new ArrayList<>();

  @Option(
      names = "--balance",
      paramLabel = "POS,NEG",
      defaultValue = "regulation,competitiveness",
      description =
          "The two frames of the balance index, at +1 and -1 (default: ${DEFAULT-VALUE}).")
  String balance;

  @Option(
      names = "--include-teasers",
      description = "Count related-reading teasers as coverage too (default: articles only).")
  boolean includeTeasers;

  @Option(
      names = "--spike-window",
      defaultValue = "6",
      paramLabel = "N",
      description = "Trailing periods a spike is measured against (default: ${DEFAULT-VALUE}).")
  int spikeWindow;

  @Option(
      names = "--spike-threshold",
      defaultValue = "2.0",
      paramLabel = "Z",
      description = "Minimum z-score of a spike (default: ${DEFAULT-VALUE}).")
  double spikeThreshold;

  @Option(
      names = "--spike-min-count",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Minimum articles behind a spike: carrying the frame, or naming the entity, in that"
              + " period (default: ${DEFAULT-VALUE}).")
  long spikeMinCount;

  @Option(
      names = "--spike-min-period-articles",
      defaultValue = "20",
      paramLabel = "N",
      description =
          "Periods with fewer counted articles are left out of spike series: their shares swing"
              + " by chance (default: ${DEFAULT-VALUE}).")
  long spikeMinPeriodArticles;

  @Option(
      names = "--balance-min-articles",
      defaultValue = "5",
      paramLabel = "N",
      description =
          "Fewest articles with either balance frame for a period's balance to get a bootstrap"
              + " interval (default: ${DEFAULT-VALUE}).")
  int balanceMinArticles;

  @Option(
      names = "--seed",
      defaultValue = "42",
      paramLabel = "N",
      description = "Seed of the bootstrap confidence intervals (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--topic-only",
      description =
          "Count only the articles on the topic of --topic (those article_topics marks present)"
              + " in the trend, balance, entity, spike and evidence tables; article_frames and"
              + " article_topics still cover every article.")
  boolean topicOnly;

  /** The stage; the lexicon is loaded and checked here, before Spark starts. */
  @Override
  public TrendsJob toStage(String warehouse) {
    if (!Files.isRegularFile(frames)) {
      throw usage("Frame lexicon not found: " + frames);
    }
    String[] pair = balance.split(",");
    if (pair.length != 2) {
      throw usage("--balance takes two frame ids, e.g. regulation,competitiveness");
    }
    try {
      FrameLexicon lexicon = FrameLexicon.load(frames);
      FramePresenceModel model = presence.model();
      presence.lexiconWarnings(model, lexicon).forEach(w -> LOG.warn("trends: {}", w));
      return new TrendsJob(
          TrendsJob.Options.builder(lexicon)
              .presence(
                  model,
                  topicOnly
                      ? presence.topic(model).or(presence::topicIfPresent)
                      : presence.topic(model))
              .topicOnly(topicOnly)
              .periods(periods())
              .kinds(includeTeasers ? Set.of("article", "teaser") : Set.of("article"))
              .balance(
                  new BalanceRule(
                      pair[0].strip(),
                      pair[1].strip(),
                      BalanceRule.DEFAULT.resamples(),
                      balanceMinArticles,
                      seed))
              .spikeRule(
                  new SpikeRule(
                      spikeWindow,
                      spikeThreshold,
                      spikeMinCount,
                      Math.min(SpikeRule.DEFAULT.minHistory(), spikeWindow),
                      spikeMinPeriodArticles))
              .build());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private List<Period> periods() {
    if (periods.isEmpty()) {
      return List.of(Period.MONTH);
    }
    Set<Period> out = new LinkedHashSet<>();
    for (String p : periods) {
      out.add(Period.parse(p));
    }
    return List.copyOf(out);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
