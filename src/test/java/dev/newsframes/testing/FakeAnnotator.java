package dev.newsframes.testing;

import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.nlp.AnnotateTransforms;
import dev.newsframes.nlp.AnnotatedDocument;
import dev.newsframes.nlp.AnnotatedSentence;
import dev.newsframes.nlp.AnnotationFailure;
import dev.newsframes.nlp.AnnotationResult;
import dev.newsframes.nlp.Annotator;
import dev.newsframes.nlp.AnnotatorFactory;
import dev.newsframes.nlp.EntityMention;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.sentiment.target.TargetPolarity;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@link Annotator} without models, for running the real annotate job in Spark tests (CoreNLP
 * would cost minutes there): what the job writes is the production row layout.
 *
 * <p>Sentences from {@link BreakIterator} within blank-line separated blocks, lemmas by
 * lower-casing and stripping plurals, sentiment from a few cue words, entities from a small
 * gazetteer of patterns. The sentiment towards a mention comes from the cue words of its clause
 * (the sentence split at commas, semicolons and "but"), so one sentence can hold a praised and a
 * criticised entity; with {@code nlp.entity-sentiment=none} mentions have none, as with the real
 * annotator. An article whose title says it "times out" is a timeout failure.
 */
public final class FakeAnnotator implements Annotator {

  /** A gazetteer entry: a pattern, its canonical name (null: the matched text) and NER type. */
  public record Entity(Pattern pattern, String canonical, String nerType) {
    static Entity of(String regex, String canonical, String type) {
      return new Entity(Pattern.compile(regex), canonical, type);
    }
  }

  public static final List<Entity> GAZETTEER =
      List.of(
          Entity.of("\\bSam Altman\\b|\\bAltman\\b", "Sam Altman", "PERSON"),
          Entity.of("\\bJoe Biden\\b|\\bBiden\\b", "Joe Biden", "PERSON"),
          Entity.of("\\bOpenAI\\b", "OpenAI", "ORGANIZATION"),
          Entity.of("\\bGoogle\\b", "Google", "ORGANIZATION"),
          Entity.of("\\bMicrosoft\\b", "Microsoft", "ORGANIZATION"),
          Entity.of("\\bNvidia\\b", "Nvidia", "ORGANIZATION"),
          Entity.of(
              "\\bFederal Trade Commission\\b|\\bFTC\\b",
              "Federal Trade Commission",
              "ORGANIZATION"),
          Entity.of("\\bEuropean Commission\\b", "European Commission", "ORGANIZATION"),
          Entity.of("\\bCongress\\b", "Congress", "ORGANIZATION"),
          Entity.of("\\bPentagon\\b", "Pentagon", "ORGANIZATION"),
          Entity.of("\\bWhite House\\b", "White House", "ORGANIZATION"),
          Entity.of("\\bUnited States\\b", "United States", "COUNTRY"),
          Entity.of("\\bChina\\b", "China", "COUNTRY"),
          Entity.of("\\bBeijing\\b", "Beijing", "CITY"),
          // markup in a name, as a hostile page could make an NER model produce
          Entity.of("<b onmouseover=[^>]*>Evil Corp</b>", null, "ORGANIZATION"));

  private static final Set<String> POSITIVE =
      Set.of(
          "welcome",
          "welcomes",
          "welcomed",
          "praise",
          "praised",
          "excited",
          "enjoy",
          "great",
          "strong",
          "pleased",
          "cheered",
          "impressed",
          "remarkable",
          "growth",
          "progress",
          "supports",
          "overdue",
          "protects");
  private static final Set<String> NEGATIVE =
      Set.of(
          "fear",
          "fears",
          "warn",
          "warned",
          "warns",
          "danger",
          "catastrophic",
          "alarmist",
          "worry",
          "deceptive",
          "mislead",
          "harms",
          "struggled",
          "hard",
          "scare",
          "rushed",
          "penalty",
          "malware",
          "underfunded",
          "pressure",
          "demanded");
  private static final Map<String, String> IRREGULAR =
      Map.of("racing", "race", "investing", "invest", "competing", "compete", "hiring", "hire");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-'.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]|\\bbut\\b");

  /**
   * The factory the annotate job takes; of the configuration only {@code nlp.entity-sentiment}
   * counts (the rest is fingerprinted).
   */
  public static final AnnotatorFactory FACTORY =
      config -> new FakeAnnotator(!config.entitySentimentHead().isEmpty());

  private final boolean entitySentiment;

  /** With sentiment towards each mention ({@code nlp.entity-sentiment} not {@code none}). */
  public FakeAnnotator() {
    this(true);
  }

  private FakeAnnotator(boolean entitySentiment) {
    this.entitySentiment = entitySentiment;
  }

  /** The real annotate job over the warehouse's English canonical articles, with this annotator. */
  public static AnnotateJob.Options jobOptions() {
    return new AnnotateJob.Options(
        NlpConfig.defaults(),
        AnnotateTransforms.Scope.ENGLISH_CANONICAL,
        AnnotateJob.Refresh.INCREMENTAL,
        FACTORY);
  }

