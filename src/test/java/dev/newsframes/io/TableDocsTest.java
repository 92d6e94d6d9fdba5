package dev.newsframes.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/**
 * The table docs describe every column of every table with its type: some section {@code ###
 * <table>} of README.md has a row {@code | column | type | meaning |} per column.
 */
class TableDocsTest {
  static final List<Path> DOCS = List.of(Path.of("README.md"));
  static final Pattern SECTION = Pattern.compile("(?m)^### (\\w+)\\s*$");
  static final Pattern ROW =
      Pattern.compile("(?m)^\\| *([a-z_][a-z0-9_]*) *\\| *([^|]+?) *\\| *([^|]*?) *\\|\\s*$");

  @Test
  void everyColumnIsDocumentedWithItsType() throws Exception {
    Map<String, List<Map<String, String[]>>> sections = sections();
    for (Table t :
        Stream.of(Tables.ALL, Tables.EVALUATE_OUTPUTS, Tables.CACHES)
            .flatMap(List::stream)
            .toList()) {
      Map<String, String> expected = new LinkedHashMap<>();
      for (StructField f : t.schema().fields()) {
        expected.put(f.name(), f.dataType().simpleString());
      }
      List<Map<String, String[]>> candidates = sections.getOrDefault(t.name(), List.of());
      assertThat(candidates).as("a '### %s' section with a column table", t.name()).isNotEmpty();
      assertThat(candidates)
          .as("some '### %s' section documents %s", t.name(), expected)
          .anySatisfy(
              rows -> {
                for (var e : expected.entrySet()) {
                  assertThat(rows)
                      .as("row for %s.%s", t.name(), e.getKey())
                      .containsKey(e.getKey());
                  assertThat(rows.get(e.getKey())[0])
                      .as("type of %s.%s", t.name(), e.getKey())
                      .isEqualTo(e.getValue());
                  assertThat(rows.get(e.getKey())[1])
                      .as("meaning of %s.%s", t.name(), e.getKey())
                      .isNotBlank();
                }
              });
    }
  }

  /** Table name -> the column rows (name -> [type, meaning]) of each section with that name. */
  private static Map<String, List<Map<String, String[]>>> sections() throws Exception {
    Map<String, List<Map<String, String[]>>> out = new LinkedHashMap<>();
    for (Path doc : DOCS) {
      if (!Files.exists(doc)) {
        continue;
      }
      String text = Files.readString(doc, StandardCharsets.UTF_8);
      Matcher m = SECTION.matcher(text);
      List<int[]> bounds = new ArrayList<>();
      List<String> names = new ArrayList<>();
      while (m.find()) {
        names.add(m.group(1));
        bounds.add(new int[] {m.end(), 0});
      }
      for (int i = 0; i < names.size(); i++) {
        int end =
            i + 1 < bounds.size() ? text.lastIndexOf("###", bounds.get(i + 1)[0]) : text.length();
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher r = ROW.matcher(text.substring(bounds.get(i)[0], Math.max(bounds.get(i)[0], end)));
        while (r.find()) {
          rows.put(r.group(1), new String[] {r.group(2), r.group(3)});
        }
        out.computeIfAbsent(names.get(i), k -> new ArrayList<>()).add(rows);
      }
    }
    return out;
  }
}
