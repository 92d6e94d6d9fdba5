package dev.newsframes.nlp;

import dev.newsframes.sentiment.target.TargetInput;
import dev.newsframes.sentiment.target.TargetPolarity;
import dev.newsframes.sentiment.target.TargetSentimentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the sentiment towards each mention to sentence analyses: one call of the target model for
 * the sentences given (those of a document that were not met before), in which the mentions of one
 * sentence share one encoder run. The polarity is read from the sentence alone, so it is kept with
 * the sentence's analysis and reused with it.
 *
 * <p>Thread-safe (the model is). A mention whose span does not lie inside its sentence (which
 * CoreNLP never produces) keeps no sentiment rather than failing the document.
 */
final class MentionSentiment {
  private final TargetSentimentModel model;

  MentionSentiment(TargetSentimentModel model) {
    this.model = model;
  }

  /**
   * The analyses, in order, each mention with its polarity.
   *
   * @param texts each analysed sentence's text, parallel to {@code analyses}
   */
  List<SentenceAnalysis> score(List<SentenceAnalysis> analyses, List<String> texts) {
    List<TargetInput> inputs = new ArrayList<>();
    for (int s = 0; s < analyses.size(); s++) {
      for (SentenceAnalysis.Mention m : analyses.get(s).mentions()) {
        input(m, texts.get(s)).ifPresent(inputs::add);
      }
    }
    if (inputs.isEmpty()) {
      return analyses;
    }
    List<TargetPolarity> polarities = model.predict(inputs);
    List<SentenceAnalysis> out = new ArrayList<>(analyses.size());
    int next = 0;
    for (int s = 0; s < analyses.size(); s++) {
      SentenceAnalysis a = analyses.get(s);
      List<SentenceAnalysis.Mention> scored = new ArrayList<>(a.mentions().size());
      for (SentenceAnalysis.Mention m : a.mentions()) {
        scored.add(
            input(m, texts.get(s)).isPresent() ? m.withSentiment(polarities.get(next++)) : m);
      }
      out.add(a.withMentions(scored));
    }
    return out;
  }

  /** The mention as a target in its sentence's text, if its span lies inside the sentence. */
  static Optional<TargetInput> input(SentenceAnalysis.Mention m, String sentence) {
    if (m.begin() < 0 || m.end() <= m.begin() || m.end() > sentence.length()) {
      return Optional.empty();
    }
    return Optional.of(new TargetInput(sentence, m.begin(), m.end()));
  }
}
