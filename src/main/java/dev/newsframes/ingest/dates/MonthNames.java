package dev.newsframes.ingest.dates;

import java.util.HashMap;
import java.util.Map;

/** Month names and abbreviations of the languages {@link DateParser} reads, in lower case. */
final class MonthNames {
  private static final String[][] NAMES = {
    {"january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"},
    {
      "february",
      "feb",
      "februar",
      "février",
      "fevrier",
      "febrero",
      "febbraio",
      "fevereiro",
      "februari",
      "févr"
    },
    {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart"},
    {"april", "apr", "avril", "abril", "aprile"},
    {"may", "mai", "mayo", "maggio", "maio", "mei"},
    {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
    {"july", "jul", "juli", "juillet", "julio", "luglio", "julho", "juil"},
    {"august", "aug", "août", "aout", "agosto", "augustus"},
    {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
    {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"},
    {"november", "nov", "novembre", "noviembre", "novembro"},
    {
      "december",
      "dec",
      "dezember",
      "dez",
      "décembre",
      "decembre",
      "diciembre",
      "dicembre",
      "dezembro"
    }
  };

  static final Map<String, Integer> ALL = build();

  private MonthNames() {}

  private static Map<String, Integer> build() {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < NAMES.length; i++) {
      for (String name : NAMES[i]) {
        map.put(name, i + 1);
      }
    }
    return Map.copyOf(map);
  }
}
