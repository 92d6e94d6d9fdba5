package dev.newsframes.nlp;

import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads our records out of CoreNLP's annotated sentences; holds no state of its own. */
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

  /** What CoreNLP left on one sentence: its columns, sentiment and kept mentions. */
  SentenceAnalysis analyse(CoreMap s) {
    List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
    int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    List<SentenceAnalysis.Mention> mentions = new ArrayList<>();
    List<CoreMap> found = s.get(CoreAnnotations.MentionsAnnotation.class);
    if (found != null) {
      for (CoreMap m : found) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        if (mentionTypes.contains(type) && !isPronoun(m)) {
          mentions.add(
              new SentenceAnalysis.Mention(
                  m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) - begin,
                  m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - begin,
                  m.get(CoreAnnotations.TextAnnotation.class),
                  type));
        }
      }
    }
    return new SentenceAnalysis(
        column(tokens, CoreLabel::word),
        column(tokens, CoreLabel::lemma),
        column(tokens, CoreLabel::tag),
        sentimentModel.flatMap(m -> m.score(s)),
        mentions);
  }

  /**
   * Sentence {@code s} of a document, with the analysis of it or of the same sentence elsewhere.
   */
  static AnnotatedSentence place(CoreMap s, SentenceAnalysis analysis) {
    return analysis.placed(
        s.get(CoreAnnotations.SentenceIndexAnnotation.class),
        s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
        s.get(CoreAnnotations.TextAnnotation.class));
  }

  /**
   * Adds the sentiment towards each mention when {@code nlp.entity-sentiment} is on (one model call
   * for all the given sentences).
   *
   * @param texts the sentences' texts, parallel to {@code analyses}
   */
  List<SentenceAnalysis> withTargetSentiment(List<SentenceAnalysis> analyses, List<String> texts) {
    return mentionSentiment.map(ms -> ms.score(analyses, texts)).orElse(analyses);
  }

  /**
   * The document's entity mentions, in sentence order, canonicalised together.
   *
   * @param analyses the analysis of each sentence, at its sentence index
   */
  List<EntityMention> mentions(List<AnnotatedSentence> sentences, List<SentenceAnalysis> analyses) {
    List<EntityCanonicalizer.MentionName> names = new ArrayList<>();
    for (SentenceAnalysis a : analyses) {
      for (SentenceAnalysis.Mention m : a.mentions()) {
        names.add(new EntityCanonicalizer.MentionName(m.text(), m.nerType()));
      }
    }
    List<String> canonical = canonicalizer.canonicalize(names);
    List<EntityMention> out = new ArrayList<>(names.size());
    for (int i = 0; i < sentences.size(); i++) {
      AnnotatedSentence s = sentences.get(i);
      for (SentenceAnalysis.Mention m : analyses.get(i).mentions()) {
        out.add(
            new EntityMention(
                s.sentenceIndex(),
                s.begin() + m.begin(),
                s.begin() + m.end(),
                m.text(),
                m.nerType(),
                canonical.get(out.size()),
                m.sentiment(),
                s.sentiment()));
      }
    }
    return out;
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
