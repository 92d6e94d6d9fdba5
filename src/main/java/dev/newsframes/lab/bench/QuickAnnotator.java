package dev.newsframes.lab.bench;

import dev.newsframes.nlp.AnnotatedDocument;
import dev.newsframes.nlp.AnnotatedSentence;
import dev.newsframes.nlp.AnnotationResult;
import dev.newsframes.nlp.Annotator;
import dev.newsframes.nlp.EntityMention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A model-free annotator for scale benchmarks of the stages after annotate: sentences split at end
 * punctuation, lower-cased tokens as lemmas (plural s stripped), capitalised word runs inside a
 * sentence as ORGANIZATION mentions, no sentiment. Its tables have the production layout and
 * realistic sizes; its lemmas are not CoreNLP's, so frame hits differ from a real run's.
 */
public final class QuickAnnotator implements Annotator {
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]?");
  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-'.][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
  private static final Pattern NAME = Pattern.compile("(?<=\\s)(?:[A-Z][a-z]+\\s?){1,3}");

  @Override
  public AnnotationResult annotate(String articleId, String text) {
    List<AnnotatedSentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      String s = m.group().strip();
      if (s.isEmpty()) {
        continue;
      }
      int begin = m.start() + m.group().indexOf(s);
      List<String> tokens = new ArrayList<>();
      Matcher t = TOKEN.matcher(s);
      while (t.find()) {
        tokens.add(t.group());
      }
      int index = sentences.size();
      sentences.add(
          new AnnotatedSentence(
              index,
              begin,
              begin + s.length(),
              s,
              tokens,
              tokens.stream().map(QuickAnnotator::lemma).toList(),
              tokens.stream().map(x -> "NN").toList(),
              Optional.empty()));
      Matcher n = NAME.matcher(s);
      while (n.find()) {
        String name = n.group().strip();
        int at = begin + n.start();
        mentions.add(
            new EntityMention(
                index,
                at,
                at + name.length(),
                name,
                "ORGANIZATION",
                name,
                Optional.empty(),
                Optional.empty()));
      }
    }
    return new AnnotatedDocument(
        articleId,
        text.length(),
        text.length(),
        sentences,
        mentions,
        Optional.empty(),
        sentences.size(),
        Duration.ZERO);
  }

  private static String lemma(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    return t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")
        ? t.substring(0, t.length() - 1)
        : t;
  }
}
