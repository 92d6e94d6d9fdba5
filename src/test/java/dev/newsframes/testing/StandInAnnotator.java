package dev.newsframes.testing;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import java.sql.Date;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * A stand-in for the annotate stage, for tests that need {@code sentences}, {@code mentions} and
 * {@code annotation_errors} before the real CoreNLP stage is merged. Swap the one call in {@link
 * SampleWarehouse} for {@code AnnotateJob.run(...)} then.
 *
 * <p>English articles only (like annotate); sentences from {@link BreakIterator}, lemmas by
 * lower-casing and stripping plurals, sentiment from a few cue words, entities from a small
 * gazetteer of patterns. An article whose title says it "times out" becomes an annotation error.
 */
public final class StandInAnnotator {
  private StandInAnnotator() {}

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

  /**
   * Writes sentences, mentions, annotation_errors and annotated_articles for the English articles
   * of the warehouse.
   */
  public static void run(SparkSession spark, Warehouse warehouse) {
    List<Row> articles =
        warehouse
            .read(Tables.ARTICLES)
            .filter(col("language").equalTo("en"))
            .select("article_id", "title", "body", "published_date", "content_hash")
            .orderBy("article_id")
            .collectAsList(); // a test corpus of a few dozen articles
    List<Row> sentences = new ArrayList<>();
    List<Row> mentions = new ArrayList<>();
    List<Row> errors = new ArrayList<>();
    List<Row> log = new ArrayList<>();
    for (Row a : articles) {
      String id = a.getString(0);
      if (a.getString(1).contains("times out")) {
        errors.add(
            RowFactory.create(id, "timeout", "stand-in: annotation exceeded 60000 ms", 60000L));
        log.add(
            RowFactory.create(
                id,
                a.getString(4),
                "stand-in",
                "timeout",
                0,
                0,
                false,
                null,
                null,
                null,
                60000L,
                a.getDate(3)));
        continue;
      }
      int s0 = sentences.size();
      int m0 = mentions.size();
      annotate(id, a.getString(1) + "\n\n" + a.getString(2), a.getDate(3), sentences, mentions);
      log.add(
          RowFactory.create(
              id,
              a.getString(4),
              "stand-in",
              "ok",
              sentences.size() - s0,
              mentions.size() - m0,
              false,
              null,
              null,
              "stand-in",
              1L,
              a.getDate(3)));
    }
    warehouse.replace(
        Tables.ANNOTATED_ARTICLES, spark.createDataFrame(log, Tables.ANNOTATED_ARTICLES.schema()));
    warehouse.replace(
        Tables.SENTENCES, spark.createDataFrame(sentences, Tables.SENTENCES.schema()));
    warehouse.replace(Tables.MENTIONS, spark.createDataFrame(mentions, Tables.MENTIONS.schema()));
    warehouse.replace(
        Tables.ANNOTATION_ERRORS, spark.createDataFrame(errors, Tables.ANNOTATION_ERRORS.schema()));
  }

  private static void annotate(
      String id, String text, Date date, List<Row> sentences, List<Row> mentions) {
    int index = 0;
    for (int[] span : sentenceSpans(text)) {
      String sentence = text.substring(span[0], span[1]);
      List<String> tokens = tokens(sentence);
      List<String> lemmas = tokens.stream().map(StandInAnnotator::lemma).toList();
      double score = sentiment(tokens);
      String label = score > 0.2 ? "positive" : score < -0.2 ? "negative" : "neutral";
      sentences.add(
          RowFactory.create(
              id,
              index,
              span[0],
              span[1],
              sentence,
              tokens,
              lemmas,
              label,
              List.of(0.1, 0.2, 0.4, 0.2, 0.1),
              score,
              "stand-in",
              date));
      mentions.addAll(mentions(id, index, span[0], sentence, score, date));
      index++;
    }
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

  private static List<Row> mentions(
      String id, int index, int begin, String sentence, double score, Date date) {
    List<Row> out = new ArrayList<>();
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
            RowFactory.create(
                id,
                index,
                begin + m.start(),
                begin + m.end(),
                m.group(),
                e.nerType(),
                canonical,
                score,
                date));
      }
    }
    return out;
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

  private static double sentiment(List<String> tokens) {
    List<String> words = tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    long pos = words.stream().filter(POSITIVE::contains).count();
    long neg = words.stream().filter(NEGATIVE::contains).count();
    return pos + neg == 0 ? 0 : (double) (pos - neg) / (pos + neg) * 0.8;
  }
}
