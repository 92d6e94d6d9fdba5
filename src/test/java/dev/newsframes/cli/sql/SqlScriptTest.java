package dev.newsframes.cli.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsAtSemicolonsOutsideQuotesAndComments() {
    String script =
        """
        -- a comment; with a semicolon
        SELECT 'a;b' AS x, "c;d", `e;f` FROM t; /* block; comment */
        SELECT 2 -- trailing; comment
        ;
        -- only a comment at the end;
        """;

    assertThat(SqlScript.statements(script))
        .containsExactly(
            "-- a comment; with a semicolon\nSELECT 'a;b' AS x, \"c;d\", `e;f` FROM t",
            "/* block; comment */\nSELECT 2 -- trailing; comment");
  }

  @Test
  void escapedQuotesDoNotEndAString() {
    assertThat(SqlScript.statements("SELECT 'it\\'s; fine'; SELECT 1"))
        .containsExactly("SELECT 'it\\'s; fine'", "SELECT 1");
  }

  @Test
  void oneStatementWithoutSemicolonAndEmptyScripts() {
    assertThat(SqlScript.statements("SELECT 1")).containsExactly("SELECT 1");
    assertThat(SqlScript.statements("  ;\n; -- nothing\n")).isEmpty();
  }
}
