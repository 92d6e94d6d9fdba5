package dev.newsframes.lab.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * A typed token span in a sentence, end exclusive; the unit of entity-level NER scoring.
 *
 * @param sentence index of the sentence in the evaluated corpus
 */
public record EntitySpan(int sentence, int start, int end, String type) {
  private static final String OUTSIDE = "O";

  /**
   * The spans of IOB tags (IOB1 as in CoNLL-2003, or IOB2): {@code B-X} always starts a span,
   * {@code I-X} continues a span of type X and otherwise starts one, {@code O} ends it.
   */
  public static List<EntitySpan> fromIob(int sentence, List<String> tags) {
    List<EntitySpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : OUTSIDE;
      String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "";
      String t = prefix.isEmpty() ? null : tag.substring(2);
      boolean continues = "I".equals(prefix) && t.equals(type);
      if (!continues && type != null) {
        spans.add(new EntitySpan(sentence, start, i, type));
        type = null;
      }
      if (t != null && !continues) {
        start = i;
        type = t;
      }
    }
    return spans;
  }

  /**
   * The spans of per-token types without IOB prefixes, as CoreNLP tags tokens: each run of equal
   * types other than {@code O} is one span (so two adjacent entities of one type merge).
   */
  public static List<EntitySpan> fromTypeRuns(int sentence, List<String> types) {
    List<EntitySpan> spans = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= types.size(); i++) {
      if (i == types.size() || !types.get(i).equals(types.get(start))) {
        if (!OUTSIDE.equals(types.get(start))) {
          spans.add(new EntitySpan(sentence, start, i, types.get(start)));
        }
        start = i;
      }
    }
    return spans;
  }
}