  @Override
  public AnnotationResult annotate(String articleId, String text) {
    if (text.lines().findFirst().orElse("").contains("times out")) {
      return new AnnotationFailure(
          articleId,
          AnnotationFailure.Kind.TIMEOUT,
          "fake: annotation exceeded 60000 ms",
          Duration.ofMinutes(1));
    }
    List<AnnotatedSentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (int[] span : sentenceSpans(text)) {
      String sentence = text.substring(span[0], span[1]);
      List<String> tokens = tokens(sentence);
      Optional<SentimentScore> sentiment = Optional.of(sentiment(tokens));
      int index = sentences.size();
      sentences.add(
          new AnnotatedSentence(
              index,
              span[0],
              span[1],
              sentence,
              tokens,
              tokens.stream().map(FakeAnnotator::lemma).toList(),
              tokens.stream().map(x -> "NN").toList(),
              sentiment));
      mentions.addAll(mentions(index, span[0], sentence, sentiment, entitySentiment));
    }
    return new AnnotatedDocument(
        articleId,
        text.length(),
        text.length(),
        sentences,
        mentions,
        Optional.empty(),
        sentences.size(),
        Duration.ofMillis(1));
  }

  /** Sentences within each blank-line separated block (the title is a block of its own). */
  static List<int[]> sentenceSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher blocks = Pattern.compile("[^\\n]+(?:\\n(?!\\n)[^\\n]+)*").matcher(text);
    while (blocks.find()) {
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
      String block = blocks.group();
      it.setText(block);
      for (int start = it.first(), end = it.next();
          end != BreakIterator.DONE;
          start = end, end = it.next()) {
        String raw = block.substring(start, end);
        String stripped = raw.strip();
        if (!stripped.isEmpty()) {
          int from = blocks.start() + start + raw.indexOf(stripped);
          spans.add(new int[] {from, from + stripped.length()});
        }
      }
    }
    return spans;
  }

  private static List<EntityMention> mentions(
      int index,
      int begin,
      String sentence,
      Optional<SentimentScore> sentiment,
      boolean entitySentiment) {
    List<EntityMention> out = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    for (Entity e : GAZETTEER) {
      Matcher m = e.pattern().matcher(sentence);
      while (m.find()) {
        if (taken[m.start()]) {
          continue;
        }
        Arrays.fill(taken, m.start(), m.end(), true);
        String canonical = e.canonical() == null ? m.group() : e.canonical();
        out.add(
            new EntityMention(
                index,
                begin + m.start(),
                begin + m.end(),
                m.group(),
                e.nerType(),
                canonical,
                entitySentiment
                    ? Optional.of(polarity(clause(sentence, m.start(), m.end())))
                    : Optional.empty(),
                sentiment));
      }
    }
    return out;
  }

  /** The clause of {@code sentence} holding {@code [from, to)}. */
  static String clause(String sentence, int from, int to) {
    int start = 0;
    int end = sentence.length();
    Matcher m = CLAUSE_BREAK.matcher(sentence);
    while (m.find()) {
      if (m.end() <= from) {
        start = m.end();
      } else if (m.start() >= to) {
        end = m.start();
        break;
      }
    }
    return sentence.substring(start, end);
  }

  /** From the clause's cue words: 0.8 on the majority side, the rest spread over the others. */
  static TargetPolarity polarity(String clause) {
    List<String> words = tokens(clause).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    long pos = words.stream().filter(POSITIVE::contains).count();
    long neg = words.stream().filter(NEGATIVE::contains).count();
    if (pos > neg) {
      return TargetPolarity.of(new double[] {0.05, 0.15, 0.8});
    } else if (neg > pos) {
      return TargetPolarity.of(new double[] {0.8, 0.15, 0.05});
    }
    return TargetPolarity.of(new double[] {0.1, 0.8, 0.1});
  }

  static List<String> tokens(String sentence) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static String lemma(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(t)) {
      return IRREGULAR.get(t);
    }
    if (t.length() > 4 && t.endsWith("ies")) {
      return t.substring(0, t.length() - 3) + "y";
    }
    boolean plural =
        t.length() > 3
            && t.endsWith("s")
            && !t.endsWith("ss")
            && !t.endsWith("us")
            && !t.endsWith("is");
    return plural ? t.substring(0, t.length() - 1) : t;
  }

  /** From cue words: (positive - negative) / cues * 0.8, labelled beyond +-0.2. */
  private static SentimentScore sentiment(List<String> tokens) {
    List<String> words = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    long pos = words.stream().filter(POSITIVE::contains).count();
    long neg = words.stream().filter(NEGATIVE::contains).count();
    double score = pos + neg == 0 ? 0 : (double) (pos - neg) / (pos + neg) * 0.8;
    SentimentLabel label =
        score > 0.2
            ? SentimentLabel.POSITIVE
            : score < -0.2 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    return new SentimentScore(label, List.of(0.1, 0.2, 0.4, 0.2, 0.1), score, "fake");
  }
}
