package dev.newsframes.trends;

import static dev.newsframes.trends.PresenceTransformsSparkTest.D;
import static dev.newsframes.trends.PresenceTransformsSparkTest.sentence;
import static dev.newsframes.trends.TrendFixtures.ARTICLES;
import static dev.newsframes.trends.TrendFixtures.MENTIONS;
import static dev.newsframes.trends.TrendFixtures.SENTENCES;
import static dev.newsframes.trends.TrendFixtures.article;
import static dev.newsframes.trends.TrendFixtures.mention;
import static dev.newsframes.trends.TrendFixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.sentiment.target.SentenceStates;
import dev.newsframes.testing.SparkTestSession;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameModel;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.SentenceClassifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trends stage encodes the mentioned sentences of the articles that hit a frame with a sentence
 * classifier, and the Spark verdict reads them as the pure model does.
 *
 * <pre>
 * s1 | race with China (China) | officials in Washington (Washington) | chip rules (no mention)
 * s2 | the race goes on                                    (no mention anywhere)
 * s3 | a ban in Brussels (Brussels)                        (regulation only: no classifier)
 * s4 | Paris hosts a summit (Paris)                        (no hit)
 * </pre>
 *
 * The competitiveness classifier's weights are the state of s1's unmentioned sentence: were it
 * encoded, s1's sentences:max would be intercept + 1.
 */
class PresenceStatesSparkTest {
  static final String CHIPS = "Chip export rules tighten across the whole industry";
  static final String RACE = "The race with China heats up";
  static final String OFFICIALS = "Officials in Washington met on Monday";

  static final Dataset<Row> ARTICLE_TABLE =
      table(
          ARTICLES,
          article("s1", "article", D, "day", null),
          article("s2", "article", D, "day", null),
          article("s3", "article", D, "day", null),
          article("s4", "article", D, "day", null));

  static final Dataset<Row> SENTENCE_TABLE =
      table(
          SENTENCES,
          sentence("s1", 0, "Title s1"),
          sentence("s1", 1, RACE),
          sentence("s1", 2, OFFICIALS),
          sentence("s1", 3, CHIPS),
          sentence("s2", 0, "Title s2"),
          sentence("s2", 1, "The race goes on"),
          sentence("s3", 0, "Title s3"),
          sentence("s3", 1, "A ban in Brussels"),
          sentence("s4", 0, "Title s4"),
          sentence("s4", 1, "Paris hosts a summit"));

  static final Dataset<Row> MENTION_TABLE =
      table(
          MENTIONS,
          mention("s1", 1, "China", "COUNTRY", "China", 0.0),
          mention("s1", 2, "Washington", "CITY", "Washington", 0.0),
          mention("s1", 2, "Monday", "DATE", "Monday", 0.0),
          mention("s3", 1, "Brussels", "CITY", "Brussels", 0.0),
          mention("s4", 1, "Paris", "CITY", "Paris", 0.0));

  static final double INTERCEPT = -0.5;

  static final Dataset<Row> HITS =
      FrameTransforms.sentenceFrames(SENTENCE_TABLE, MENTION_TABLE, TrendFixtures.LEXICON);

  static final SentenceStates STATES = SentenceStates.of(SentenceClassifier.DEFAULT_SOURCE);

  /** What sentence_states keys the shipped source's states by: with the encoder's fingerprint. */
  static final String KEY = SentenceStates.versioned(SentenceClassifier.DEFAULT_SOURCE);

  /** Competitiveness on sentences:max alone (score = sigmoid of it), regulation by any hit. */
  static FramePresenceModel model() {
    float[] chips = STATES.encode(List.of(CHIPS)).get(0);
    double[] weights = new double[chips.length];
    for (int j = 0; j < weights.length; j++) {
      weights[j] = chips[j];
    }
    double[] ones = new double[weights.length];
    Arrays.fill(ones, 1);
    SentenceClassifier classifier =
        new SentenceClassifier(
            SentenceClassifier.DEFAULT_SOURCE,
            new LogisticRegression.Fit(new double[weights.length], ones, INTERCEPT, weights));
    FrameModel competitiveness =
        new FrameModel(
            "competitiveness",
            Optional.empty(),
            List.of(SentenceClassifier.MAX),
            new LogisticRegression.Fit(new double[] {0}, new double[] {1}, 0, new double[] {1}),
            0.4,
            Optional.of(classifier));
    return new FramePresenceModel(
        Map.of("competitiveness", competitiveness), FallbackRule.ANY_HIT, Optional.empty());
  }

