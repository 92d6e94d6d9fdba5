package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BylinesTest {
  private static final List<Pattern> MARKERS =
      List.of(
          Pattern.compile(Pattern.quote("archive page")),
          Pattern.compile(Pattern.quote("| Share this story")));

  @Test
  void namesSeparatedByCommasAndOrWidgets() {
    assertThat(authors("By Jay Peters and Alex Heath | Share this story Text"))
        .containsExactly("Jay Peters", "Alex Heath");
    assertThat(authors("By Ana Li, Bo Chen & Cy Dee\nText"))
        .containsExactly("Ana Li", "Bo Chen", "Cy Dee");
    assertThat(
            authors("By Gideon Lichfield archive page Konstantin Kakaes archive page Googles chip"))
        .containsExactly("Gideon Lichfield", "Konstantin Kakaes");
    assertThat(authors("By Karen Hao archive page Nvidia In the last weeks"))
        .as("credit after widget")
        .containsExactly("Karen Hao");
    assertThat(authors("By Patrick Howell O'Neill archive page"))
        .containsExactly("Patrick Howell O'Neill");
    assertThat(authors("By A.W. Ohlheiser and Li Zhou\n"))
        .containsExactly("A.W. Ohlheiser", "Li Zhou");
    assertThat(authors("Ariel Davis by Rachel Nuwer archive page Just as"))
        .as("credit, then by")
        .containsExactly("Rachel Nuwer");
  }

  @Test
  void unclearBylinesGiveNoAuthors() {
    assertThat(find("By Greg M. Epstein Matchull Summers Just before Christmas"))
        .as("run-on")
        .isEmpty();
    assertThat(find("By Anna Wiener Herndon believes that AI")).as("name runs into text").isEmpty();
    assertThat(find("the much-hyped By Innovation Only iPhone event"))
        .as("mid-sentence By")
        .isEmpty();
    assertThat(find("It was built by Google Research last year")).as("prose by").isEmpty();
    assertThat(find("By 2025, most phones will")).as("not a name").isEmpty();
  }

  @Test
  void bylineEndsAfterTheWidgetsThatFollowIt() {
    String text = "By Nilay Patel , editor-in-chief of the site.\n| Share this story Today, I talk";
    Bylines.Byline b = find(text).orElseThrow();

    assertThat(text.substring(b.end())).as("text after the byline").isEqualTo(" Today, I talk");
    assertThat(b.endsAtMarker()).as("ends at a widget").isTrue();
  }

  private static List<String> authors(String text) {
    return find(text).map(Bylines.Byline::authors).orElse(List.of());
  }

  private static Optional<Bylines.Byline> find(String text) {
    return Bylines.find(text, 0, text.length(), MARKERS);
  }
}
