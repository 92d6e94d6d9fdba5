package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityAliasesTest {
  @Test
  void parsesTabSeparatedAliasesSkippingCommentsAndBlankLines() {
    EntityAliases a =
        EntityAliases.parse(
            "# merges\n\nU.S.\tUnited States\nUK \t United Kingdom\n", "aliases.tsv");
    assertThat(a.canonicalOf("U.S.")).as("U.S.").contains("United States");
    assertThat(a.canonicalOf("uk")).as("case-insensitive").contains("United Kingdom");
    assertThat(a.canonicalOf("United  States"))
        .as("canonical maps to itself")
        .contains("United States");
    assertThat(a.canonicalOf("US")).as("punctuation matters").isEmpty();
  }

  @Test
  void badLineNamesFileAndLine() {
    assertThatThrownBy(() -> EntityAliases.parse("# c\nUS\n", "jobs/entity-aliases.tsv"))
        .as("a line without canonical name")
        .hasMessageContaining("jobs/entity-aliases.tsv line 2");
  }

  @Test
  void aliasFileWinsOverGazetteerCanonical() {
    EntityAliases a =
        EntityAliases.parse("AWS\tAmazon\n", "a")
            .withGazetteer(
                List.of(
                    new GazetteerEntry("AWS", "ORGANIZATION", Optional.of("Amazon Web Services"))));
    assertThat(a.canonicalOf("AWS")).as("conflict").contains("Amazon");
  }

  @Test
  void gazetteerParsesTypesAndOptionalCanonical() {
    List<GazetteerEntry> g =
        GazetteerEntry.parse("OpenAI\tORGANIZATION\nLLaMA\tproduct\tLlama\n", "g.tsv");
    assertThat(g)
        .as("two entries")
        .containsExactly(
            new GazetteerEntry("OpenAI", "ORGANIZATION", Optional.empty()),
            new GazetteerEntry("LLaMA", "PRODUCT", Optional.of("Llama")));
    assertThatThrownBy(() -> GazetteerEntry.parse("OpenAI\n", "g.tsv"))
        .as("missing type")
        .hasMessageContaining("g.tsv line 1");
    assertThatThrownBy(() -> GazetteerEntry.parse("OpenAI\tORG-X\n", "g.tsv"))
        .as("type with a dash")
        .hasMessageContaining("ORG-X");
  }
}