  static Dataset<Row> presence(FramePresenceModel model) {
    return PresenceTransforms.presence(HITS, ARTICLE_TABLE, SENTENCE_TABLE, MENTION_TABLE, model);
  }

  static ArticleHits hits(String articleId) {
    return PresenceRows.articleHits(
        PresenceTransforms.articleHits(HITS, ARTICLE_TABLE, SENTENCE_TABLE)
            .filter("article_id = '" + articleId + "'")
            .first());
  }

  static double score(Dataset<Row> presence, String articleId, String frame) {
    return presence
        .filter("article_id = '" + articleId + "' AND frame = '" + frame + "'")
        .first()
        .<Double>getAs("score");
  }

  @Test
  void theSparkScoreIsThePureModelsOnTheMentionedSentencesStates() {
    FramePresenceModel model = model();

    Dataset<Row> presence = presence(model);

    List<float[]> mentioned = STATES.encode(List.of(RACE, OFFICIALS));
    double expected = model.presence(hits("s1").withStates(mentioned), "competitiveness").score();
    assertThat(score(presence, "s1", "competitiveness")).isCloseTo(expected, offset(1e-9));
    double withChips =
        model
            .presence(
                hits("s1").withStates(STATES.encode(List.of(RACE, OFFICIALS, CHIPS))),
                "competitiveness")
            .score();
    assertThat(withChips)
        .as("the unmentioned sentence would be decisive: sigmoid(intercept + 1)")
        .isCloseTo(1 / (1 + Math.exp(-(INTERCEPT + 1))), offset(1e-6));
    assertThat(Math.abs(expected - withChips))
        .as("so the Spark score shows it was not read")
        .isGreaterThan(1e-3);
    assertThat(
            TrendsTransforms.compute(
                    ARTICLE_TABLE,
                    SENTENCE_TABLE,
                    MENTION_TABLE,
                    TrendsJob.Options.builder(TrendFixtures.LEXICON)
                        .presence(model, Optional.empty())
                        .build())
                .articleFrames()
                .filter("article_id = 's1' AND frame = 'competitiveness'")
                .first()
                .<Double>getAs("score"))
        .as("the trends stage passes the mentions on")
        .isCloseTo(expected, offset(1e-9));
  }

  @Test
  void anArticleWithoutAMentionedSentenceGetsTheIntercept() {
    FramePresenceModel model = model();

    Dataset<Row> presence = presence(model);

    double intercept = 1 / (1 + Math.exp(-INTERCEPT));
    assertThat(score(presence, "s2", "competitiveness")).isCloseTo(intercept, offset(1e-9));
    assertThat(model.presence(hits("s2"), "competitiveness").score())
        .isCloseTo(intercept, offset(1e-12));
    assertThat(presence.orderBy("article_id", "frame").collectAsList())
        .extracting(r -> r.getString(0), r -> r.getString(1))
        .as("s4 hits nothing, so it has no verdict")
        .containsExactly(
            tuple("s1", "competitiveness"),
            tuple("s2", "competitiveness"),
            tuple("s3", "regulation"));
    assertThat(presence.filter("article_id = 's2'").first().<Boolean>getAs("present"))
        .as("sigmoid(-0.5) is under the 0.4 threshold")
        .isFalse();
  }

  @Test
  void onlyTheMentionedSentencesOfArticlesHittingAClassifiersFrameAreEncoded() {
    FramePresenceModel model = model();

    Dataset<Row> encoded = lookup(model, Optional.empty()).perSentence();

    List<Row> rows = encoded.orderBy("article_id", "sentence_index").collectAsList();
    assertThat(rows)
        .extracting(r -> r.getString(0), r -> r.getInt(1))
        .as("s1's two mentioned sentences; not s3 (regulation has no classifier) nor s4 (no hit)")
        .containsExactly(tuple("s1", 1), tuple("s1", 2));
    List<float[]> driver = STATES.encode(List.of(RACE, OFFICIALS));
    for (int i = 0; i < rows.size(); i++) {
      assertThat(floats(rows.get(i).getList(2)))
          .as("state %d as on the driver", i)
          .containsExactly(driver.get(i));
    }
  }

