package dev.newsframes.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.PTBTokenizer;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns gazetteer entries into a CoreNLP RegexNER mapping ({@code ner.additional.regexner}).
 *
 * <p>RegexNER matches one regular expression per token, so each name is tokenized with CoreNLP's
 * own tokenizer and each token quoted. Entries may overwrite the stock statistical types (a CRF
 * often calls "Anthropic" NATIONALITY or "Mythos" PERSON), but never numeric or temporal ones.
 */
final class RegexNerMapping {
  /** Stock types a gazetteer entry may replace; "O" (no entity) is always replaceable. */
  static final String OVERWRITABLE =
      "PERSON,ORGANIZATION,LOCATION,MISC,COUNTRY,CITY,STATE_OR_PROVINCE,NATIONALITY,RELIGION,"
          + "IDEOLOGY,TITLE,CAUSE_OF_DEATH,CRIMINAL_CHARGE";

  /** Above the KBP fine-grained mapping's priorities, so our types win where both match. */
  static final String PRIORITY = "2.0";

  private static final Pattern REGEX_META = Pattern.compile("([\\\\.\\[\\]{}()<>*+\\-=!?^$|])");

  private RegexNerMapping() {}

  /** The mapping file's text: {@code pattern TAB type TAB overwritable TAB priority} per entry. */
  static String of(List<GazetteerEntry> entries) {
    StringBuilder sb = new StringBuilder();
    for (GazetteerEntry e : entries) {
      sb.append(String.join(" ", tokenPatterns(e.name())))
          .append('\t')
          .append(e.nerType())
          .append('\t')
          .append(OVERWRITABLE)
          .append('\t')
          .append(PRIORITY)
          .append('\n');
    }
    return sb.toString();
  }

  /** One escaped regular expression per CoreNLP token of {@code name}. */
  static List<String> tokenPatterns(String name) {
    PTBTokenizer<CoreLabel> tokenizer =
        new PTBTokenizer<>(
            new StringReader(name), new edu.stanford.nlp.process.CoreLabelTokenFactory(), "");
    List<String> patterns = new ArrayList<>();
    while (tokenizer.hasNext()) {
      patterns.add(REGEX_META.matcher(tokenizer.next().word()).replaceAll("\\\\$1"));
    }
    return patterns;
  }
}
