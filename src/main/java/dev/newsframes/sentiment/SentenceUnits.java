package dev.newsframes.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reduces a sentence's tokens to {@link SentenceUnit}s: entity mentions, amounts and dates masked
 * by their type, words lower-cased lemmas, and words in the scope of a negation marked.
 *
 * <p>Negation scope: the words after "not", "n't", "no", "never", "without", ... up to the next
 * punctuation mark or contrasting conjunction ("but", "although", ...), as in Das and Chen (2001)
 * and Pang et al. (2002). Entity masking lets a model trained on one set of companies read
 * sentences about others.
 */
final class SentenceUnits {
  private static final Set<String> NEGATORS =
      Set.of(
          "not", "n't", "no", "never", "without", "nor", "neither", "none", "nothing", "nobody",
          "cannot", "lack", "fail");

  private static final Set<String> SCOPE_ENDS =
      Set.of("but", "however", "although", "though", "while", "whereas", "yet", "despite");

  /** Fine-grained NER types folded into the four CoNLL types, so masks generalise. */
  private static final Map<String, String> ENTITY_TYPES =
      Map.ofEntries(
          Map.entry("PERSON", "PERSON"),
          Map.entry("ORGANIZATION", "ORGANIZATION"),
          Map.entry("LOCATION", "LOCATION"),
          Map.entry("CITY", "LOCATION"),
          Map.entry("COUNTRY", "LOCATION"),
          Map.entry("STATE_OR_PROVINCE", "LOCATION"),
          Map.entry("MISC", "MISC"),
          Map.entry("NATIONALITY", "MISC"),
          Map.entry("RELIGION", "MISC"),
          Map.entry("IDEOLOGY", "MISC"),
          Map.entry("PRODUCT", "PRODUCT"),
          Map.entry("URL", "URL"),
          Map.entry("EMAIL", "URL"));

  private static final Set<String> DATE_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

  private static final Pattern PUNCT = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]+");

  private SentenceUnits() {}

  /** The units of a sentence, in order. */
  static List<SentenceUnit> of(List<SentimentToken> tokens) {
    List<SentenceUnit> out = new ArrayList<>();
    boolean inScope = false;
    int i = 0;
    while (i < tokens.size()) {
      SentimentToken t = tokens.get(i);
      String entity = ENTITY_TYPES.get(t.ner());
      if (entity != null) {
        i = spanEnd(tokens, i, u -> entity.equals(ENTITY_TYPES.get(u.ner())));
        out.add(new SentenceUnit(SentenceUnit.Kind.ENTITY, entity, inScope, Double.NaN));
        continue;
      }
      if (DATE_TYPES.contains(t.ner())) {
        i = spanEnd(tokens, i, u -> DATE_TYPES.contains(u.ner()));
        out.add(new SentenceUnit(SentenceUnit.Kind.DATE, "", inScope, Double.NaN));
        continue;
      }
      Optional<Amounts.Amount> amount = Amounts.at(tokens, i);
      if (amount.isPresent()) {
        out.add(new SentenceUnit(amount.get().kind(), "", inScope, amount.get().value()));
        i = amount.get().end();
        continue;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (PUNCT.matcher(t.word()).matches()) {
        out.add(new SentenceUnit(SentenceUnit.Kind.PUNCT, t.word(), false, Double.NaN));
        inScope = false;
      } else if (SCOPE_ENDS.contains(lemma)) {
        out.add(SentenceUnit.word(lemma, false));
        inScope = false;
      } else if (NEGATORS.contains(lemma)) {
        out.add(SentenceUnit.word(lemma, false));
        inScope = true;
      } else {
        out.add(SentenceUnit.word(lemma, inScope));
      }
      i++;
    }
    return out;
  }

  private static int spanEnd(List<SentimentToken> tokens, int i, Predicate<SentimentToken> same) {
    int j = i + 1;
    while (j < tokens.size() && same.test(tokens.get(j))) {
      j++;
    }
    return j;
  }
}
