package dev.newsframes.trends;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The validation rules of one frame; each problem is prefixed with where it is. */
final class FrameChecks {
  private FrameChecks() {}

  static List<String> problems(Frame f, String where) {
    List<String> out = new ArrayList<>();
    if (!f.id().isEmpty() && !FrameLexicon.isId(f.id())) {
      out.add(where + ": id must be snake_case ([a-z][a-z0-9_]*)");
    }
    if (!f.group().isEmpty() && !FrameLexicon.isId(f.group())) {
      out.add(where + ": group '" + f.group() + "' must be snake_case, e.g. ai_policy");
    }
    if (!(f.weight() > 0) || Double.isInfinite(f.weight())) {
      out.add(where + ": weight must be a positive number, got " + f.weight());
    }
    if (f.lemmas().isEmpty() && f.phrases().isEmpty() && !f.usesEntities()) {
      out.add(where + ": no terms; give at least one of lemmas, phrases, entities, ner_types");
    }
    Set<String> seen = new HashSet<>();
    for (String lemma : f.lemmas()) {
      if (lemma.isBlank()) {
        out.add(where + ": empty lemma");
      } else if (lemma.contains(" ")) {
        out.add(where + ": lemma '" + lemma + "' has several words; list it under phrases");
      } else if (!seen.add(Terms.canonical(lemma))) {
        out.add(where + ": term '" + lemma + "' is listed twice");
      }
    }
    for (String phrase : f.phrases()) {
      if (Terms.words(phrase).size() < 2) {
        out.add(where + ": phrase '" + phrase + "' is a single word; list it under lemmas");
      } else if (!seen.add(Terms.canonical(phrase))) {
        out.add(where + ": term '" + phrase + "' is listed twice");
      }
    }
    for (String entity : f.entities()) {
      if (entity.isBlank()) {
        out.add(where + ": empty entity name");
      }
    }
    for (String type : f.nerTypes()) {
      if (!FrameLexicon.isNerType(type)) {
        out.add(where + ": NER type '" + type + "' must look like PERSON or CRIMINAL_CHARGE");
      }
    }
    for (String exclusion : f.exclusions()) {
      if (Terms.words(exclusion).isEmpty()) {
        out.add(where + ": empty exclusion");
      } else if (!cancelsSomething(f, Terms.words(exclusion))) {
        out.add(
            where
                + ": exclusion '"
                + exclusion
                + "' contains none of the frame's lemmas or phrases, so it would never cancel a hit");
      }
    }
    return out;
  }

  /**
   * Whether the exclusion contains one of the frame's terms, word by word; an exclusion word may be
   * an inflected form of the term's word ("the leading" for "the lead"), since exclusions also
   * match tokens and CoreNLP lemmatises "leading" to "lead".
   */
  private static boolean cancelsSomething(Frame f, List<String> exclusion) {
    for (String term : concat(f.lemmas(), f.phrases())) {
      List<String> words = Terms.words(term);
      for (int start = 0; start + words.size() <= exclusion.size(); start++) {
        if (formsOf(exclusion.subList(start, start + words.size()), words)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean formsOf(List<String> exclusionWords, List<String> termWords) {
    for (int i = 0; i < termWords.size(); i++) {
      if (!exclusionWords.get(i).startsWith(termWords.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
