package dev.newsframes.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns gazetteer entries into a CoreNLP RegexNER mapping ({@code ner.additional.regexner}).
 *
 * <p>RegexNER matches one regular expression per token, so each name is tokenized like CoreNLP and
 * each token quoted. The NER annotator sees hyphenated words re-merged ("GPT-4" one token, {@code
 * ner.useNERSpecificTokenization}) while the pipeline splits them ("GPT", "-", "4"), so a
 * hyphenated name gets a pattern for each form. Entries may overwrite the stock statistical types
 * (a CRF often calls "Anthropic" NATIONALITY or "Mythos" PERSON) and numbers inside a name ("Llama
 * 3"), never dates, money or other numeric expressions.
 */
final class RegexNerMapping {
  /** Stock types a gazetteer entry may replace; "O" (no entity) is always replaceable. */
  static final String OVERWRITABLE =
      "PERSON,ORGANIZATION,LOCATION,MISC,COUNTRY,CITY,STATE_OR_PROVINCE,NATIONALITY,RELIGION,"
          + "IDEOLOGY,TITLE,CAUSE_OF_DEATH,CRIMINAL_CHARGE,NUMBER,ORDINAL";

  /** Above the KBP fine-grained mapping's priorities, so our types win where both match. */
  static final String PRIORITY = "2.0";

  private static final Pattern REGEX_META = Pattern.compile("([\\\\.\\[\\]{}()<>*+\\-=!?^$|])");

  private RegexNerMapping() {}

  /** The columns of the mapping, for {@code ner.additional.regexner.mapping.header}. */
  static final String HEADER = "pattern,ner,overwrite,priority,normalized";

  /**
   * The mapping file's text, one line per token form, with the columns of {@link #HEADER}.
   *
   * <p>The normalized value (the canonical name) is set on every token of a match; without it a
   * number inside a name keeps its own normalized value ("3.0") and CoreNLP's mention builder
   * splits "Llama 3" into two mentions.
   */
  static String of(List<GazetteerEntry> entries) {
    StringBuilder sb = new StringBuilder();
    for (GazetteerEntry e : entries) {
      for (List<String> pattern : tokenPatterns(e.name())) {
        sb.append(String.join(" ", pattern))
            .append('\t')
            .append(e.nerType())
            .append('\t')
            .append(OVERWRITABLE)
            .append('\t')
            .append(PRIORITY)
            .append('\t')
            .append(e.canonical().orElse(e.name()))
            .append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * Escaped token patterns of {@code name}: hyphens kept in words first, then split if different.
   */
  static List<List<String>> tokenPatterns(String name) {
    Set<List<String>> forms = new LinkedHashSet<>();
    forms.add(tokens(name, "splitHyphenated=false"));
    forms.add(tokens(name, "splitHyphenated=true"));
    return new ArrayList<>(forms);
  }

  private static List<String> tokens(String name, String options) {
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(new StringReader(name), new CoreLabelTokenFactory(), options);
    List<String> patterns = new ArrayList<>();
    while (tokenizer.hasNext()) {
      patterns.add(REGEX_META.matcher(tokenizer.next().word()).replaceAll("\\\\$1"));
    }
    return patterns;
  }
}
