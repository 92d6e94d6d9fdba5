package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads our records out of a CoreNLP {@link Annotation}; holds no state of its own. */
final class AnnotationConverter {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself");

  private final Optional<SentenceSentimentModel> sentimentModel;
  private final Set<String> mentionTypes;
  private final EntityCanonicalizer canonicalizer;
  private final Optional<MentionSentiment> mentionSentiment;

  /**
   * Loads the sentiment models {@code config} names (once per JVM; the first call takes seconds).
   */
  AnnotationConverter(NlpConfig config) {
    this.sentimentModel = SentimentModels.forConfig(config);
    this.mentionTypes = Set.copyOf(config.mentionTypes());
    this.canonicalizer = new EntityCanonicalizer(config.aliases());
    this.mentionSentiment = EntitySentimentModels.forConfig(config).map(MentionSentiment::new);
  }

  List<AnnotatedSentence> sentences(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<AnnotatedSentence> out = new ArrayList<>();
    if (sentences == null) {
      return out;
    }
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      out.add(
          new AnnotatedSentence(
              s.get(CoreAnnotations.SentenceIndexAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              s.get(CoreAnnotations.TextAnnotation.class),
              column(tokens, CoreLabel::word),
              column(tokens, CoreLabel::lemma),
              column(tokens, CoreLabel::tag),
              sentimentModel.flatMap(m -> m.score(s))));
    }
    return out;
  }

  /**
   * The document's entity mentions of the kept types, canonicalised together, each with the
   * sentiment towards it when {@code nlp.entity-sentiment} is on.
   */
  List<EntityMention> mentions(Annotation doc, List<AnnotatedSentence> sentences) {
    List<CoreMap> found = doc.get(CoreAnnotations.MentionsAnnotation.class);
    List<CoreMap> kept = new ArrayList<>();
    if (found != null) {
      for (CoreMap m : found) {
        if (mentionTypes.contains(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))
            && !isPronoun(m)) {
          kept.add(m);
        }
      }
    }
    List<EntityCanonicalizer.MentionName> names =
        kept.stream()
            .map(
                m ->
                    new EntityCanonicalizer.MentionName(
                        m.get(CoreAnnotations.TextAnnotation.class),
                        m.get(CoreAnnotations.NamedEntityTagAnnotation.class)))
            .toList();
    List<String> canonical = canonicalizer.canonicalize(names);
    List<EntityMention> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      CoreMap m = kept.get(i);
      int sentence = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
      out.add(
          new EntityMention(
              sentence,
              m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              names.get(i).text(),
              names.get(i).nerType(),
              canonical.get(i),
              Optional.empty(),
              sentences.get(sentence).sentiment()));
    }
    return mentionSentiment.map(ms -> ms.score(out, sentences)).orElse(out);
  }

  /**
   * Token-weighted means of the sentence probabilities and scores, labelled by the most probable
   * class of the mean; empty if no sentence has a sentiment. (For {@code rntn} the mean score
   * equals the expected value of the mean probabilities; averaging scores keeps the {@code
   * classifier}'s P(positive) - P(negative) scale.)
   */
  static Optional<SentimentScore> documentSentiment(List<AnnotatedSentence> sentences) {
    double[] sum = new double[SentimentLabel.values().length];
    double scoreSum = 0;
    long weight = 0;
    String model = null;
    for (AnnotatedSentence s : sentences) {
      if (s.sentiment().isEmpty()) {
        continue;
      }
      SentimentScore score = s.sentiment().get();
      int w = Math.max(1, s.tokens().size());
      for (int i = 0; i < sum.length; i++) {
        sum[i] += w * score.probabilities().get(i);
      }
      scoreSum += w * score.score();
      weight += w;
      model = score.model();
    }
    if (weight == 0) {
      return Optional.empty();
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= weight;
    }
    SentimentScore mean = SentimentScore.ofProbabilities(sum, model);
    return Optional.of(
        new SentimentScore(
            mean.label(),
            mean.probabilities(),
            Math.max(-1, Math.min(1, scoreSum / weight)),
            model));
  }

  /**
   * Whether a mention is a pronoun: CoreNLP's entity-mention builder adds "he" and "she" as PERSON
   * mentions (for its KBP relation extractor), which are not names and have no canonical entity.
   */
  private static boolean isPronoun(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel t : tokens) {
      String tag = t.tag();
      boolean pronoun =
          tag != null
              ? tag.startsWith("PRP") || tag.startsWith("WP")
              : PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT));
      if (!pronoun) {
        return false;
      }
    }
    return true;
  }

  // A column is empty when its annotator did not run, never a list with gaps.
  private static List<String> column(List<CoreLabel> tokens, Function<CoreLabel, String> get) {
    List<String> values = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      String v = get.apply(t);
      if (v == null) {
        return List.of();
      }
      values.add(v);
    }
    return values;
  }
}
