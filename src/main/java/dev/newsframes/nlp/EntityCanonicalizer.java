package dev.newsframes.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives each entity mention of a document a canonical name, the same across documents.
 *
 * <p>Rules, in order: (1) clean the text: collapse whitespace, drop a trailing possessive, and for
 * persons drop leading titles ("President", "Treasury Secretary", "Mr."); (2) a name in the alias
 * list (alias file plus gazetteer canonicals) takes its canonical name; (3) a person name whose
 * tokens are a suffix, else an in-order subsequence, of a longer person name in the same document
 * takes the longest such name (ties: most mentioned, then first seen), so "Trump" and "President
 * Trump" become "Donald Trump"; (4) otherwise the cleaned text is the canonical name. Organisations
 * and places are not merged by containment, since "Google" and "Google DeepMind" are different
 * entities; list such merges in the alias file.
 */
public final class EntityCanonicalizer {
  /** The type CoreNLP gives people; only these merge by containment. */
  public static final String PERSON = "PERSON";

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$|(?<=s)['\u2019]$");
  private static final Set<String> TITLES =
      Set.of(
          "president",
          "vice",
          "former",
          "late",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "sir",
          "dame",
          "lord",
          "lady",
          "prof",
          "professor",
          "sen",
          "senator",
          "rep",
          "representative",
          "gov",
          "governor",
          "secretary",
          "treasury",
          "state",
          "defense",
          "commerce",
          "attorney",
          "general",
          "gen",
          "chancellor",
          "prime",
          "minister",
          "premier",
          "ceo",
          "chairman",
          "chairwoman",
          "chair",
          "judge",
          "justice",
          "chief",
          "king",
          "queen",
          "prince",
          "princess",
          "pope",
          "mayor",
          "speaker",
          "leader",
          "ambassador",
          "commissioner",
          "director",
          "founder",
          "co-founder",
          "cofounder",
          "deputy",
          "acting",
          "u.s.",
          "us");

  private final EntityAliases aliases;

  /** A canonicaliser that applies {@code aliases} after cleaning. */
  public EntityCanonicalizer(EntityAliases aliases) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /** The text and type of one mention, as found in the document. */
  public record MentionName(String text, String nerType) {}

  /** Canonical names for the mentions of one document, parallel to {@code mentions}. */
  public List<String> canonicalize(List<MentionName> mentions) {
    List<String> cleaned = mentions.stream().map(m -> clean(m.text(), m.nerType())).toList();
    List<String> persons = personNamesByPreference(mentions, cleaned);
    List<String> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      String name = cleaned.get(i);
      Optional<String> alias = aliases.canonicalOf(name);
      if (alias.isPresent()) {
        out.add(alias.get());
      } else if (PERSON.equals(mentions.get(i).nerType())) {
        String full = longestContaining(name, persons).orElse(name);
        out.add(aliases.canonicalOf(full).orElse(full));
      } else {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * The mention text without surrounding noise: whitespace runs become one space, a trailing
   * possessive goes, and for persons leading title words go (at least one token is kept).
   */
  public static String clean(String text, String nerType) {
    String s = SPACES.matcher(text.strip()).replaceAll(" ");
    s = POSSESSIVE.matcher(s).replaceFirst("").strip();
    if (!PERSON.equals(nerType)) {
      return s.isEmpty() ? text.strip() : s;
    }
    String[] tokens = s.split(" ");
    int start = 0;
    while (start < tokens.length - 1 && isTitle(tokens[start])) {
      start++;
    }
    return String.join(" ", Arrays.asList(tokens).subList(start, tokens.length));
  }

  private static boolean isTitle(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    return TITLES.contains(
        t.endsWith(".") && !t.equals("u.s.") ? t.substring(0, t.length() - 1) : t);
  }

  /** Distinct person names, most tokens first, then most mentioned, then first seen. */
  private static List<String> personNamesByPreference(
      List<MentionName> mentions, List<String> cleaned) {
    Map<String, int[]> stats = new HashMap<>(); // name -> {count, first index}
    for (int i = 0; i < mentions.size(); i++) {
      if (PERSON.equals(mentions.get(i).nerType())) {
        int index = i;
        stats.computeIfAbsent(cleaned.get(i), k -> new int[] {0, index})[0]++;
      }
    }
    List<String> names = new ArrayList<>(stats.keySet());
    names.sort(
        (a, b) -> {
          int byLength = Integer.compare(tokens(b).length, tokens(a).length);
          if (byLength != 0) {
            return byLength;
          }
          int byCount = Integer.compare(stats.get(b)[0], stats.get(a)[0]);
          return byCount != 0 ? byCount : Integer.compare(stats.get(a)[1], stats.get(b)[1]);
        });
    return names;
  }

  private static Optional<String> longestContaining(String name, List<String> candidates) {
    String[] short_ = tokens(name);
    Optional<String> bySuffix =
        candidates.stream()
            .filter(c -> tokens(c).length > short_.length && isSuffix(short_, tokens(c)))
            .findFirst();
    if (bySuffix.isPresent()) {
      return bySuffix;
    }
    return candidates.stream()
        .filter(c -> tokens(c).length > short_.length && isSubsequence(short_, tokens(c)))
        .findFirst();
  }

  private static String[] tokens(String name) {
    return name.toLowerCase(Locale.ROOT).split(" ");
  }

  private static boolean isSuffix(String[] part, String[] whole) {
    int offset = whole.length - part.length;
    for (int i = 0; i < part.length; i++) {
      if (!part[i].equals(whole[offset + i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSubsequence(String[] part, String[] whole) {
    int j = 0;
    for (int i = 0; i < whole.length && j < part.length; i++) {
      if (whole[i].equals(part[j])) {
        j++;
      }
    }
    return j == part.length;
  }
}
