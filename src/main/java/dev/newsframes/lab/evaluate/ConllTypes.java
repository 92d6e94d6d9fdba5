package dev.newsframes.lab.evaluate;

import java.util.Map;

/** Maps CoreNLP NER types (and our gazetteer types) to the four CoNLL-2003 types. */
public final class ConllTypes {
  private static final Map<String, String> TO_CONLL =
      Map.ofEntries(
          Map.entry("PERSON", "PER"),
          Map.entry("ORGANIZATION", "ORG"),
          Map.entry("LOCATION", "LOC"),
          Map.entry("COUNTRY", "LOC"),
          Map.entry("CITY", "LOC"),
          Map.entry("STATE_OR_PROVINCE", "LOC"),
          Map.entry("MISC", "MISC"),
          Map.entry("NATIONALITY", "MISC"),
          Map.entry("RELIGION", "MISC"),
          Map.entry("IDEOLOGY", "MISC"),
          Map.entry("PRODUCT", "MISC"));

  /** The mapping as printed by {@code evaluate ner}; every other type counts as O. */
  public static final String DESCRIPTION =
      "PERSON->PER; ORGANIZATION->ORG; LOCATION,COUNTRY,CITY,STATE_OR_PROVINCE->LOC;"
          + " MISC,NATIONALITY,RELIGION,IDEOLOGY,PRODUCT->MISC; all other types (DATE, NUMBER,"
          + " MONEY, TITLE, ...)->O";

  private ConllTypes() {}

  /** The CoNLL type of a CoreNLP type, or {@code O}. */
  public static String of(String coreNlpType) {
    return coreNlpType == null ? "O" : TO_CONLL.getOrDefault(coreNlpType, "O");
  }
}
