package dev.newsframes.trends;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.newsframes.common.Concurrently;
import dev.newsframes.common.Period;
import dev.newsframes.common.Plural;
import dev.newsframes.io.ParquetFooters;
import dev.newsframes.io.StageState;
import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.Caches;
import dev.newsframes.runtime.JobDescription;
import dev.newsframes.runtime.Progress;
import dev.newsframes.runtime.SettingsKey;
import dev.newsframes.runtime.Stage;
import dev.newsframes.runtime.UnchangedRun;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceModelFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The trends stage: matches frames on the stored lemmas (CoreNLP never runs here) and writes the
 * frame, balance, entity, spike and evidence tables, replacing earlier ones.
 *
 * <p>Sentence and article frames are computed once and cached, since every other table is built on
 * them. Options are the lexicon and the counting rules; {@link Builder} starts from the defaults.
 */
public final class TrendsJob implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(TrendsJob.class);

  /** CoreNLP types that name no actor; kept out of entity trends. */
  public static final Set<String> NON_ACTOR_NER_TYPES =
      Set.of(
          "DATE",
          "TIME",
          "DURATION",
          "SET",
          "NUMBER",
          "ORDINAL",
          "PERCENT",
          "MONEY",
          "EMAIL",
          "URL",
          "TITLE",
          "CAUSE_OF_DEATH",
          "CRIMINAL_CHARGE");

  /**
   * What the trend tables count and how.
   *
   * @param lexicon the frames matched on the stored lemmas
   * @param periods granularities to compute, each a value of the {@code granularity} column
   * @param kinds article kinds counted ({@code article}; add {@code teaser} to count
   *     related-reading teasers as coverage too)
   * @param balance the two frames of the balance index and its bootstrap
   * @param spikeRule when a series point is a spike
   * @param topEntities entities per granularity (by articles overall) whose series are tested for
   *     spikes
   * @param evidencePerFrame evidence sentences kept per frame and period
   * @param confidenceLevel level of every confidence interval, e.g. 0.95
   * @param ignoredNerTypes mention types that are not actors (dates, numbers, titles...), left out
   *     of the entity tables
   * @param presence decides which articles carry a frame (and the topic): a fitted model per frame,
   *     the fallback rule for the others
   * @param topic the study's topic, matched beside the frames, when the presence model reads it
   * @param topicOnly count only the articles on the topic (present in {@code article_topics}) in
   *     the trend, balance, entity, spike and evidence tables
   */
  public record Options(
      FrameLexicon lexicon,
      List<Period> periods,
      Set<String> kinds,
      BalanceRule balance,
      SpikeRule spikeRule,
      int topEntities,
      int evidencePerFrame,
      double confidenceLevel,
      Set<String> ignoredNerTypes,
      FramePresenceModel presence,
      Optional<TopicDefinition> topic,
      boolean topicOnly) {
    public Options {
      periods = List.copyOf(periods);
      kinds = Set.copyOf(kinds);
      ignoredNerTypes = Set.copyOf(ignoredNerTypes);
      if (periods.isEmpty() || kinds.isEmpty()) {
        throw new IllegalArgumentException("trends need at least one period and one article kind");
      }
      if (evidencePerFrame < 1 || topEntities < 0) {
        throw new IllegalArgumentException("evidence per frame must be >= 1, top entities >= 0");
      }
      if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
        throw new IllegalArgumentException(
            "confidence level must be in (0, 1), got " + confidenceLevel);
      }
      if (topicOnly && topic.isEmpty()) {
        throw new IllegalArgumentException(
            "counting only on-topic articles needs a topic (--topic FILE with a topic: section)");
      }
      Optional<String> topicId = topic.map(TopicDefinition::id);
      if (presence.topic().isPresent() && !presence.topic().equals(topicId)) {
        throw new IllegalArgumentException(
            "The presence model reads the hits of topic '"
                + presence.topic().get()
                + "' but the topic given is "
                + topicId.map(t -> "'" + t + "'").orElse("none"));
      }
      for (String f : List.of(balance.positiveFrame(), balance.negativeFrame())) {
        if (lexicon.frame(f).isEmpty()) {
          throw new IllegalArgumentException(
              "Balance frame '" + f + "' is not in the frame lexicon " + lexicon.source());
        }
      }
    }

    /**
     * Monthly; articles only; {@link BalanceRule#DEFAULT}; {@link SpikeRule#DEFAULT} over the top
     * 20 entities; 5 evidence sentences; 95% intervals; presence by {@link FallbackRule#ANY_HIT}
     * (one hit carries the frame) and no topic. The {@code trends} command's default is the shipped
     * model ({@link FramePresenceModel#loadDefault}) with {@code jobs/topic-ai.yaml}.
     */
    public static Builder builder(FrameLexicon lexicon) {
      return new Builder(lexicon);
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
      Builder b = new Builder(lexicon);
      b.periods = periods;
      b.kinds = kinds;
      b.balance = balance;
      b.spikeRule = spikeRule;
      b.topEntities = topEntities;
      b.evidencePerFrame = evidencePerFrame;
      b.confidenceLevel = confidenceLevel;
      b.ignoredNerTypes = ignoredNerTypes;
      b.presence = presence;
      b.topic = topic;
      b.topicOnly = topicOnly;
      return b;
    }
  }

  /** Builds {@link Options} from the defaults; {@link #build()} validates. */
  public static final class Builder {
    private final FrameLexicon lexicon;
    private List<Period> periods = List.of(Period.MONTH);
    private Set<String> kinds = Set.of("article");
    private BalanceRule balance = BalanceRule.DEFAULT;
    private SpikeRule spikeRule = SpikeRule.DEFAULT;
    private int topEntities = 20;
    private int evidencePerFrame = 5;
    private double confidenceLevel = 0.95;
    private Set<String> ignoredNerTypes = NON_ACTOR_NER_TYPES;
    private FramePresenceModel presence = FramePresenceModel.fallbackOnly(FallbackRule.ANY_HIT);
    private Optional<TopicDefinition> topic = Optional.empty();
    private boolean topicOnly;

    private Builder(FrameLexicon lexicon) {
      this.lexicon = lexicon;
    }

    public Builder periods(List<Period> p) {
      periods = p;
      return this;
    }

    public Builder kinds(Set<String> k) {
      kinds = k;
      return this;
    }

    public Builder balance(BalanceRule b) {
      balance = b;
      return this;
    }

    public Builder spikeRule(SpikeRule r) {
      spikeRule = r;
      return this;
    }

    public Builder topEntities(int n) {
      topEntities = n;
      return this;
    }

    public Builder evidencePerFrame(int n) {
      evidencePerFrame = n;
      return this;
    }

    /** The presence model and the topic it reads (empty when it reads none). */
    public Builder presence(FramePresenceModel model, Optional<TopicDefinition> t) {
      presence = model;
      topic = t;
      return this;
    }

    /** Count only the articles on the topic; needs a topic. */
    public Builder topicOnly(boolean only) {
      topicOnly = only;
      return this;
    }

    public Options build() {
      return new Options(
          lexicon,
          periods,
          kinds,
          balance,
          spikeRule,
          topEntities,
          evidencePerFrame,
          confidenceLevel,
          ignoredNerTypes,
          presence,
          topic,
          topicOnly);
    }
  }

  /**
   * What was written.
   *
   * @param sentencesFramed sentences of counted articles hitting a frame
   * @param articlesFramed counted articles with a frame hit
   * @param articlesPresent counted articles where a frame is present, as the trend tables count
   *     them
   * @param countedArticles articles the trends count: canonical, dated, of the counted kinds
   * @param topicOnly whether they were only the articles on the topic ({@code --topic-only})
   * @param teasersCounted whether teasers were among the counted kinds ({@code --include-teasers})
   */
  public record Result(
      long sentencesFramed,
      long articlesFramed,
      long articlesPresent,
      long countedArticles,
      long periods,
      long spikes,
      String lexiconFingerprint,
      boolean topicOnly,
      boolean teasersCounted,
      Duration duration)
      implements Stage.Result {

    @Override
    public Map<String, Object> counts() {
      return Stage.counts(
          "sentences_framed", sentencesFramed,
          "articles_framed", articlesFramed,
          "articles_present", articlesPresent,
          "counted_articles", countedArticles,
          "periods", periods,
          "spikes", spikes,
          "lexicon_fingerprint", lexiconFingerprint,
          "topic_only", topicOnly); // the report reads this one (ReportDataCollector.topic)
    }

    @Override
    public String summary() {
      return String.format(
          Locale.ROOT,
          "trends: %d of %d counted articles carry a frame (%d hit one; %d sentences; %s%s); %d"
              + " periods, %s in %.1fs (lexicon %s)",
          articlesPresent,
          countedArticles,
          articlesFramed,
          sentencesFramed,
          teasersCounted
              ? "teasers counted, duplicate copies not"
              : "teasers and duplicate copies are not counted",
          topicOnly ? ", nor articles off the topic" : "",
          periods,
          Plural.count(spikes, "spike", "spikes"),
          duration.toMillis() / 1000.0,
          lexiconFingerprint.substring(0, 12));
    }
  }

  private final Options options;

  public TrendsJob(Options options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "trends";
  }

  @Override
  public Map<String, Object> settings() {
    return Map.of(
        "lexicon", options.lexicon().source(),
        "lexicon_fingerprint", options.lexicon().fingerprint(),
        "presence_models", String.join(",", options.presence().models().keySet()),
        "presence_fallback", options.presence().fallback().toString(),
        "topic", options.topic().map(TopicDefinition::id).orElse(""),
        "topic_only", options.topicOnly());
  }

  /**
   * Unchanged when articles, sentences and mentions, the options (the lexicon by its fingerprint)
   * and the trend tables are what they were after the last run.
   */
  @Override
  public Optional<UnchangedRun> unchangedRun(SparkSession spark, Warehouse warehouse) {
    return Optional.of(
        UnchangedRun.of(
            StageState.inWarehouse(warehouse.hadoopConf(), warehouse.root(), name()),
            warehouse.paths(List.of(Tables.ARTICLES, Tables.SENTENCES, Tables.MENTIONS)),
            settingsKey(options),
            warehouse.paths(Tables.TRENDS_OUTPUTS)));
  }

  /**
   * The options as stable text for the unchanged-run stamp: the presence model by its JSON, since
   * its fitted weights are arrays that {@link SettingsKey} cannot print.
   */
  static String settingsKey(Options options) {
    Options rest =
        options.toBuilder()
            .presence(
                FramePresenceModel.fallbackOnly(options.presence().fallback()), options.topic())
            .build();
    return SettingsKey.of(rest)
        + " presence="
        + PresenceModelFile.toJson(options.presence(), Map.of());
  }

  /** The columns of {@code articles} the trend tables read: cached, so the table is read once. */
  static final String[] ARTICLE_COLUMNS = {
    "article_id",
    "title",
    "url",
    "source",
    "published_date",
    "date_precision",
    "duplicate_of",
    "kind"
  };

  /**
   * The columns of {@code sentences} the trend tables read: its end offset and the sentiment
   * probabilities (an array read file by file) stay on disk.
   */
  static final String[] SENTENCE_COLUMNS = {
    "article_id",
    "sentence_index",
    "begin",
    "text",
    "tokens",
    "lemmas",
    "sentiment_label",
    "sentiment_score",
    "published_date"
  };

  /** The columns of {@code mentions} the trend tables read. */
  static final String[] MENTION_COLUMNS = {
    "article_id",
    "sentence_index",
    "text",
    "ner_type",
    "canonical_entity",
    "sentiment_label",
    "sentiment_score",
    "sentence_sentiment_score"
  };

  @Override
  public Result run(SparkSession spark, Warehouse warehouse) {
    long start = System.nanoTime();
    try (Caches caches = new Caches();
        JobDescription job = JobDescription.of(spark, "trends: match frames")) {
      // every table reads the inputs again: read them once
      Dataset<Row> mentions =
          caches.keep(input(spark, warehouse, Tables.MENTIONS, MENTION_COLUMNS));
      LongAccumulator encoded = spark.sparkContext().longAccumulator("trends.sentences_encoded");
      Optional<Dataset<Row>> stateCache = stateCache(warehouse);
      TrendsTransforms t =
          TrendsTransforms.compute(
              caches.keep(input(spark, warehouse, Tables.ARTICLES, ARTICLE_COLUMNS)),
              caches.keep(input(spark, warehouse, Tables.SENTENCES, SENTENCE_COLUMNS)),
              mentions,
              options,
              stateCache,
              Optional.of(encoded));
      // in dependency order: a cached plan uses the caches persisted before it
      Dataset<Row> sentenceFrames = caches.keep(t.sentenceFrames());
      t.topicSentences().ifPresent(caches::keep);
      Optional<Dataset<Row>> states = t.sentenceStates().map(c -> caches.keep(c.states()));
      long toEncode = countSentencesToEncode(job, t);
      if (toEncode > 0) {
        // most of the run on a large warehouse: computed here, with progress lines
        job.update("trends: encode " + toEncode + " sentences for the sentence classifiers");
        try (Progress p = Progress.start("trends, encoding", "sentences", encoded, toEncode)) {
          states.get().count();
        }
        job.update("trends: match frames");
      }
      Dataset<Row> presence = caches.keep(t.presence());
      Dataset<Row> articleFrames = caches.keep(t.articleFrames());
      Dataset<Row> counted = caches.keep(t.coverage()).select("article_id").distinct();
      caches.keep(t.entitySentences());
      // small, and read again by the spikes or the result: computed once
      Dataset<Row> frameTrends = caches.keep(t.frameTrends());
      Dataset<Row> entityTrends = caches.keep(t.entityTrends());
      Dataset<Row> frameBalance = caches.keep(t.frameBalance());
      Dataset<Row> spikes = caches.keep(t.spikes());
      LOG.debug(
          "trends: planned in {}s",
          String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
      // every table is a dozen short Spark jobs: written three at a time (see writeConcurrently)
      Map<Table, Consumer<Warehouse>> writes = new LinkedHashMap<>();
      writes.put(
          Tables.SENTENCE_FRAMES,
          w ->
              w.replaceSorted(
                  Tables.SENTENCE_FRAMES,
                  sentenceFrames,
                  "published_date",
                  "article_id",
                  "sentence_index",
                  "frame"));
      writes.put(
          Tables.ARTICLE_FRAMES,
          w ->
              w.replaceSorted(
                  Tables.ARTICLE_FRAMES, articleFrames, "published_date", "article_id", "frame"));
      writes.put(Tables.ENTITY_TRENDS, oneFile(Tables.ENTITY_TRENDS, entityTrends));
      writes.put(Tables.ENTITY_FRAMES, oneFile(Tables.ENTITY_FRAMES, t.entityFrames()));
      writes.put(Tables.FRAME_TRENDS, oneFile(Tables.FRAME_TRENDS, frameTrends));
      writes.put(Tables.SPIKES, oneFile(Tables.SPIKES, spikes));
      writes.put(Tables.EVIDENCE, oneFile(Tables.EVIDENCE, t.evidence()));
      writes.put(Tables.FRAME_BALANCE, oneFile(Tables.FRAME_BALANCE, frameBalance));
      writes.put(
          Tables.ARTICLE_TOPICS,
          w ->
              w.replaceSorted(
                  Tables.ARTICLE_TOPICS, t.articleTopics(), "published_date", "article_id"));
      writes.put(Tables.FRAMES, oneFile(Tables.FRAMES, t.frames()));
      writeConcurrently(spark, warehouse, writes);
      job.update("trends: count the result");
      Result result = result(sentenceFrames, articleFrames, counted, frameBalance, spikes, start);
      // last: every cached plan above may read the cache it replaces, should a block be recomputed
      states.ifPresent(st -> keepStates(warehouse, job, st, stateCache, toEncode));
      return result;
    }
  }

  /**
   * Replaces the {@code sentence_states} cache with the states this run read, unless the cache
   * already holds exactly those (nothing encoded, nothing stale dropped).
   */
  private static void keepStates(
      Warehouse warehouse,
      JobDescription job,
      Dataset<Row> states,
      Optional<Dataset<Row>> cache,
      long encoded) {
    if (encoded > 0 || cache.map(Dataset::count).orElse(-1L) != states.count()) {
      job.update("trends: keep the sentence states");
      warehouse.replace(Tables.SENTENCE_STATES, states);
    }
  }

  /**
   * The sentence states earlier runs kept ({@link SentenceStateTransforms}), if any. A cache that
   * cannot be read (a damaged file, another layout) is only a cost: the run warns, encodes every
   * sentence and replaces it. Its keys are read once here, a second or so, so damage shows before
   * any work.
   */
  private Optional<Dataset<Row>> stateCache(Warehouse warehouse) {
    if (options.presence().stateSource().isEmpty() || !warehouse.exists(Tables.SENTENCE_STATES)) {
      return Optional.empty();
    }
    // a file that is not Parquet at all: said in one line, before a Spark task fails on it
    Optional<String> damaged =
        ParquetFooters.firstUnreadable(
            warehouse.hadoopConf(), warehouse.path(Tables.SENTENCE_STATES));
    if (damaged.isPresent()) {
      return unreadableStateCache(warehouse, damaged.get());
    }
    try {
      Dataset<Row> cache = warehouse.read(Tables.SENTENCE_STATES);
      cache.select("source", "text_hash").filter(col("text_hash").isNotNull()).count();
      return Optional.of(cache);
    } catch (Exception e) { // Spark throws its checked SparkException undeclared
      return unreadableStateCache(warehouse, firstLine(e));
    }
  }

  private static Optional<Dataset<Row>> unreadableStateCache(Warehouse warehouse, String why) {
    LOG.warn(
        "trends: cannot read the kept sentence states at {} ({}): encoding every sentence, and"
            + " replacing them",
        warehouse.path(Tables.SENTENCE_STATES),
        why);
    return Optional.empty();
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /**
   * When the presence model's sentence classifiers read encoder states, says how many sentences
   * they score (the mentioned sentences of the articles hitting their frames) and how many distinct
   * texts of those the cache lacks: on a large warehouse, encoding those is most of the run.
   * Returns that number; a small count over the cached hits and mentions.
   */
  private long countSentencesToEncode(JobDescription job, TrendsTransforms t) {
    if (t.sentenceStates().isEmpty()) {
      return 0;
    }
    SentenceStateTransforms states = t.sentenceStates().get();
    FramePresenceModel model = options.presence();
    job.update("trends: count the sentences to encode");
    Row n =
        states
            .sentences()
            .agg(count(lit(1)), countDistinct(col("article_id")), countDistinct(col("text_hash")))
            .first();
    long missing = states.missing().count();
    LOG.info(
        "trends: the sentence classifiers of {} score {} mentioned sentences of {} articles"
            + " ({} distinct texts): {} kept from earlier runs, {} to encode with {} on {} cores",
        String.join(", ", model.framesWithSentences()),
        n.getLong(0),
        n.getLong(1),
        n.getLong(2),
        n.getLong(2) - missing,
        missing,
        model.stateSource().get(),
        states.sentences().sparkSession().sparkContext().defaultParallelism());
    job.update("trends: match frames");
    return missing;
  }

  /**
   * The counts of the result, from the cached rows just written rather than the tables read back,
   * and the article counts in one query: one row per counted article with its frame flags.
   */
  private Result result(
      Dataset<Row> sentenceFrames,
      Dataset<Row> articleFrames,
      Dataset<Row> counted,
      Dataset<Row> frameBalance,
      Dataset<Row> spikes,
      long start) {
    Dataset<Row> perArticle =
        counted
            .join(
                articleFrames.groupBy("article_id").agg(max(col("present")).as("present")),
                FrameTransforms.seq("article_id"),
                "left")
            .join(
                sentenceFrames
                    .groupBy("article_id")
                    .agg(countDistinct(col("sentence_index")).as("framed_sentences")),
                FrameTransforms.seq("article_id"),
                "left");
    Row articles =
        perArticle
            .agg(
                count(lit(1)),
                count(col("present")),
                count(when(col("present"), 1)),
                coalesce(sum(col("framed_sentences")), lit(0L)))
            .first();
    return new Result(
        articles.getLong(3),
        articles.getLong(1),
        articles.getLong(2),
        articles.getLong(0),
        frameBalance.select("granularity", "period_start").distinct().count(),
        spikes.count(),
        options.lexicon().fingerprint(),
        options.topicOnly(),
        options.kinds().contains("teaser"),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * The columns of an input table the trends read, in few partitions: the day folders hold
   * thousands of small files, which Spark packs into scan partitions of 128 MB counting 4 MB per
   * file opened (39 for the ai-tech warehouse's 1,221 files), and every stage reading the cached
   * rows then ran that many tasks (1,515 tasks in a trends run, 533 after; 47 s to 44 s).
   */
  private static Dataset<Row> input(
      SparkSession spark, Warehouse warehouse, Table table, String[] columns) {
    return warehouse
        .read(table)
        .select(columns[0], Arrays.copyOfRange(columns, 1, columns.length))
        .coalesce(2 * spark.sparkContext().defaultParallelism());
  }

  private static Consumer<Warehouse> oneFile(Table table, Dataset<Row> rows) {
    return w -> w.replaceAsOneFile(table, rows);
  }

  /**
   * Tables written at once by {@link #writeConcurrently}: on the ai-tech warehouse, 2 idle cores, 3
   * writers took a median 38.1 s, 2 took 40.7 s, 4 took 40.4 s.
   */
  static final int WRITERS = 3;

  /**
   * Writes tables from {@link #WRITERS} threads: each table is a dozen short Spark jobs, and
   * written one at a time the cores sat idle while the driver planned the next job (the tasks
   * filled 64% of the cores' time). A job needing a cached partition that another job is computing
   * waits for it, so the caches are still computed once. Each table is still staged and swapped on
   * its own, so a crash leaves every table either old or new, as when they are written in turn.
   * When a write fails the others finish, then the first failure is thrown.
   */
  static void writeConcurrently(
      SparkSession spark, Warehouse warehouse, Map<Table, Consumer<Warehouse>> writes) {
    List<Callable<Void>> tasks = new ArrayList<>();
    writes.forEach(
        (table, write) ->
            tasks.add(
                () -> {
                  SparkSession.setActiveSession(spark);
                  try (JobDescription job = JobDescription.of(spark, "trends")) {
                    write(job, warehouse, table, write);
                  }
                  return null;
                }));
    Concurrently.inOrder(tasks, WRITERS, "trends-writer", "writing the trend tables");
  }

  private static void write(
      JobDescription job, Warehouse warehouse, Table table, Consumer<Warehouse> write) {
    long start = System.nanoTime();
    job.update("trends: write " + table.name());
    write.accept(warehouse);
    LOG.debug(
        "trends: wrote {} in {}s",
        table.name(),
        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
  }
}