  @Test
  void withoutAStateSourceNothingIsEncodedAndTheMentionsAreNotRead() {
    FramePresenceModel fallback = FramePresenceModel.fallbackOnly(new FallbackRule(1, 1));

    assertThat(
            PresenceTransforms.presence(HITS, ARTICLE_TABLE, SENTENCE_TABLE, null, fallback)
                .orderBy("article_id", "frame")
                .collectAsList())
        .isEqualTo(
            PresenceTransforms.presence(HITS, ARTICLE_TABLE, SENTENCE_TABLE, fallback)
                .orderBy("article_id", "frame")
                .collectAsList());
    assertThatThrownBy(
            () -> PresenceTransforms.presence(HITS, ARTICLE_TABLE, SENTENCE_TABLE, model()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mentions table");
  }

  static SentenceStateTransforms lookup(FramePresenceModel model, Optional<Dataset<Row>> cache) {
    return PresenceTransforms.sentenceStates(
            HITS, SENTENCE_TABLE, MENTION_TABLE, model, cache, Optional.empty())
        .orElseThrow();
  }

  /** A {@code sentence_states} row: the state {@code state} kept for {@code text}. */
  static Row cached(String source, String text, float[] state) {
    long hash =
        SparkTestSession.get()
            .sql("SELECT xxhash64('" + text.replace("'", "''") + "')")
            .first()
            .getLong(0);
    return RowFactory.create(source, hash, state);
  }

  @Test
  void aKeptStateIsReadInsteadOfEncodedAndTheCacheKeepsWhatTheRunNeeded() {
    FramePresenceModel model = model();
    float[] chips = STATES.encode(List.of(CHIPS)).get(0);
    // RACE's kept state is planted as CHIPS's: read, it makes s1's sentences:max intercept + 1
    Dataset<Row> cache =
        table(
            Tables.SENTENCE_STATES.schema(),
            cached(KEY, RACE, chips),
            cached(SentenceClassifier.DEFAULT_SOURCE + "@0123456789abcdef", OFFICIALS, chips),
            cached(KEY, "A sentence no article has any more", chips));

    SentenceStateTransforms states = lookup(model, Optional.of(cache));
    Dataset<Row> presence =
        PresenceTransforms.presence(
            HITS, ARTICLE_TABLE, SENTENCE_TABLE, model, Optional.of(states));

    assertThat(states.missing().collectAsList())
        .extracting(r -> r.getString(1))
        .as("RACE is kept; OFFICIALS was kept by another version of the encoder only")
        .containsExactly(OFFICIALS);
    assertThat(score(presence, "s1", "competitiveness"))
        .as("the planted state was read")
        .isCloseTo(1 / (1 + Math.exp(-(INTERCEPT + 1))), offset(1e-6));
    List<Row> kept = states.states().collectAsList();
    assertThat(kept)
        .extracting(r -> r.getString(0), r -> r.getLong(1))
        .as("the new cache: the two texts s1 needs, under the model's source; nothing stale")
        .containsExactlyInAnyOrder(
            tuple(KEY, cached("", RACE, chips).getLong(1)),
            tuple(KEY, cached("", OFFICIALS, chips).getLong(1)));
  }

  @Test
  void aSentenceTextSharedByArticlesIsEncodedOnce() {
    Dataset<Row> sentences =
        SENTENCE_TABLE.unionByName(
            table(SENTENCES, sentence("s5", 0, "Title s5"), sentence("s5", 1, RACE)));
    Dataset<Row> mentions =
        MENTION_TABLE.unionByName(
            table(MENTIONS, mention("s5", 1, "China", "COUNTRY", "China", 0.0)));
    Dataset<Row> hits = FrameTransforms.sentenceFrames(sentences, mentions, TrendFixtures.LEXICON);

    SentenceStateTransforms states =
        PresenceTransforms.sentenceStates(
                hits, sentences, mentions, model(), Optional.empty(), Optional.empty())
            .orElseThrow();

    assertThat(states.sentences().count()).as("s1's two sentences and s5's one").isEqualTo(3);
    assertThat(states.missing().count()).as("two distinct texts").isEqualTo(2);
    assertThat(states.perSentence().filter("article_id = 's5'").first().<Object>getAs("state"))
        .isEqualTo(
            states
                .perSentence()
                .filter("article_id = 's1' AND sentence_index = 1")
                .first()
                .getAs("state"));
  }

  @Test
  void presenceRefusesStatesThatDoNotMatchTheModel() {
    FramePresenceModel model = model();
    FramePresenceModel fallback = FramePresenceModel.fallbackOnly(new FallbackRule(1, 1));

    assertThatThrownBy(
            () ->
                PresenceTransforms.presence(
                    HITS, ARTICLE_TABLE, SENTENCE_TABLE, model, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none were given");
    assertThatThrownBy(
            () ->
                PresenceTransforms.presence(
                    HITS,
                    ARTICLE_TABLE,
                    SENTENCE_TABLE,
                    fallback,
                    Optional.of(lookup(model, Optional.empty()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reads none");
  }

  /**
   * The trends job writes the states it read to {@code sentence_states} and reads them on its next
   * run: a state planted there decides that run's score.
   */
  @Test
  void theTrendsJobKeepsTheStatesAndReadsThemOnItsNextRun(@TempDir Path dir) {
    Warehouse warehouse = warehouse(dir);
    TrendsJob job = job();

    job.run(SparkTestSession.get(), warehouse);

    List<float[]> driver = STATES.encode(List.of(RACE, OFFICIALS));
    Map<Long, List<Float>> kept = new HashMap<>();
    warehouse
        .read(Tables.SENTENCE_STATES)
        .collectAsList()
        .forEach(r -> kept.put(r.getLong(1), r.getList(2)));
    assertThat(kept)
        .as("s1's two mentioned sentences, as the driver encodes them")
        .containsOnlyKeys(
            cached("", RACE, driver.get(0)).getLong(1),
            cached("", OFFICIALS, driver.get(1)).getLong(1));
    assertThat(floats(kept.get(cached("", RACE, driver.get(0)).getLong(1))))
        .containsExactly(driver.get(0));
    double encoded = competitiveness(warehouse);

    float[] chips = STATES.encode(List.of(CHIPS)).get(0);
    warehouse.replace(
        Tables.SENTENCE_STATES,
        table(
            Tables.SENTENCE_STATES.schema(),
            cached(KEY, RACE, chips),
            cached(KEY, OFFICIALS, driver.get(1)),
            cached(KEY, "No article says this", chips)));
    job.run(SparkTestSession.get(), warehouse);

    assertThat(competitiveness(warehouse))
        .as("the planted state decided the second run (the first scored %s)", encoded)
        .isCloseTo(1 / (1 + Math.exp(-(INTERCEPT + 1))), offset(1e-6));
    assertThat(warehouse.read(Tables.SENTENCE_STATES).count())
        .as("the stale row is dropped")
        .isEqualTo(2);
    List<String> files = files(warehouse);

    job.run(SparkTestSession.get(), warehouse);

    assertThat(files(warehouse))
        .as("nothing encoded and nothing stale: the cache is not rewritten")
        .isEqualTo(files);
    assertThat(competitiveness(warehouse))
        .isCloseTo(1 / (1 + Math.exp(-(INTERCEPT + 1))), offset(1e-6));
  }

  private static List<String> files(Warehouse warehouse) {
    try (Stream<Path> s = Files.list(Path.of(warehouse.path(Tables.SENTENCE_STATES)))) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aDamagedStateCacheIsEncodedAgainAndReplaced(@TempDir Path dir) throws IOException {
    Warehouse warehouse = warehouse(dir);
    Path cache = Path.of(warehouse.path(Tables.SENTENCE_STATES));
    Files.createDirectories(cache);
    Files.writeString(cache.resolve("part-00000.parquet"), "not a parquet file");

    job().run(SparkTestSession.get(), warehouse);

    List<float[]> mentioned = STATES.encode(List.of(RACE, OFFICIALS));
    assertThat(competitiveness(warehouse))
        .as("as with every state encoded")
        .isCloseTo(
            model().presence(hits("s1").withStates(mentioned), "competitiveness").score(),
            offset(1e-9));
    assertThat(files(warehouse)).doesNotContain("part-00000.parquet");
    assertThat(warehouse.read(Tables.SENTENCE_STATES).count()).isEqualTo(2);
  }

  /** A warehouse holding the fixture's articles, sentences and mentions. */
  private static Warehouse warehouse(Path dir) {
    Warehouse warehouse = new Warehouse(SparkTestSession.get(), dir.toString());
    Map.of(
            Tables.ARTICLES, ARTICLE_TABLE,
            Tables.SENTENCES, SENTENCE_TABLE,
            Tables.MENTIONS, MENTION_TABLE)
        .forEach(
            (t, rows) ->
                rows.write()
                    .partitionBy(t.partitionColumns().toArray(String[]::new))
                    .parquet(warehouse.path(t)));
    return warehouse;
  }

  private static TrendsJob job() {
    return new TrendsJob(
        TrendsJob.Options.builder(TrendFixtures.LEXICON)
            .presence(model(), Optional.empty())
            .build());
  }

  private static double competitiveness(Warehouse warehouse) {
    return score(
        warehouse.read(Tables.ARTICLE_FRAMES).select("article_id", "frame", "score"),
        "s1",
        "competitiveness");
  }

  /** A state column's value as the driver's encoder returns it. */
  private static float[] floats(List<Float> state) {
    float[] out = new float[state.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = state.get(i);
    }
    return out;
  }
}
