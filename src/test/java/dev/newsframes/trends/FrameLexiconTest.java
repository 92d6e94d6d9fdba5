package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameLexiconTest {
  static final Path DEFAULT = Path.of("jobs/frames.yaml");

  private static final String MINIMAL =
      """
      version: 1
      frames:
        - id: regulation
          label: Regulation
          group: ai_policy
          lemmas: [ban, Oversight]
          phrases: [executive order]
          exclusions: [ban list]
        - id: competitiveness
          label: Competitiveness
          group: ai_policy
          weight: 2
          lemmas: [race]
          entities: [China]
          ner_types: [country]
      """;

  @Test
  void readsFramesWithDefaultsAndNormalisedCase() {
    FrameLexicon lexicon = FrameLexicon.parse(MINIMAL, "test.yaml");

    assertThat(lexicon.frames())
        .extracting(Frame::id)
        .containsExactly("regulation", "competitiveness");
    Frame reg = lexicon.frame("regulation").orElseThrow();
    assertThat(reg.lemmas()).as("lemmas are lower-cased").containsExactly("ban", "oversight");
    assertThat(reg.weight()).as("default weight").isEqualTo(1.0);
    assertThat(reg.description()).isEmpty();
    Frame comp = lexicon.frame("competitiveness").orElseThrow();
    assertThat(comp.weight()).isEqualTo(2.0);
    assertThat(comp.entities()).as("entity names keep their case").containsExactly("China");
    assertThat(comp.nerTypes()).as("NER types are upper-cased").containsExactly("COUNTRY");
    assertThat(lexicon.usesEntities()).isTrue();
    assertThat(lexicon.groups()).containsExactly("ai_policy");
  }

  @Test
  void defaultLexiconHasTheAiPolicyFramesAndTheMediaFramesDimensions() {
    FrameLexicon lexicon = FrameLexicon.load(DEFAULT);

    assertThat(lexicon.frames()).as("6 ai_policy + 14 media_frames frames").hasSize(20);
    assertThat(lexicon.groups()).containsExactly("ai_policy", "media_frames");
    assertThat(lexicon.frames().stream().filter(f -> f.group().equals("ai_policy")).map(Frame::id))
        .containsExactly(
            "regulation",
            "competitiveness",
            "national_security",
            "cybersecurity",
            "labor_economy",
            "safety_risk");
    assertThat(
            lexicon.frames().stream().filter(f -> f.group().equals("media_frames")).map(Frame::id))
        .containsExactly(
            "economic",
            "capacity_and_resources",
            "morality",
            "fairness_and_equality",
            "legality_constitutionality_jurisprudence",
            "policy_prescription_and_evaluation",
            "crime_and_punishment",
            "security_and_defense",
            "health_and_safety",
            "quality_of_life",
            "cultural_identity",
            "public_opinion",
            "political",
            "external_regulation_and_reputation");
    assertThat(lexicon.frames())
        .as("every default frame has a label and a description")
        .allSatisfy(
            f -> {
              assertThat(f.label()).isNotBlank();
              assertThat(f.description()).isNotBlank();
            });
    assertThat(lexicon.frame("regulation").orElseThrow().phrases())
        .contains("executive order", "safety testing");
  }

  @Test
  void reportsEveryProblemWithFileAndFrameId() {
    String yaml =
        """
        frames:
          - id: regulation
            label: Regulation
            group: ai_policy
            lemma: [ban]
          - id: regulation
            label: Again
            group: ai_policy
            lemmas: [executive order, ban, Ban]
            phrases: [oversight]
            exclusions: [human race]
          - label: No id
            group: ai_policy
            lemmas: [x]
          - id: NotSnake
            group: ai_policy
            weight: -1
            lemmas: [y]
        """;

    FrameLexiconException e =
        catchThrowableOfType(
            FrameLexiconException.class, () -> FrameLexicon.parse(yaml, "jobs/bad.yaml"));

    assertThat(e.source()).isEqualTo("jobs/bad.yaml");
    assertThat(e.getMessage())
        .as("message names the file")
        .startsWith("Invalid frame lexicon jobs/bad.yaml");
    assertThat(e.problems())
        .as("structural problems are reported before the frames are validated")
        .containsExactly(
            "frame 'regulation' (#1): unknown key 'lemma' (known: description, entities,"
                + " exclusions, group, id, label, lemmas, ner_types, phrases, weight)",
            "frame #3: missing 'id'",
            "frame 'NotSnake' (#4): missing 'label'");
  }

  @Test
  void validatesTermsOfEachFrame() {
    String yaml =
        """
        frames:
          - id: regulation
            label: Regulation
            group: ai_policy
            lemmas: [ban]
          - id: regulation
            label: Again
            group: ai_policy
            lemmas: [executive order, ban, Ban]
            phrases: [oversight]
            exclusions: [human race]
          - id: NotSnake
            label: Bad
            group: ai policy
            weight: -1
          """;

    FrameLexiconException e =
        catchThrowableOfType(FrameLexiconException.class, () -> FrameLexicon.parse(yaml, "f.yaml"));

    assertThat(e.problems())
        .containsExactly(
            "frame 'regulation' (#2): duplicate id; frame ids must be unique",
            "frame 'regulation' (#2): lemma 'executive order' has several words; list it under"
                + " phrases",
            "frame 'regulation' (#2): term 'ban' is listed twice",
            "frame 'regulation' (#2): phrase 'oversight' is a single word; list it under lemmas",
            "frame 'regulation' (#2): exclusion 'human race' contains none of the frame's lemmas or"
                + " phrases, so it would never cancel a hit",
            "frame 'NotSnake' (#3): id must be snake_case ([a-z][a-z0-9_]*)",
            "frame 'NotSnake' (#3): group 'ai policy' must be snake_case, e.g. ai_policy",
            "frame 'NotSnake' (#3): weight must be a positive number, got -1.0",
            "frame 'NotSnake' (#3): no terms; give at least one of lemmas, phrases, entities,"
                + " ner_types");
  }

  @Test
  void anExclusionMayUseAnInflectedFormOfTheTermItCancels() {
    String yaml =
        """
        frames:
          - id: competitiveness
            label: Competitiveness
            group: ai_policy
            phrases: [the lead, "'s lead"]
            exclusions: [the leading, "'s leading"]
        """;

    assertThat(
            FrameLexicon.parse(yaml, "ok.yaml").frame("competitiveness").orElseThrow().exclusions())
        .as("'leading' is a form of 'lead': the tokens of 'the leading' cancel 'the lead'")
        .containsExactly("the leading", "'s leading");
    assertThatThrownBy(() -> FrameLexicon.parse(yaml.replace("'s leading", "the misleading"), "x"))
        .as("a word that only contains the term's word is no form of it")
        .hasMessageContaining("exclusion 'the misleading' contains none of the frame's lemmas");
  }

  @Test
  void syntaxErrorsNameTheLine() {
    String yaml = "frames:\n  - id: a\n    lemmas: [ban\n  - id: b\n";

    assertThatThrownBy(() -> FrameLexicon.parse(yaml, "broken.yaml"))
        .isInstanceOf(FrameLexiconException.class)
        .hasMessageStartingWith("Invalid frame lexicon broken.yaml: not valid YAML at line ");
  }

  @Test
  void rejectsWrongShapes() {
    assertThatThrownBy(() -> FrameLexicon.parse("frames: []", "e.yaml"))
        .hasMessage("Invalid frame lexicon e.yaml: 'frames' must be a non-empty list");
    assertThatThrownBy(
            () ->
                FrameLexicon.parse(
                    "version: 2\nframes:\n  - id: a\n    label: A\n    group: g\n    lemmas: ban\n",
                    "v.yaml"))
        .isInstanceOf(FrameLexiconException.class)
        .hasMessageContaining("unsupported version '2'")
        .hasMessageContaining("frame 'a' (#1): 'lemmas' must be a list, e.g. lemmas: [a, b]");
  }

  @Test
  void missingFileSaysWhich() {
    assertThatThrownBy(() -> FrameLexicon.load(Path.of("no/such/frames.yaml")))
        .isInstanceOf(FrameLexiconException.class)
        .hasMessageStartingWith("Invalid frame lexicon no/such/frames.yaml: cannot read the file");
  }

  @Test
  void fingerprintIgnoresLayoutButNotContent() {
    String reformatted =
        "# a comment\n"
            + MINIMAL.replace(
                "lemmas: [ban, Oversight]", "lemmas:\n      - ban\n      - oversight");
    String changed = MINIMAL.replace("lemmas: [race]", "lemmas: [race, lead]");

    String fp = FrameLexicon.parse(MINIMAL, "a").fingerprint();

    assertThat(FrameLexicon.parse(reformatted, "b").fingerprint()).as("same terms").isEqualTo(fp);
    assertThat(FrameLexicon.parse(changed, "a").fingerprint()).as("a term added").isNotEqualTo(fp);
    assertThat(fp).hasSize(64);
  }

  @Test
  void framesBuiltInCodeAreValidatedToo() {
    Frame noTerms =
        new Frame("x", "X", "", "g", 1, List.of(), List.of(), List.of(), List.of(), List.of());

    assertThatThrownBy(() -> FrameLexicon.of("code", List.of(noTerms)))
        .hasMessage(
            "Invalid frame lexicon code: frame 'x' (#1): no terms; give at least one of lemmas,"
                + " phrases, entities, ner_types");
  }
}
