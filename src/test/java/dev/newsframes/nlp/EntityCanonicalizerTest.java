package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.nlp.EntityCanonicalizer.MentionName;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityCanonicalizerTest {
  private static final EntityAliases ALIASES =
      EntityAliases.parse("U.S.\tUnited States\nUS\tUnited States\n", "test aliases");

  private static MentionName person(String text) {
    return new MentionName(text, "PERSON");
  }

  private static MentionName org(String text) {
    return new MentionName(text, "ORGANIZATION");
  }

  @Test
  void shortPersonMentionsTakeTheLongestNameThatEndsWithThem() {
    List<String> canonical =
        new EntityCanonicalizer(ALIASES)
            .canonicalize(
                List.of(person("Trump"), person("President Trump"), person("Donald Trump")));
    assertThat(canonical)
        .as("Trump, President Trump, Donald Trump in one document")
        .containsExactly("Donald Trump", "Donald Trump", "Donald Trump");
  }

  @Test
  void suffixMatchWinsOverALongerNameThatOnlyContainsTheMention() {
    List<String> canonical =
        new EntityCanonicalizer(EntityAliases.none())
            .canonicalize(
                List.of(person("Donald Trump Jr."), person("Donald Trump"), person("Trump")));
    assertThat(canonical.get(2))
        .as("'Trump' is a suffix of 'Donald Trump', not of 'Donald Trump Jr.'")
        .isEqualTo("Donald Trump");
  }

  @Test
  void firstNameMapsByInOrderSubsequence() {
    List<String> canonical =
        new EntityCanonicalizer(EntityAliases.none())
            .canonicalize(List.of(person("Jensen Huang"), person("Jensen")));
    assertThat(canonical).as("first name alone").containsExactly("Jensen Huang", "Jensen Huang");
  }

  @Test
  void personNamesInOtherDocumentsDoNotLeakIn() {
    EntityCanonicalizer c = new EntityCanonicalizer(EntityAliases.none());
    c.canonicalize(List.of(person("Donald Trump")));
    assertThat(c.canonicalize(List.of(person("Trump"))))
        .as("a document that only says Trump")
        .containsExactly("Trump");
  }

  @Test
  void aliasesMergeAcrossSpellings() {
    List<String> canonical =
        new EntityCanonicalizer(ALIASES)
            .canonicalize(
                List.of(
                    new MentionName("U.S.", "LOCATION"),
                    new MentionName("US", "COUNTRY"),
                    new MentionName("u.s.", "LOCATION")));
    assertThat(canonical).as("U.S., US and u.s. with the alias file").containsOnly("United States");
  }

  @Test
  void organisationsAreNotMergedByContainment() {
    List<String> canonical =
        new EntityCanonicalizer(EntityAliases.none())
            .canonicalize(List.of(org("Google DeepMind"), org("Google")));
    assertThat(canonical)
        .as("Google vs Google DeepMind")
        .containsExactly("Google DeepMind", "Google");
  }

  @Test
  void gazetteerCanonicalNamesActAsAliases() {
    EntityAliases aliases =
        EntityAliases.none()
            .withGazetteer(
                List.of(
                    new GazetteerEntry(
                        "DeepMind", "ORGANIZATION", Optional.of("Google DeepMind"))));
    assertThat(new EntityCanonicalizer(aliases).canonicalize(List.of(org("DeepMind"))))
        .as("DeepMind via the gazetteer's canonical column")
        .containsExactly("Google DeepMind");
  }

  @Test
  void cleaningStripsTitlesPossessivesAndSpaces() {
    assertThat(EntityCanonicalizer.clean("Treasury  Secretary Scott Bessent", "PERSON"))
        .as("multi-word title")
        .isEqualTo("Scott Bessent");
    assertThat(EntityCanonicalizer.clean("Mr. Smith's", "PERSON"))
        .as("title and possessive")
        .isEqualTo("Smith");
    assertThat(EntityCanonicalizer.clean("President", "PERSON"))
        .as("a lone title stays, never an empty name")
        .isEqualTo("President");
    assertThat(EntityCanonicalizer.clean("President Obama Foundation", "ORGANIZATION"))
        .as("titles are stripped from persons only")
        .isEqualTo("President Obama Foundation");
    assertThat(EntityCanonicalizer.clean("James'", "PERSON")).as("s-apostrophe").isEqualTo("James");
  }
}
