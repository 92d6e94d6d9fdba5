package dev.newsframes.nlp;

import dev.newsframes.sentiment.target.TargetInput;
import dev.newsframes.sentiment.target.TargetPolarity;
import dev.newsframes.sentiment.target.TargetSentimentModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds the sentiment towards each mention to a document's mentions: one call of the target model
 * per document, in which the mentions of one sentence share one encoder run.
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
   * The mentions, in order, each with its polarity.
   *
   * @param sentences the document's sentences, at their sentence index
   */
  List<EntityMention> score(List<EntityMention> mentions, List<AnnotatedSentence> sentences) {
    List<TargetInput> inputs = new ArrayList<>();
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      Optional<TargetInput> in = input(mentions.get(i), sentences);
      if (in.isPresent()) {
        inputs.add(in.get());
        scored.add(i);
      }
    }
    if (inputs.isEmpty()) {
      return mentions;
    }
    List<TargetPolarity> polarities = model.predict(inputs);
    List<EntityMention> out = new ArrayList<>(mentions);
    for (int k = 0; k < scored.size(); k++) {
      int i = scored.get(k);
      out.set(i, out.get(i).withSentiment(polarities.get(k)));
    }
    return out;
  }

  /** The mention as a target in its sentence's text, if its span lies inside the sentence. */
  static Optional<TargetInput> input(EntityMention m, List<AnnotatedSentence> sentences) {
    int index = m.sentenceIndex();
    if (index < 0 || index >= sentences.size()) {
      return Optional.empty();
    }
    AnnotatedSentence s = sentences.get(index);
    int from = m.begin() - s.begin();
    int to = m.end() - s.begin();
    if (s.sentenceIndex() != index || from < 0 || to <= from || to > s.text().length()) {
      return Optional.empty();
    }
    return Optional.of(new TargetInput(s.text(), from, to));
  }
}
